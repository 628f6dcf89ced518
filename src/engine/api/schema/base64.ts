// Validates a JSON string bound for a Go []byte field the way encoding/base64's StdEncoding.Decode does
// (padding required, CR/LF skipped), reporting the same byte offset in "illegal base64 data at input byte N".

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 0x3d;
const CR = 0x0d;
const LF = 0x0a;

export function base64Error(text: string): string | undefined {
  const offset = corruptOffset(utf8Bytes(text));
  return offset === undefined ? undefined : `illegal base64 data at input byte ${offset}`;
}

/** The offset Go's CorruptInputError would carry, or undefined when `src` decodes. */
function corruptOffset(src: readonly number[]): number | undefined {
  let si = 0;
  while (si < src.length) {
    const quantum = decodeQuantum(src, si);
    if (quantum.error !== undefined) return quantum.error;
    si = quantum.next;
  }
  return undefined;
}

/** One 4-character quantum starting at `si` (Go's Encoding.decodeQuantum). */
function decodeQuantum(src: readonly number[], start: number): { next: number; error?: number } {
  let si = start;
  for (let j = 0; j < 4; j++) {
    if (si === src.length) return j === 0 ? { next: si } : { next: si, error: si - j };
    const c = src[si++]!;
    if (c < 0x80 && ALPHABET.includes(String.fromCharCode(c))) continue;
    if (c === LF || c === CR) {
      j--;
      continue;
    }
    if (c !== PAD || j < 2) return { next: si, error: si - 1 };
    if (j === 2) {
      si = skipNewlines(src, si);
      if (si === src.length) return { next: si, error: src.length };
      if (src[si] !== PAD) return { next: si, error: si - 1 };
      si++;
    }
    si = skipNewlines(src, si);
    return si < src.length ? { next: si, error: si } : { next: si };
  }
  return { next: si };
}

function skipNewlines(src: readonly number[], from: number): number {
  let si = from;
  while (si < src.length && (src[si] === LF || src[si] === CR)) si++;
  return si;
}

/** The UTF-8 bytes of `text` (Go indexes the raw bytes, so offsets count bytes, not characters). */
function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return bytes;
}
