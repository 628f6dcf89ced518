// The terminal's keyboard shortcuts, as data (the help overlay lists them) and as one window
// listener for the tab keys: Alt-T opens a terminal, Alt-W closes the active one (Ctrl-Shift-T and
// Ctrl-Shift-W belong to the browser). The other rows are the shell's own keys, handled in the Worker.

import type { TerminalTextKey } from './messages.ts';

export interface TerminalShortcut {
  readonly keys: string;
  readonly action: TerminalTextKey;
}

export const TERMINAL_SHORTCUTS: readonly TerminalShortcut[] = [
  { keys: 'Alt+T', action: 'newTabAction' },
  { keys: 'Alt+W', action: 'closeTabAction' },
  { keys: 'Ctrl+Shift+C', action: 'copyAction' },
  { keys: 'Ctrl+Shift+V', action: 'pasteAction' },
  { keys: 'Tab', action: 'completeAction' },
  { keys: 'Ctrl+R', action: 'searchAction' },
  { keys: '↑ / ↓', action: 'historyAction' },
  { keys: 'Ctrl+C', action: 'interruptAction' },
  { keys: 'Ctrl+L', action: 'clearAction' },
  { keys: 'Ctrl+A / Ctrl+E', action: 'lineStartEndAction' },
  { keys: 'Alt+B / Alt+F', action: 'wordMoveAction' },
  { keys: 'Ctrl+K / Ctrl+U / Ctrl+W', action: 'killAction' },
  { keys: 'Ctrl+Y', action: 'yankAction' },
  { keys: 'Alt+.', action: 'lastArgAction' },
];

export type TabAction = 'newTab' | 'closeTab';

type KeyFacts = Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>;

/** The tab action a key press asks for, by the key's place (macOS's Option changes the character). */
export function tabActionFor(event: KeyFacts): TabAction | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  if (event.code === 'KeyT') return 'newTab';
  if (event.code === 'KeyW') return 'closeTab';
  return undefined;
}

/** Listens for the tab keys anywhere on the page, before xterm sees them; returns the function that stops listening. */
export function listenForTabShortcuts(run: (action: TabAction) => void): () => void {
  const onKey = (event: KeyboardEvent): void => {
    const action = tabActionFor(event);
    if (action === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    run(action);
  };
  window.addEventListener('keydown', onKey, { capture: true });
  return () => window.removeEventListener('keydown', onKey, { capture: true });
}
