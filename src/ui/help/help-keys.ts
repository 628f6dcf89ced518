// When a key opens the help overlay: F1 anywhere but in an editor (Monaco's command palette keeps
// it), `?` only where typing it means nothing (not in the terminal, an editor or a text field).

export type FocusPlace = 'page' | 'terminal' | 'editor' | 'text-field';

type KeyFacts = Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'key'>;

export function opensHelp(event: KeyFacts, place: FocusPlace): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  if (event.key === 'F1') return place !== 'editor';
  return event.key === '?' && place === 'page';
}

/** Where a key press happens, from its target element. */
export function focusPlaceOf(target: EventTarget | null): FocusPlace {
  if (!(target instanceof Element)) return 'page';
  if (target.closest('.monaco-editor') !== null) return 'editor';
  if (target.closest('.xterm') !== null) return 'terminal';
  if (target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null) return 'text-field';
  return 'page';
}

/** Splits `Ctrl+A / Ctrl+E` into its alternatives, and each into its keys; `Alt++` is Alt and the `+` key. */
export function keyChords(keys: string): readonly (readonly string[])[] {
  return keys.split(' / ').map((chord) => {
    const parts = chord.split('+');
    return parts.at(-1) === '' ? [...parts.slice(0, -2), '+'] : parts;
  });
}
