import { describe, expect, it } from 'vitest';
import { goQuote } from './go-quote.ts';

describe('goQuote', () => {
  it('escapes as strconv.Quote does', () => {
    expect(goQuote('x="y"')).toBe('"x=\\"y\\""');
    expect(goQuote('a\\b\tc\n')).toBe('"a\\\\b\\tc\\n"');
    expect(goQuote('a\x01\x7f')).toBe('"a\\x01\\x7f"');
    expect(goQuote('a\u00a0b\u200b')).toBe('"a\\u00a0b\\u200b"');
    expect(goQuote('\u65e5\u00e9\u{1f600}')).toBe('"\u65e5\u00e9\u{1f600}"');
    expect(goQuote('\u{e0001}')).toBe('"\\U000e0001"');
  });
});
