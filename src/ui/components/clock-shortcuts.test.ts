import { describe, expect, it } from 'vitest';
import { clockActionFor } from './clock-shortcuts.ts';

const key = (code: string, mods: { altKey?: boolean; shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } = {}) =>
  ({ code, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('clock shortcuts', () => {
  it('maps Alt-P, Alt-→ and Shift-Alt-→', () => {
    expect(clockActionFor(key('KeyP', { altKey: true }))).toBe('pauseResume');
    expect(clockActionFor(key('ArrowRight', { altKey: true }))).toBe('stepOne');
    expect(clockActionFor(key('ArrowRight', { altKey: true, shiftKey: true }))).toBe('stepTen');
  });

  it('leaves every other key to the terminal and editor', () => {
    expect(clockActionFor(key('KeyP'))).toBeUndefined();
    expect(clockActionFor(key('ArrowRight'))).toBeUndefined();
    expect(clockActionFor(key('KeyP', { altKey: true, ctrlKey: true }))).toBeUndefined();
    expect(clockActionFor(key('KeyB', { altKey: true }))).toBeUndefined();
  });
});
