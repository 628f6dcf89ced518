// What the display controls and their shortcuts do to the preferences: step the font size, switch
// projector mode (which enlarges the text, and gives back the previous size when switched off).

import { setFontSize, setProjector, usePrefsStore } from '../store/prefs-store.ts';
import { PROJECTOR_MIN_FONT_SIZE, stepFontSize } from './font-size.ts';

/** The size before projector mode enlarged it, while the student has not changed it since. */
let sizeBeforeProjector: { readonly before: number; readonly raisedTo: number } | null = null;

export function stepFont(direction: 1 | -1): void {
  setFontSize(stepFontSize(usePrefsStore.getState().fontSize, direction));
}

export function toggleProjector(): void {
  const { projector, fontSize } = usePrefsStore.getState();
  if (projector) {
    setProjector(false);
    if (sizeBeforeProjector !== null && sizeBeforeProjector.raisedTo === fontSize) setFontSize(sizeBeforeProjector.before);
    sizeBeforeProjector = null;
    return;
  }
  const raisedTo = Math.max(fontSize, PROJECTOR_MIN_FONT_SIZE);
  sizeBeforeProjector = { before: fontSize, raisedTo };
  setProjector(true);
  setFontSize(raisedTo);
}
