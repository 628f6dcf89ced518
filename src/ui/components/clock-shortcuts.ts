// The clock's keyboard shortcuts, as data (the help overlay lists them) and as one window listener:
// Alt-P pauses or resumes, Alt-→ steps 1 s, Shift-Alt-→ steps 10 s.

import type { SandboxClient } from '../host/sandbox-client.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';

export interface ClockShortcut {
  readonly keys: string;
  readonly action: 'pauseResume' | 'stepOne' | 'stepTen';
}

export const CLOCK_SHORTCUTS: readonly ClockShortcut[] = [
  { keys: 'Alt+P', action: 'pauseResume' },
  { keys: 'Alt+→', action: 'stepOne' },
  { keys: 'Shift+Alt+→', action: 'stepTen' },
];

/** Which clock action a key press asks for, if any. */
export function clockActionFor(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>): ClockShortcut['action'] | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (event.code === 'KeyP' && !event.shiftKey) return 'pauseResume';
  if (event.code === 'ArrowRight') return event.shiftKey ? 'stepTen' : 'stepOne';
  return undefined;
}

/** Listens for the clock shortcuts anywhere on the page; returns the function that stops listening. */
export function listenForClockShortcuts(client: SandboxClient): () => void {
  const onKey = (event: KeyboardEvent): void => {
    const action = clockActionFor(event);
    if (action === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    if (action === 'pauseResume') {
      if (useSandboxStore.getState().clock?.paused) client.resume();
      else client.pause();
    } else client.step(action === 'stepOne' ? 1_000 : 10_000);
  };
  window.addEventListener('keydown', onKey, { capture: true });
  return () => window.removeEventListener('keydown', onKey, { capture: true });
}
