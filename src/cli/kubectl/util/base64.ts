// Standard base64 (RFC 4648, padded) over UTF-8 text, written out because core code may use
// neither Buffer nor btoa. Secrets carry their data this way.

import { utf8Decode, utf8Encode } from '../../fs/utf8.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64EncodeBytes(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    const n = (b0 << 16) | ((b1 ?? 0) << 8) | (b2 ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += b1 === undefined ? '=' : ALPHABET[(n >> 6) & 63]!;
    out += b2 === undefined ? '=' : ALPHABET[n & 63]!;
  }
  return out;
}

/** base64 of the UTF-8 bytes of `text`. */
export function base64Encode(text: string): string {
  return base64EncodeBytes(utf8Encode(text));
}

/** Decodes base64 to text; undefined when the input is not valid base64. */
export function base64Decode(encoded: string): string | undefined {
  if (encoded.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i += 4) {
    const quad = encoded.slice(i, i + 4);
    const n = [...quad].reduce((acc, c) => (acc << 6) | (c === '=' ? 0 : ALPHABET.indexOf(c)), 0);
    bytes.push((n >> 16) & 255);
    if (quad[2] !== '=') bytes.push((n >> 8) & 255);
    if (quad[3] !== '=') bytes.push(n & 255);
  }
  return utf8Decode(bytes);
}
