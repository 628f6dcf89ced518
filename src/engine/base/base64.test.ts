import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64.ts';
import { utf8Decode, utf8Encode } from './utf8.ts';

describe('Go-compatible base64', () => {
  it.each([['aGVsbG8=', 'hello'], ['aGVs\nbG8=', 'hello'], ['', ''], ['YQ==', 'a'], ['YWI=', 'ab']])('decodes %j', (input, text) => {
    expect(utf8Decode(decodeBase64(input))).toBe(text);
  });

  it.each([['aGVsbG8', 4], ['hello!', 5], ['YQ==YQ==', 4], ['Y===', 1], ['YQ=', 3], ['a', 0], ['YWJj ZA==', 4]])('reports %j at byte %i', (input, offset) => {
    expect(() => decodeBase64(input)).toThrow(`illegal base64 data at input byte ${offset}`);
  });

  it('encodes with padding', () => {
    expect(encodeBase64(utf8Encode('hello'))).toBe('aGVsbG8=');
    expect(encodeBase64(utf8Encode('ab'))).toBe('YWI=');
    expect(encodeBase64(utf8Encode('abc'))).toBe('YWJj');
    expect(encodeBase64(utf8Encode('é'))).toBe('w6k=');
  });
});
