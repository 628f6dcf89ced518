// Base64 of UTF-8 text as kubectl handles it (Secret data, kubeconfig *-data fields), over the
// engine's Go-compatible codec.

import { Base64Error, decodeBase64, encodeBase64Text, utf8Decode } from '../../../engine/index.ts';

/** base64 of the UTF-8 bytes of `text`. */
export function base64Encode(text: string): string {
  return encodeBase64Text(text);
}

/** Decodes base64 to text; undefined when the input is not valid base64. */
export function base64Decode(encoded: string): string | undefined {
  try {
    return utf8Decode(decodeBase64(encoded));
  } catch (e) {
    if (e instanceof Base64Error) return undefined;
    throw e;
  }
}
