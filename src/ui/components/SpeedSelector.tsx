// Chooses how fast virtual time runs against the wall clock.

import type { SandboxClient } from '../host/sandbox-client.ts';
import { t } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';

export const SPEEDS = [1, 2, 5, 10, 30] as const;

export function SpeedSelector({ client }: { readonly client: SandboxClient }) {
  const speed = useSandboxStore((s) => s.clock?.speed);
  const lang = useSandboxStore((s) => s.lang);
  return (
    <div className="speed-selector" role="group" aria-label={t(lang, 'speed')}>
      <span className="speed-label">{t(lang, 'speed')}</span>
      {SPEEDS.map((s) => (
        <button
          key={s}
          type="button"
          className="control"
          data-testid={`speed-${s}`}
          disabled={speed === undefined}
          aria-pressed={speed === s}
          onClick={() => client.setSpeed(s)}
        >
          {s}×
        </button>
      ))}
    </div>
  );
}
