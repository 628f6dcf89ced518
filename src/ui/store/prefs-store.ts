// The user's display preferences: font size and projector mode (high contrast, large type). The
// terminal, editor and topology read the font size from here.

import { create } from 'zustand';

export const FONT_SIZES = [12, 14, 16, 18, 20, 24, 28, 32] as const;
export const DEFAULT_FONT_SIZE = 14;

export interface PrefsState {
  /** Font size in CSS pixels for the terminal, the editor and the panes' text. */
  readonly fontSize: number;
  readonly projector: boolean;
}

export const usePrefsStore = create<PrefsState>()(() => ({ fontSize: DEFAULT_FONT_SIZE, projector: false }));

export function setFontSize(fontSize: number): void {
  usePrefsStore.setState({ fontSize });
}

export function setProjector(projector: boolean): void {
  usePrefsStore.setState({ projector });
}
