import { describe, expect, it } from 'vitest';
import { commonPrefix, matchListRows, pageOut, sortUnique } from './match-list.ts';

const items = (texts: string[]) => texts.map((text) => ({ text, width: text.length }));

describe('completion listing', () => {
  it('sorts by code point and drops duplicates', () => {
    expect(sortUnique(['pods', 'Pods', '--output=', '--output', 'pods'])).toEqual(['--output', '--output=', 'Pods', 'pods']);
  });

  it('finds the common prefix', () => {
    expect(commonPrefix(['poddisruptionbudgets.policy', 'pods', 'podtemplates'])).toBe('pod');
    expect(commonPrefix(['a'])).toBe('a');
  });

  it('prints down the columns like ls, each column the longest name plus two', () => {
    expect(matchListRows(items(['a', 'bb', 'ccc', 'dddd', 'e']), 19)).toEqual(['a     ccc   e', 'bb    dddd  ']);
    expect(matchListRows(items(['a', 'bb', 'ccc', 'dddd', 'e']), 14)).toEqual(['a     dddd', 'bb    e', 'ccc   ']);
  });

  it('uses one column less when the columns would fill the width exactly', () => {
    expect(matchListRows(items(['abc', 'def', 'ghi']), 10)).toEqual(['abc', 'def', 'ghi']);
    expect(matchListRows(items(['abc', 'def', 'ghi']), 11)).toEqual(['abc  ghi', 'def  ']);
  });

  it('prints one per row when a name is wider than the terminal', () => {
    expect(matchListRows(items(['a-very-long-name', 'b']), 8)).toEqual(['a-very-long-name', 'b']);
  });

  it('pads after a directory one less, since its `/` is not counted in the width', () => {
    expect(matchListRows([{ text: 'dir/', width: 3 }, { text: 'zzz', width: 3 }], 80)).toEqual(['dir/ zzz  ']);
  });

  it('pages rows with --More-- when they fill the screen', () => {
    const rows = ['1', '2', '3', '4', '5'];
    expect(pageOut(rows, 0, 0, 4)).toEqual({ text: '1\r\n2\r\n3\r\n--More--', next: 3, lines: 3, more: true });
    expect(pageOut(rows, 3, 0, 4)).toEqual({ text: '4\r\n5\r\n', next: 5, lines: 2, more: false });
  });
});
