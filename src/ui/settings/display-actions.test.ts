import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FONT_SIZE, setFontSize, setProjector, usePrefsStore } from '../store/prefs-store.ts';
import { stepFont, toggleProjector } from './display-actions.ts';

describe('display actions', () => {
  beforeEach(() => {
    if (usePrefsStore.getState().projector) toggleProjector();
    setProjector(false);
    setFontSize(DEFAULT_FONT_SIZE);
  });

  it('steps the font size', () => {
    stepFont(1);
    expect(usePrefsStore.getState().fontSize).toBe(16);
    stepFont(-1);
    stepFont(-1);
    expect(usePrefsStore.getState().fontSize).toBe(12);
  });

  it('enlarges the text in projector mode and gives the size back after', () => {
    toggleProjector();
    expect(usePrefsStore.getState()).toEqual({ projector: true, fontSize: 20 });
    toggleProjector();
    expect(usePrefsStore.getState()).toEqual({ projector: false, fontSize: 14 });
  });

  it('keeps a size already larger than projector mode needs', () => {
    setFontSize(28);
    toggleProjector();
    expect(usePrefsStore.getState().fontSize).toBe(28);
  });

  it('keeps the size the student chose while in projector mode', () => {
    toggleProjector();
    stepFont(1);
    toggleProjector();
    expect(usePrefsStore.getState()).toEqual({ projector: false, fontSize: 24 });
  });
});
