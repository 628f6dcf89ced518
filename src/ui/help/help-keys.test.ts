import { describe, expect, it } from 'vitest';
import { keyChords, opensHelp } from './help-keys.ts';

const KEY = { altKey: false, ctrlKey: false, metaKey: false };

describe('keys that open the help', () => {
  it('opens with F1 everywhere but in an editor', () => {
    expect(opensHelp({ ...KEY, key: 'F1' }, 'page')).toBe(true);
    expect(opensHelp({ ...KEY, key: 'F1' }, 'terminal')).toBe(true);
    expect(opensHelp({ ...KEY, key: 'F1' }, 'text-field')).toBe(true);
    expect(opensHelp({ ...KEY, key: 'F1' }, 'editor')).toBe(false);
  });

  it('opens with ? only where the character would not be typed', () => {
    expect(opensHelp({ ...KEY, key: '?' }, 'page')).toBe(true);
    expect(opensHelp({ ...KEY, key: '?' }, 'terminal')).toBe(false);
    expect(opensHelp({ ...KEY, key: '?' }, 'editor')).toBe(false);
    expect(opensHelp({ ...KEY, key: '?' }, 'text-field')).toBe(false);
  });

  it('ignores modified keys', () => {
    expect(opensHelp({ ...KEY, ctrlKey: true, key: 'F1' }, 'page')).toBe(false);
    expect(opensHelp({ ...KEY, altKey: true, key: '?' }, 'page')).toBe(false);
  });
});

describe('key chords', () => {
  it('splits a chord into its keys, the + key included', () => {
    expect(keyChords('Shift+Alt+→')).toEqual([['Shift', 'Alt', '→']]);
    expect(keyChords('Alt++')).toEqual([['Alt', '+']]);
    expect(keyChords('?')).toEqual([['?']]);
    expect(keyChords('+')).toEqual([['+']]);
  });

  it('splits alternatives', () => {
    expect(keyChords('Ctrl+A / Ctrl+E')).toEqual([['Ctrl', 'A'], ['Ctrl', 'E']]);
    expect(keyChords('↑ / ↓')).toEqual([['↑'], ['↓']]);
  });
});
