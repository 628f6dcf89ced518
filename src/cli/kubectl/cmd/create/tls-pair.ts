// The checks tls.X509KeyPair makes before `kubectl create secret tls` builds its Secret: a
// CERTIFICATE block, a PRIVATE KEY block, both parse, and the key's modulus is the certificate's.
// Mirrors crypto/tls X509KeyPair (Go 1.22) for RSA keys in PKCS#8 or PKCS#1 form.

import { pemDecode, readDer, type Bytes } from '../../../shell/builtins/openssl-der.ts';
import { parseCertificate } from '../../../shell/builtins/openssl-cert.ts';

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----/g;

function blockTypes(pem: string): string[] {
  return [...pem.matchAll(BLOCK)].map((m) => m[1]!);
}

const sameBytes = (a: Bytes, b: Bytes): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const magnitude = (body: Bytes): Bytes => (body[0] === 0 && body.length > 1 ? body.slice(1) : body);

/** The modulus of an RSA private key block (PKCS#8 `PRIVATE KEY` or PKCS#1 `RSA PRIVATE KEY`); undefined when it does not parse. */
function keyModulus(pem: string, type: string): Bytes | undefined {
  const der = pemDecode(pem, type);
  if (!der) return undefined;
  try {
    const outer = readDer(der).node;
    const rsa = type === 'PRIVATE KEY' ? readDer(outer.children[2]!.body).node : outer;
    return magnitude(rsa.children[1]!.body);
  } catch {
    return undefined;
  }
}

function certModulus(pem: string): Bytes | undefined {
  const der = pemDecode(pem, 'CERTIFICATE');
  if (!der) return undefined;
  try {
    return parseCertificate(der).modulus;
  } catch {
    return undefined;
  }
}

/** X509KeyPair's error for the pair (`tls: …`, `x509: …`), or undefined when the key belongs to the certificate. */
export function keyPairError(cert: string, key: string): string | undefined {
  const certTypes = blockTypes(cert);
  if (!certTypes.includes('CERTIFICATE')) {
    if (certTypes.length === 0) return 'tls: failed to find any PEM data in certificate input';
    if (certTypes.length === 1 && certTypes[0]!.endsWith('PRIVATE KEY')) {
      return 'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched';
    }
    return `tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: [${certTypes.join(' ')}]`;
  }
  const keyTypes = blockTypes(key);
  const keyType = keyTypes.find((t) => t === 'PRIVATE KEY' || t.endsWith(' PRIVATE KEY'));
  if (keyType === undefined) {
    if (keyTypes.length === 0) return 'tls: failed to find any PEM data in key input';
    if (keyTypes.every((t) => t === 'CERTIFICATE')) return 'tls: found a certificate rather than a key in the PEM for the private key';
    return `tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: [${keyTypes.join(' ')}]`;
  }
  const certKey = certModulus(cert);
  if (!certKey) return 'x509: malformed certificate';
  const privateKey = keyModulus(key, keyType);
  if (!privateKey) return 'tls: failed to parse private key';
  return sameBytes(certKey, privateKey) ? undefined : 'tls: private key does not match public key';
}
