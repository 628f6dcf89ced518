// The display's keyboard shortcuts, as data (the help overlay lists them) and as one window
// listener: Alt-+ / Alt-− change the font size, Shift-Alt-P switches projector mode.

import { stepFont, toggleProjector } from './display-actions.ts';

export interface DisplayShortcut {
  readonly keys: string;
  readonly action: 'fontBigger' | 'fontSmaller' | 'projector';
}

export const DISPLAY_SHORTCUTS: readonly DisplayShortcut[] = [
  { keys: 'Alt++', action: 'fontBigger' },
  { keys: 'Alt+−', action: 'fontSmaller' },
  { keys: 'Shift+Alt+P', action: 'projector' },
];

type KeyFacts = Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'key' | 'code'>;

/**
 * Which display action a key press asks for, if any. The font keys go by the character typed (its
 * place differs between QWERTY and AZERTY), or by the keypad's keys, or by the key's place (macOS's
 * Option changes the character).
 */
export function displayActionFor(event: KeyFacts): DisplayShortcut['action'] | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (event.code === 'KeyP') return event.shiftKey ? 'projector' : undefined;
  if (event.key === '+' || event.key === '=' || event.code === 'NumpadAdd' || event.code === 'Equal') return 'fontBigger';
  if (event.key === '-' || event.code === 'NumpadSubtract' || event.code === 'Minus') return 'fontSmaller';
  return undefined;
}

/** Listens for the display shortcuts anywhere on the page; returns the function that stops listening. */
export function listenForDisplayShortcuts(): () => void {
  const onKey = (event: KeyboardEvent): void => {
    const action = displayActionFor(event);
    if (action === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    if (action === 'projector') toggleProjector();
    else stepFont(action === 'fontBigger' ? 1 : -1);
  };
  window.addEventListener('keydown', onKey, { capture: true });
  return () => window.removeEventListener('keydown', onKey, { capture: true });
}
