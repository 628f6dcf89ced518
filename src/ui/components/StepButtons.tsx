// Steps the virtual clock forward by a second or ten, paused or not.

import type { SandboxClient } from '../host/sandbox-client.ts';
import { t } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';

export const STEPS_MS = [1_000, 10_000] as const;

export function StepButtons({ client }: { readonly client: SandboxClient }) {
  const hasClock = useSandboxStore((s) => s.clock !== null);
  const lang = useSandboxStore((s) => s.lang);
  return (
    <div className="step-buttons" role="group" aria-label={t(lang, 'step')}>
      {STEPS_MS.map((ms) => (
        <button key={ms} type="button" className="control" data-testid={`step-${ms / 1000}`} disabled={!hasClock}
          title={t(lang, ms === 1_000 ? 'stepOneTitle' : 'stepTenTitle')} onClick={() => client.step(ms)}>
          +{ms / 1000} s
        </button>
      ))}
    </div>
  );
}
