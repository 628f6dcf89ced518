// The pod-bound ServiceAccount token TokenRequest issues for the kubelet: an RS256 JWT with
// pkg/serviceaccount/claims.go's v1.31 claims (jti, pod and node refs, warnafter, 3607 s extended to a
// year). Deviation from upstream: one constant key id, a seeded-random signature (no key is held).

import { encodeBase64, encodeBase64Text } from '../../base/base64.ts';
import { SeededRandom } from '../../base/rand.ts';
import { uuid } from '../uuid.ts';
import { serviceAccountUsername } from './user.ts';

export const TOKEN_ISSUER = 'https://kubernetes.default.svc.cluster.local';
/** serviceaccount.WarnOnlyBoundTokenExpirationSeconds: what the kubelet asks for (1 h + 7 s). */
export const WARN_ONLY_EXPIRATION_S = 3607;
/** ExpirationExtensionSeconds: --service-account-extend-token-expiration (on by default) turns 3607 s into a year. */
const EXTENSION_S = 365 * 24 * 60 * 60;
/** The sa.pub key id every simulated cluster signs with (base64url of 32 bytes). */
const KEY_ID = 'qX5Vt0Wm2jH4sLrA9cYpN1dKfE7gB3uZ6oTiRwQ8xMk';
/** uint32 draws per token: as many as the kubelet's token took before it was a JWT, so later random names stay put. */
const DRAWS = 31;
const SIGNATURE_BYTES = 256;

export interface ObjectRef {
  readonly name: string;
  readonly uid: string;
}

export interface TokenBinding {
  readonly namespace: string;
  readonly serviceAccount: ObjectRef;
  readonly pod?: ObjectRef;
  readonly node?: ObjectRef;
}

const base64Url = (b64: string): string => b64.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

/** The JWT for `binding`, issued at `nowMs` for `expirationSeconds`; `draw` is the cluster's generator. */
export function issueBoundToken(binding: TokenBinding, nowMs: number, expirationSeconds: number, draw: () => number): string {
  let seed = 0x811c9dc5;
  for (let i = 0; i < DRAWS; i++) seed = Math.imul(seed ^ draw(), 0x01000193) >>> 0;
  const local = new SeededRandom(seed);
  const iat = Math.floor(nowMs / 1000);
  const extended = expirationSeconds === WARN_ONLY_EXPIRATION_S;
  // go-jose merges the public and private claims through a map: keys come out sorted at every level.
  const claims = {
    aud: [TOKEN_ISSUER],
    exp: iat + (extended ? EXTENSION_S : expirationSeconds),
    iat,
    iss: TOKEN_ISSUER,
    jti: uuid(local),
    'kubernetes.io': {
      namespace: binding.namespace,
      ...(binding.node ? { node: binding.node } : {}),
      ...(binding.pod ? { pod: binding.pod } : {}),
      serviceaccount: binding.serviceAccount,
      ...(extended ? { warnafter: iat + WARN_ONLY_EXPIRATION_S } : {}),
    },
    nbf: iat,
    sub: serviceAccountUsername(binding.namespace, binding.serviceAccount.name),
  };
  const signature = Array.from({ length: SIGNATURE_BYTES }, () => local.nextUint32() & 0xff);
  const header = base64Url(encodeBase64Text(JSON.stringify({ alg: 'RS256', kid: KEY_ID })));
  return `${header}.${base64Url(encodeBase64Text(JSON.stringify(claims)))}.${base64Url(encodeBase64(signature))}`;
}
