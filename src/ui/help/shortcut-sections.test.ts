import { describe, expect, it } from 'vitest';
import { helpText, keyName } from './messages.ts';
import { SHORTCUT_SECTIONS } from './shortcut-sections.ts';

describe('the help overlay content', () => {
  it('lists the terminal, clock, display and help shortcuts', () => {
    const keys = SHORTCUT_SECTIONS.flatMap((section) => section.rows.map((row) => row.keys));
    expect(keys).toEqual(expect.arrayContaining(['Alt+T', 'Alt+P', 'Alt+→', 'Shift+Alt+→', 'Alt++', 'Alt+−', 'Shift+Alt+P', 'F1', '?', 'Esc']));
  });

  it('gives no two shortcuts the same keys', () => {
    const keys = SHORTCUT_SECTIONS.flatMap((section) => section.rows.map((row) => row.keys));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('describes every shortcut in both languages', () => {
    for (const section of SHORTCUT_SECTIONS) {
      for (const row of section.rows) {
        expect(row.does('fr')).not.toBe('');
        expect(row.does('en')).not.toBe('');
      }
      expect(helpText('fr', section.title)).not.toBe('');
    }
  });

  it('names the keys as French keyboards print them', () => {
    expect(keyName('fr', 'Shift')).toBe('Maj');
    expect(keyName('fr', 'Esc')).toBe('Échap');
    expect(keyName('en', 'Shift')).toBe('Shift');
    expect(keyName('fr', 'Alt')).toBe('Alt');
  });
});
