// Validates a JSON string bound for a Go []byte field the way encoding/base64's StdEncoding.Decode does
// (padding required, CR/LF skipped), reporting the same byte offset in "illegal base64 data at input byte N".

import { Base64Error, decodeBase64 } from '../../base/base64.ts';

export function base64Error(text: string): string | undefined {
  try {
    decodeBase64(text);
    return undefined;
  } catch (e) {
    if (e instanceof Base64Error) return e.message;
    throw e;
  }
}
