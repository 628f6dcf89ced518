// Base64 as the API server's JSON decoder treats `[]byte` fields (Secret data, ConfigMap
// binaryData): Go's padded StdEncoding, newlines ignored, and CorruptInputError byte offsets
// (`illegal base64 data at input byte 4`). Mirrors encoding/base64 decodeQuantum (Go 1.22).

import { utf8Encode } from './utf8.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE: ReadonlyMap<number, number> = new Map([...ALPHABET].map((c, i) => [c.charCodeAt(0), i]));
const PAD = 0x3d;
const NEWLINES = new Set([0x0a, 0x0d]);

export class Base64Error extends Error {
  override readonly name = 'Base64Error';
  constructor(readonly offset: number) {
    super(`illegal base64 data at input byte ${offset}`);
  }
}


/** Decodes like base64.StdEncoding.Decode; throws Base64Error at the first corrupt byte. */
export function decodeBase64(text: string): number[] {
  const src = utf8Encode(text);
  const out: number[] = [];
  let si = 0;
  while (si < src.length) {
    const quantum = decodeQuantum(src, si);
    out.push(...quantum.bytes);
    si = quantum.next;
    if (quantum.done) break;
  }
  return out;
}

interface Quantum {
  readonly bytes: number[];
  readonly next: number;
  readonly done: boolean;
}

function decodeQuantum(src: readonly number[], start: number): Quantum {
  const buf = [0, 0, 0, 0];
  let si = start;
  let len = 4;
  for (let j = 0; j < 4; j++) {
    if (si === src.length) {
      if (j === 0) return { bytes: [], next: si, done: true };
      throw new Base64Error(si - j);
    }
    const c = src[si++]!;
    const value = DECODE.get(c);
    if (value !== undefined) {
      buf[j] = value;
      continue;
    }
    if (NEWLINES.has(c)) {
      j--;
      continue;
    }
    if (c !== PAD || j < 2) throw new Base64Error(si - 1);
    if (j === 2) si = expectSecondPad(src, si);
    while (si < src.length && NEWLINES.has(src[si]!)) si++;
    if (si < src.length) throw new Base64Error(si);
    len = j;
    break;
  }
  const val = (buf[0]! << 18) | (buf[1]! << 12) | (buf[2]! << 6) | buf[3]!;
  const bytes = [(val >> 16) & 0xff, (val >> 8) & 0xff, val & 0xff].slice(0, len - 1);
  return { bytes, next: si, done: len < 4 };
}

function expectSecondPad(src: readonly number[], from: number): number {
  let si = from;
  while (si < src.length && NEWLINES.has(src[si]!)) si++;
  if (si === src.length) throw new Base64Error(src.length);
  if (src[si] !== PAD) throw new Base64Error(si - 1);
  return si + 1;
}

export function encodeBase64(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [n >> 18, (n >> 12) & 63, (n >> 6) & 63, n & 63].map((k) => ALPHABET[k]);
    const kept = Math.min(4, bytes.length - i + 1);
    out += chars.slice(0, kept).join('') + '='.repeat(4 - kept);
  }
  return out;
}

/** base64 of the UTF-8 bytes of `text`. */
export function encodeBase64Text(text: string): string {
  return encodeBase64(utf8Encode(text));
}
