// The "?" button in the header, and the keys that open the same help overlay (F1, and `?` outside
// the terminal and the editor).

import { useEffect, useState } from 'react';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { focusPlaceOf, opensHelp } from './help-keys.ts';
import { HelpDialog } from './HelpDialog.tsx';
import { helpText } from './messages.ts';

export function HelpButton() {
  const lang = useSandboxStore((s) => s.lang);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!opensHelp(event, focusPlaceOf(event.target))) return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
  return (
    <>
      <button type="button" className="control help-button" data-testid="help" aria-haspopup="dialog"
        aria-label={helpText(lang, 'helpTitle')} title={helpText(lang, 'helpTitle')} onClick={() => setOpen(true)}>
        ?
      </button>
      {open && <HelpDialog onClose={() => setOpen(false)} />}
    </>
  );
}
