import { describe, expect, it } from 'vitest';
import { displayActionFor } from './display-shortcuts.ts';

const NO_MODIFIERS = { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, key: '', code: '' };

describe('display shortcuts', () => {
  it('changes the font size with Alt and the + or − key, on any layout or the keypad', () => {
    expect(displayActionFor({ ...NO_MODIFIERS, altKey: true, key: '=', code: 'Equal' })).toBe('fontBigger');
    expect(displayActionFor({ ...NO_MODIFIERS, altKey: true, shiftKey: true, key: '+', code: 'Equal' })).toBe('fontBigger');
    expect(displayActionFor({ ...NO_MODIFIERS, altKey: true, key: '-', code: 'Digit6' })).toBe('fontSmaller');
    expect(displayActionFor({ ...NO_MODIFIERS, altKey: true, key: '-', code: 'NumpadSubtract' })).toBe('fontSmaller');
    expect(displayActionFor({ ...NO_MODIFIERS, altKey: true, key: '+', code: 'NumpadAdd' })).toBe('fontBigger');
  });

  it('switches projector mode with Shift-Alt-P and leaves Alt-P to the clock', () => {
    expect(displayActionFor({ ...NO_MODIFIERS, altKey: true, shiftKey: true, key: 'P', code: 'KeyP' })).toBe('projector');
    expect(displayActionFor({ ...NO_MODIFIERS, altKey: true, key: 'p', code: 'KeyP' })).toBeUndefined();
  });

  it('ignores keys without Alt, or with Ctrl or Meta (the browser zooms with those)', () => {
    expect(displayActionFor({ ...NO_MODIFIERS, key: '+', code: 'Equal' })).toBeUndefined();
    expect(displayActionFor({ ...NO_MODIFIERS, altKey: true, ctrlKey: true, key: '-', code: 'Minus' })).toBeUndefined();
    expect(displayActionFor({ ...NO_MODIFIERS, altKey: true, metaKey: true, key: '=', code: 'Equal' })).toBeUndefined();
  });
});
