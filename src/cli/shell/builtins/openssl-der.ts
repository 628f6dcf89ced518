// The slice of ASN.1 DER and PEM that `openssl` needs for X.509 certificates and PKCS#8 keys:
// encoding tag-length-value nodes, reading them back, and the PEM armour around them.
// Mirrors the encodings of ITU-T X.690 (DER) and RFC 7468 (PEM).

import { decodeBase64, encodeBase64 } from '../../../engine/index.ts';

export type Bytes = readonly number[];

export interface DerNode {
  readonly tag: number;
  /** The content octets. */
  readonly body: Bytes;
  /** The nested nodes of a constructed node (SEQUENCE, SET, context tags). */
  readonly children: readonly DerNode[];
}

export const TAG = {
  BOOLEAN: 0x01, INTEGER: 0x02, BIT_STRING: 0x03, OCTET_STRING: 0x04, NULL: 0x05, OID: 0x06,
  UTF8: 0x0c, PRINTABLE: 0x13, IA5: 0x16, UTC_TIME: 0x17, GENERALIZED_TIME: 0x18, SEQUENCE: 0x30, SET: 0x31,
} as const;

function lengthOctets(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v % 256);
  return [0x80 | out.length, ...out];
}

export function tlv(tag: number, body: Bytes): number[] {
  return [tag, ...lengthOctets(body.length), ...body];
}

export const seq = (...parts: Bytes[]): number[] => tlv(TAG.SEQUENCE, parts.flat());
export const set = (...parts: Bytes[]): number[] => tlv(TAG.SET, parts.flat());
export const nullNode = (): number[] => tlv(TAG.NULL, []);

/** A non-negative INTEGER from big-endian magnitude bytes (a leading 0 keeps it positive). */
export function integer(magnitude: Bytes): number[] {
  const trimmed = [...magnitude];
  while (trimmed.length > 1 && trimmed[0] === 0) trimmed.shift();
  return tlv(TAG.INTEGER, trimmed[0]! >= 0x80 ? [0, ...trimmed] : trimmed);
}

export function oid(dotted: string): number[] {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const body = [a * 40 + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f));
    body.push(...chunk);
  }
  return tlv(TAG.OID, body);
}

export function oidText(body: Bytes): string {
  const parts = [Math.floor(body[0]! / 40), body[0]! % 40];
  let v = 0;
  for (const b of body.slice(1)) {
    v = v * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      parts.push(v);
      v = 0;
    }
  }
  return parts.join('.');
}

export const text = (tag: number, s: string): number[] => tlv(tag, [...s].map((c) => c.charCodeAt(0) & 0xff));

/** Reads one DER node at `offset`; throws on truncated or malformed input. */
export function readDer(bytes: Bytes, offset = 0): { node: DerNode; end: number } {
  const tag = bytes[offset];
  let len = bytes[offset + 1];
  if (tag === undefined || len === undefined) throw new Error('truncated');
  let pos = offset + 2;
  if (len & 0x80) {
    const count = len & 0x7f;
    if (count === 0 || count > 4) throw new Error('bad length');
    len = 0;
    for (let i = 0; i < count; i++) len = len * 256 + (bytes[pos++] ?? NaN);
  }
  const end = pos + len;
  if (!Number.isFinite(len) || end > bytes.length) throw new Error('truncated');
  const body = bytes.slice(pos, end);
  const children: DerNode[] = [];
  if (tag & 0x20) {
    for (let p = pos; p < end;) {
      const child = readDer(bytes, p);
      children.push(child.node);
      p = child.end;
    }
  }
  return { node: { tag, body, children }, end };
}

/** The PEM block labelled `label` in `text`, as bytes; undefined when there is none. */
export function pemDecode(source: string, label: string): number[] | undefined {
  const m = new RegExp(`-----BEGIN ${label}-----\\r?\\n([A-Za-z0-9+/=\\r\\n]*?)-----END ${label}-----`).exec(source);
  if (!m) return undefined;
  try {
    return [...decodeBase64(m[1]!.replace(/\s/g, ''))];
  } catch {
    return undefined;
  }
}

export function pemEncode(label: string, der: Bytes): string {
  const b64 = encodeBase64(Uint8Array.from(der));
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
