// The help overlay: a modal dialog (the native <dialog>, so the page behind is inert and Esc closes
// it) listing the keyboard shortcuts. Tab cycles inside it; focus returns where it was on close.

import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { ShortcutTable } from './ShortcutTable.tsx';
import { SHORTCUT_SECTIONS } from './shortcut-sections.ts';
import { helpText } from './messages.ts';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function HelpDialog({ onClose }: { readonly onClose: () => void }) {
  const lang = useSandboxStore((s) => s.lang);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    const opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    closeRef.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const keepFocusInside = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key !== 'Tab' || dialogRef.current === null) return;
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (first === undefined || last === undefined) return;
    const atEdge = event.shiftKey ? document.activeElement === first : document.activeElement === last;
    if (!atEdge) return;
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  };

  return (
    <dialog ref={dialogRef} className="help-dialog" aria-modal="true" aria-labelledby={titleId} data-testid="help-dialog"
      onClose={onClose} onKeyDown={keepFocusInside}
      onClick={(event) => { if (event.target === dialogRef.current) dialogRef.current.close(); }}>
      <div className="help-content">
        <header className="help-header">
          <h2 id={titleId}>{helpText(lang, 'title')}</h2>
          <button ref={closeRef} type="button" className="control" onClick={() => dialogRef.current?.close()}>
            {helpText(lang, 'close')}
          </button>
        </header>
        <div className="help-sections">
          {SHORTCUT_SECTIONS.map((section) => <ShortcutTable key={section.title} section={section} />)}
        </div>
      </div>
    </dialog>
  );
}
