import { describe, expect, it } from 'vitest';
import { evaluate, format, splitArgs, type Dialect } from './literals.ts';

const PY: Dialect = { rawQuotes: '', escapeQuotes: '"\'', concat: '+', python: true };
const PERL: Dialect = { rawQuotes: "'", escapeQuotes: '"', concat: '.', python: false };
const show = (src: string, d: Dialect): string | undefined => {
  const v = evaluate(src, d);
  return v === undefined ? undefined : format(v, d);
};

describe('one-liner expressions', () => {
  it('computes with precedence, parentheses and right-associative powers', () => {
    expect(show('1 + 2 * 3', PY)).toBe('7');
    expect(show('(1 + 2) * 3', PY)).toBe('9');
    expect(show('2 ** 3 ** 2', PY)).toBe('512');
    expect(show('-7 // 2', PY)).toBe('-4');
  });

  it('keeps Python\'s floats apart from ints', () => {
    expect(show('8 / 2', PY)).toBe('4.0');
    expect(show('7 / 2', PY)).toBe('3.5');
  });

  it('concatenates strings the language\'s way', () => {
    expect(show("'a' + 'b'", PY)).toBe('ab');
    expect(show("'a' + 1", PY)).toBeUndefined();
    expect(show('"n=" . 6*7 . "\\n"', PERL)).toBe('n=42\n');
    expect(show("'no\\nescape'", PERL)).toBe('no\\nescape');
  });

  it('refuses what is not a literal expression', () => {
    expect(evaluate('foo', PY)).toBeUndefined();
    expect(evaluate('"$name"', PERL)).toBeUndefined();
    expect(evaluate('"unterminated', PY)).toBeUndefined();
  });

  it('splits arguments at top-level commas only', () => {
    expect(splitArgs(`"a, b", (1, 2), 'c'`)).toEqual(['"a, b"', '(1, 2)', "'c'"]);
  });
});
