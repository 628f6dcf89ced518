// The focus layouts' buttons: terminal only, topology + terminal, everything.

import { useSandboxStore } from '../store/sandbox-store.ts';
import { FOCUS_LAYOUTS, type FocusLayout } from './focus-layouts.ts';
import { displayText } from './messages.ts';
import { requestFocusLayout } from './use-focus-panels.ts';

const LABELS = {
  terminal: { label: 'layoutTerminal', title: 'layoutTerminalTitle' },
  topology: { label: 'layoutTopology', title: 'layoutTopologyTitle' },
  everything: { label: 'layoutEverything', title: 'layoutEverythingTitle' },
} as const satisfies Record<FocusLayout, unknown>;

export function FocusLayoutButtons() {
  const lang = useSandboxStore((s) => s.lang);
  return (
    <div className="focus-layouts" role="group" aria-label={displayText(lang, 'layouts')}>
      {FOCUS_LAYOUTS.map((layout) => (
        <button key={layout} type="button" className="control" data-testid={`layout-${layout}`}
          title={displayText(lang, LABELS[layout].title)} onClick={() => requestFocusLayout(layout)}>
          {displayText(lang, LABELS[layout].label)}
        </button>
      ))}
    </div>
  );
}
