// Display controls in the header: the font size (A− / A+), projector mode, and the focus layouts.
// Also listens for the display's keyboard shortcuts while mounted.

import { useEffect } from 'react';
import { usePrefsStore } from '../store/prefs-store.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { stepFont, toggleProjector } from './display-actions.ts';
import { listenForDisplayShortcuts } from './display-shortcuts.ts';
import { canStepFontSize } from './font-size.ts';
import { FocusLayoutButtons } from './FocusLayoutButtons.tsx';
import { displayText } from './messages.ts';

export function DisplayControls() {
  const lang = useSandboxStore((s) => s.lang);
  const fontSize = usePrefsStore((s) => s.fontSize);
  const projector = usePrefsStore((s) => s.projector);
  useEffect(() => listenForDisplayShortcuts(), []);
  return (
    <div className="display-controls" role="toolbar" aria-label={displayText(lang, 'display')}>
      <div className="font-size-controls" role="group" aria-label={displayText(lang, 'fontSize')}>
        <button type="button" className="control" data-testid="font-smaller" disabled={!canStepFontSize(fontSize, -1)}
          aria-label={displayText(lang, 'fontSmaller')} title={displayText(lang, 'fontSmaller')} onClick={() => stepFont(-1)}>
          A−
        </button>
        <button type="button" className="control" data-testid="font-bigger" disabled={!canStepFontSize(fontSize, 1)}
          aria-label={displayText(lang, 'fontBigger')} title={displayText(lang, 'fontBigger')} onClick={() => stepFont(1)}>
          A+
        </button>
      </div>
      <button type="button" className="control" data-testid="projector" aria-pressed={projector}
        title={displayText(lang, 'projectorTitle')} onClick={toggleProjector}>
        {displayText(lang, 'projector')}
      </button>
      <FocusLayoutButtons />
    </div>
  );
}
