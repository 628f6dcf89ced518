// Just enough DER to read an X.509 certificate's subject: the x509 authenticator's user is the
// subject's CommonName, its groups the Organizations (k8s.io/apiserver pkg/authentication/request/x509).

import { decodeBase64 } from '../../base/base64.ts';
import { utf8Decode } from '../../base/utf8.ts';

export interface CertificateSubject {
  readonly commonName: string;
  readonly organizations: readonly string[];
}

interface Tlv {
  readonly tag: number;
  readonly start: number;
  readonly end: number;
}

const SEQUENCE = 0x30;
const SET = 0x31;
const OID = 0x06;
const OID_CN = '85.4.3';
const OID_O = '85.4.10';
/** tbsCertificate fields before the subject: [0] version, serial, signature algorithm, issuer, validity. */
const FIELDS_BEFORE_SUBJECT = 4;

function readTlv(der: readonly number[], at: number, limit: number): Tlv {
  if (at + 2 > limit) throw new Error('truncated DER');
  const tag = der[at]!;
  let length = der[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    if (bytes === 0 || bytes > 3) throw new Error('unsupported DER length');
    length = 0;
    for (let i = 0; i < bytes; i++) length = length * 256 + der[start + i]!;
    start += bytes;
  }
  if (start + length > limit) throw new Error('truncated DER');
  return { tag, start, end: start + length };
}

function children(der: readonly number[], parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.start; at < parent.end;) {
    const child = readTlv(der, at, parent.end);
    out.push(child);
    at = child.end;
  }
  return out;
}

function expect(tlv: Tlv | undefined, tag: number): Tlv {
  if (!tlv || tlv.tag !== tag) throw new Error('not an X.509 certificate');
  return tlv;
}

/** The subject of the first certificate in `pem`; undefined when there is none or it does not parse. */
export function certificateSubject(pem: string): CertificateSubject | undefined {
  const match = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem);
  if (!match) return undefined;
  try {
    const der = decodeBase64(match[1]!.replace(/\s+/g, ''));
    const cert = expect(readTlv(der, 0, der.length), SEQUENCE);
    const tbsFields = children(der, expect(children(der, cert)[0], SEQUENCE));
    const offset = tbsFields[0]?.tag === 0xa0 ? 1 : 0;
    const subject = expect(tbsFields[offset + FIELDS_BEFORE_SUBJECT], SEQUENCE);
    let commonName = '';
    const organizations: string[] = [];
    for (const rdn of children(der, subject)) {
      for (const attr of children(der, expect(rdn, SET))) {
        const [oid, value] = children(der, expect(attr, SEQUENCE));
        const id = der.slice(expect(oid, OID).start, oid!.end).join('.');
        const text = utf8Decode(der.slice(value!.start, value!.end));
        if (id === OID_CN) commonName = text;
        else if (id === OID_O) organizations.push(text);
      }
    }
    return { commonName, organizations };
  } catch {
    return undefined;
  }
}
