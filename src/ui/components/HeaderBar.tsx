// The header: the product name, the virtual clock and its controls, the language switch.

import type { SandboxClient } from '../host/sandbox-client.ts';
import { t } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { HelpButton } from '../help/HelpButton.tsx';
import { SessionMenu } from '../time/SessionMenu.tsx';
import { DisplayControls } from '../settings/DisplayControls.tsx';
import { ClockDisplay } from './ClockDisplay.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { PauseButton } from './PauseButton.tsx';
import { SpeedSelector } from './SpeedSelector.tsx';
import { StepButtons } from './StepButtons.tsx';

export function HeaderBar({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  return (
    <header className="header-bar">
      <span className="brand">kubelab</span>
      <div className="clock-controls" role="toolbar" aria-label={t(lang, 'clockControls')}>
        <ClockDisplay />
        <PauseButton client={client} />
        <StepButtons client={client} />
        <SpeedSelector client={client} />
      </div>
      <SessionMenu client={client} />
      <DisplayControls />
      <LanguageSwitch />
      <HelpButton />
    </header>
  );
}
