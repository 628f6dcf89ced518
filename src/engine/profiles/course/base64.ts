// Standard base64 (RFC 4648, padded) of ASCII text, for the kubeconfig's *-data fields.
// The engine compiles without DOM or Node typings, so neither btoa nor Buffer is available.

import { assert } from '../../base/assert.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(ascii: string): string {
  const byte = (i: number): number => {
    const code = ascii.charCodeAt(i);
    assert(code < 128, 'base64: ASCII text only');
    return code;
  };
  let out = '';
  for (let i = 0; i < ascii.length; i += 3) {
    const rest = ascii.length - i;
    const chunk = (byte(i) << 16) | (rest > 1 ? byte(i + 1) << 8 : 0) | (rest > 2 ? byte(i + 2) : 0);
    out += ALPHABET[(chunk >> 18) & 63]! + ALPHABET[(chunk >> 12) & 63]!;
    out += rest > 1 ? ALPHABET[(chunk >> 6) & 63]! : '=';
    out += rest > 2 ? ALPHABET[chunk & 63]! : '=';
  }
  return out;
}
