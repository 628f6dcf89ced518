// Pauses or resumes the virtual clock (the Worker's clock driver stops pacing while paused).

import type { SandboxClient } from '../host/sandbox-client.ts';
import { t } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';

export function PauseButton({ client }: { readonly client: SandboxClient }) {
  const hasClock = useSandboxStore((s) => s.clock !== null);
  const paused = useSandboxStore((s) => s.clock?.paused ?? false);
  const lang = useSandboxStore((s) => s.lang);
  return (
    <button
      type="button"
      className="control"
      data-testid="pause-resume"
      disabled={!hasClock}
      aria-pressed={paused}
      onClick={() => (paused ? client.resume() : client.pause())}
    >
      {paused ? t(lang, 'resume') : t(lang, 'pause')}
    </button>
  );
}
