// UTF-8 helpers over JavaScript strings, written out so core code needs no TextEncoder or Buffer.
// Used for file sizes (ls -l, wc -c), Secret data and base64.

/** Number of bytes `text` takes in UTF-8. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** UTF-8 bytes of `text`. Lone surrogates encode as U+FFFD, as TextEncoder does. */
export function utf8Encode(text: string): number[] {
  const out: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else {
      out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f));
      out.push(0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
  }
  return out;
}

/** Decodes UTF-8 bytes; a byte that starts no valid sequence becomes U+FFFD. */
export function utf8Decode(bytes: readonly number[]): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const need = lead < 0x80 ? 0 : lead >= 0xc2 && lead < 0xe0 ? 1 : lead >= 0xe0 && lead < 0xf0 ? 2 : lead >= 0xf0 && lead < 0xf5 ? 3 : -1;
    if (need < 0) {
      out += '\uFFFD';
      i += 1;
      continue;
    }
    let code = need === 0 ? lead : lead & (0x3f >> need);
    let ok = true;
    for (let k = 1; k <= need; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      code = (code << 6) | (next & 0x3f);
    }
    const overlong = (need === 2 && code < 0x800) || (need === 3 && (code < 0x10000 || code > 0x10ffff));
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    if (!ok || overlong || surrogate) {
      out += '\uFFFD';
      i += 1;
      continue;
    }
    out += String.fromCodePoint(code);
    i += need + 1;
  }
  return out;
}
