import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ByteLength, utf8Decode, utf8Encode } from './utf8.ts';

describe('utf8', () => {
  it('encodes one to four bytes per code point', () => {
    expect(utf8Encode('aé✓😀')).toEqual([0x61, 0xc3, 0xa9, 0xe2, 0x9c, 0x93, 0xf0, 0x9f, 0x98, 0x80]);
    expect(utf8ByteLength('aé✓😀')).toBe(10);
  });

  it('decodes what it encodes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => utf8Decode(utf8Encode(text)) === text));
  });

  it('replaces malformed bytes with U+FFFD', () => {
    expect(utf8Decode([0x61, 0xff, 0xc3])).toBe('a\uFFFD\uFFFD');
  });
});
