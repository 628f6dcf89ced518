// Starts the display preferences: restores the remembered ones, keeps the page's root in step with
// them (`data-projector`, the `--font-size` CSS variable) and remembers every later change,
// the language switch's included.

import { setFontSize, setProjector, usePrefsStore, type PrefsState } from '../store/prefs-store.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { readStoredPrefs, writeStoredPrefs, type PrefsStorage } from './stored-prefs.ts';

/** Writes the preferences onto the root element, where the stylesheet reads them. */
export function applyDisplayPrefs(root: HTMLElement, prefs: PrefsState): void {
  root.style.setProperty('--font-size', `${prefs.fontSize}px`);
  if (prefs.projector) root.dataset.projector = 'true';
  else delete root.dataset.projector;
}

/** Call once at start, after the language is set; returns the function that stops following. */
export function startDisplayPrefs(storage: PrefsStorage, root: HTMLElement): () => void {
  const stored = readStoredPrefs(storage);
  if (stored.fontSize !== undefined) setFontSize(stored.fontSize);
  if (stored.projector !== undefined) setProjector(stored.projector);
  applyDisplayPrefs(root, usePrefsStore.getState());
  const stopPrefs = usePrefsStore.subscribe((prefs) => {
    applyDisplayPrefs(root, prefs);
    writeStoredPrefs(storage, { fontSize: prefs.fontSize, projector: prefs.projector });
  });
  const stopLang = useSandboxStore.subscribe((state, previous) => {
    if (state.lang !== previous.lang) writeStoredPrefs(storage, { lang: state.lang });
  });
  return () => {
    stopPrefs();
    stopLang();
  };
}
