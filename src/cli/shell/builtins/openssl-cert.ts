// A self-signed X.509 v3 certificate and its RSA key as `openssl req -x509 -newkey rsa:N` writes them
// (PKCS#8 key, SHA-256 signature, subject/authority key identifiers, CA:TRUE), and the fields
// `openssl x509` reads back. Deviation from upstream: the key's numbers and the signature are random
// bytes of the right sizes, not real RSA arithmetic; the modulus is shared by the pair.

import { MONTHS, pad2, utcTime } from './calendar.ts';
import { integer, nullNode, oid, oidText, readDer, seq, set, TAG, text, tlv, type Bytes, type DerNode } from './openssl-der.ts';

const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
export const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
const EXPONENT = [0x01, 0x00, 0x01];

/** Distinguished-name attributes by short name: OID and string type. */
const ATTRIBUTES: ReadonlyArray<readonly [string, string, number]> = [
  ['C', '2.5.4.6', TAG.PRINTABLE], ['ST', '2.5.4.8', TAG.UTF8], ['L', '2.5.4.7', TAG.UTF8], ['O', '2.5.4.10', TAG.UTF8],
  ['OU', '2.5.4.11', TAG.UTF8], ['CN', '2.5.4.3', TAG.UTF8], ['emailAddress', '1.2.840.113549.1.9.1', TAG.IA5],
];

export type DistinguishedName = ReadonlyArray<readonly [string, string]>;

export interface CertFields {
  readonly serial: Bytes;
  readonly issuer: DistinguishedName;
  readonly subject: DistinguishedName;
  readonly notBeforeMs: number;
  readonly notAfterMs: number;
  readonly modulus: Bytes;
  readonly keyId: Bytes;
  readonly signature: Bytes;
  readonly bits: number;
}

export function isKnownAttribute(name: string): boolean {
  return ATTRIBUTES.some(([n]) => n === name);
}

export function nameDer(dn: DistinguishedName): number[] {
  return seq(...dn.map(([k, v]) => {
    const [, id, type] = ATTRIBUTES.find(([n]) => n === k)!;
    return set(seq(oid(id), text(type, v)));
  }));
}

function timeDer(ms: number): number[] {
  const t = utcTime(ms);
  const body = `${pad2(t.month)}${pad2(t.day)}${pad2(t.hours)}${pad2(t.minutes)}${pad2(t.seconds)}Z`;
  return t.year < 2050 ? text(TAG.UTC_TIME, `${pad2(t.year % 100)}${body}`) : text(TAG.GENERALIZED_TIME, `${t.year}${body}`);
}

export function publicKeyInfo(modulus: Bytes): number[] {
  return seq(seq(oid(RSA_ENCRYPTION), nullNode()), tlv(TAG.BIT_STRING, [0, ...seq(integer(modulus), integer(EXPONENT))]));
}

export function certificateDer(f: CertFields): number[] {
  const alg = seq(oid(SHA256_WITH_RSA), nullNode());
  const spki = publicKeyInfo(f.modulus);
  const extensions = seq(
    seq(oid('2.5.29.14'), tlv(TAG.OCTET_STRING, tlv(TAG.OCTET_STRING, f.keyId))),
    seq(oid('2.5.29.35'), tlv(TAG.OCTET_STRING, seq(tlv(0x80, f.keyId)))),
    seq(oid('2.5.29.19'), tlv(TAG.BOOLEAN, [0xff]), tlv(TAG.OCTET_STRING, seq(tlv(TAG.BOOLEAN, [0xff])))),
  );
  const tbs = seq(
    tlv(0xa0, integer([2])), integer(f.serial), alg, nameDer(f.issuer), seq(timeDer(f.notBeforeMs), timeDer(f.notAfterMs)),
    nameDer(f.subject), spki, tlv(0xa3, extensions),
  );
  return seq(tbs, alg, tlv(TAG.BIT_STRING, [0, ...f.signature]));
}

/** PKCS#8 PrivateKeyInfo around an RSAPrivateKey (n, e, d, p, q, dp, dq, qinv) of `parts`' sizes. */
export function privateKeyDer(modulus: Bytes, parts: { d: Bytes; p: Bytes; q: Bytes; dp: Bytes; dq: Bytes; qinv: Bytes }): number[] {
  const rsa = seq(integer([0]), integer(modulus), integer(EXPONENT), ...[parts.d, parts.p, parts.q, parts.dp, parts.dq, parts.qinv].map(integer));
  return seq(integer([0]), seq(oid(RSA_ENCRYPTION), nullNode()), tlv(TAG.OCTET_STRING, rsa));
}

const ascii = (b: Bytes): string => String.fromCharCode(...b);

function parseName(node: DerNode): DistinguishedName {
  return node.children.map((rdn) => {
    const [id, value] = rdn.children[0]!.children;
    const dotted = oidText(id!.body);
    return [ATTRIBUTES.find(([, o]) => o === dotted)?.[0] ?? dotted, ascii(value!.body)] as const;
  });
}

function parseTime(node: DerNode): number {
  const s = ascii(node.body);
  const m = /^(\d{2}|\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) throw new Error('bad time');
  const yy = Number(m[1]);
  const year = m[1]!.length === 4 ? yy : yy < 50 ? 2000 + yy : 1900 + yy;
  return Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

const magnitude = (node: DerNode): Bytes => (node.body[0] === 0 && node.body.length > 1 ? node.body.slice(1) : node.body);

/** The fields of a DER certificate this module wrote (or any RSA one of the same shape); throws otherwise. */
export function parseCertificate(der: Bytes): CertFields {
  const cert = readDer(der).node;
  const [tbs, , sig] = cert.children;
  const f = tbs!.children;
  const offset = f[0]!.tag === 0xa0 ? 1 : 0;
  const [serial, , issuer, validity, subject, spki] = f.slice(offset);
  const key = readDer(spki!.children[1]!.body.slice(1)).node;
  const modulus = magnitude(key.children[0]!);
  const ski = f.find((n) => n.tag === 0xa3)?.children[0]?.children.find((e) => oidText(e.children[0]!.body) === '2.5.29.14');
  return {
    serial: magnitude(serial!), issuer: parseName(issuer!), subject: parseName(subject!),
    notBeforeMs: parseTime(validity!.children[0]!), notAfterMs: parseTime(validity!.children[1]!),
    modulus, keyId: ski ? readDer(ski.children.at(-1)!.body).node.body : [], signature: sig!.body.slice(1), bits: modulus.length * 8,
  };
}

/** OpenSSL's one-line name form: `C = FR, O = K8s-Labs, CN = k8s-lab.com`. */
export function nameLine(dn: DistinguishedName): string {
  return dn.map(([k, v]) => `${k} = ${/[,+"\\<>;]/.test(v) ? `"${v}"` : v}`).join(', ');
}

/** `Nov 27 06:36:21 2026 GMT` (day padded with a space). */
export function gmtTime(ms: number): string {
  const t = utcTime(ms);
  return `${MONTHS[t.month - 1]} ${String(t.day).padStart(2)} ${pad2(t.hours)}:${pad2(t.minutes)}:${pad2(t.seconds)} ${t.year} GMT`;
}
