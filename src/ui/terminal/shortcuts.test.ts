import { describe, expect, it } from 'vitest';
import { TERMINAL_SHORTCUTS, tabActionFor } from './shortcuts.ts';

const key = (code: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) =>
  ({ code, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('terminal shortcuts', () => {
  it('opens a tab with Alt-T and closes one with Alt-W, by key place', () => {
    expect(tabActionFor(key('KeyT', { altKey: true }))).toBe('newTab');
    expect(tabActionFor(key('KeyW', { altKey: true }))).toBe('closeTab');
    expect(tabActionFor(key('KeyT', { altKey: true, shiftKey: true }))).toBeUndefined();
    expect(tabActionFor(key('KeyT', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(tabActionFor(key('KeyT'))).toBeUndefined();
  });

  it('lists the tab keys first in the table the help shows', () => {
    expect(TERMINAL_SHORTCUTS.slice(0, 2).map((s) => s.keys)).toEqual(['Alt+T', 'Alt+W']);
  });
});
