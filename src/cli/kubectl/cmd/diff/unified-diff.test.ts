import { describe, expect, it } from 'vitest';
import { unifiedHunks } from './unified-diff.ts';

const lines = (n: number, change?: [number, string]): string =>
  Array.from({ length: n }, (_, i) => (change && change[0] === i ? change[1] : `line ${i + 1}`)).join('\n') + '\n';

describe('diff -u hunks', () => {
  it('is empty for equal texts', () => {
    expect(unifiedHunks('a\nb\n', 'a\nb\n')).toBe('');
  });

  it('shows a change with three lines of context around it', () => {
    expect(unifiedHunks(lines(10), lines(10, [5, 'changed']))).toBe(
      '@@ -3,7 +3,7 @@\n line 3\n line 4\n line 5\n-line 6\n+changed\n line 7\n line 8\n line 9\n',
    );
  });

  it('merges close changes into one hunk and keeps far ones apart', () => {
    const close = unifiedHunks(lines(12), lines(12).replace('line 2\n', 'two\n').replace('line 8\n', 'eight\n'));
    expect(close.match(/^@@/gm)).toHaveLength(1);
    const far = unifiedHunks(lines(20), lines(20).replace('line 2\n', 'two\n').replace('line 18\n', 'eighteen\n'));
    expect(far).toBe('@@ -1,5 +1,5 @@\n line 1\n-line 2\n+two\n line 3\n line 4\n line 5\n@@ -15,6 +15,6 @@\n line 15\n line 16\n line 17\n-line 18\n+eighteen\n line 19\n line 20\n');
  });

  it('writes a new file against nothing, as diff -N does', () => {
    expect(unifiedHunks('', 'a\nb\n')).toBe('@@ -0,0 +1,2 @@\n+a\n+b\n');
    expect(unifiedHunks('a\n', '')).toBe('@@ -1 +0,0 @@\n-a\n');
  });
});

describe('diff -u hunk merging', () => {
  it('merges hunks whose gap is exactly twice the context', () => {
    const merged = unifiedHunks(lines(20), lines(20).replace('line 3\n', 'three\n').replace('line 10\n', 'ten\n'));
    expect(merged.match(/^@@/gm)).toHaveLength(1);
    const apart = unifiedHunks(lines(20), lines(20).replace('line 3\n', 'three\n').replace('line 11\n', 'eleven\n'));
    expect(apart.match(/^@@/gm)).toHaveLength(2);
  });
});
