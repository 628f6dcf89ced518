// Authentication: who the credentials kubectl sends belong to. A client certificate is its subject
// (CN → user, O → groups); a bearer token from `kubectl create token` is its ServiceAccount while that
// account exists with the same uid, the token has not expired and the pod it is bound to (a projected
// token) still exists; no credentials at all is anonymous.
// Deviation from upstream: signatures are not verified (the simulated cluster holds no keys).

import { StatusError } from '../../api/errors.ts';
import { decodeBase64 } from '../../base/base64.ts';
import { isPlainObject } from '../../base/json.ts';
import { parseTime } from '../../base/time.ts';
import { utf8Decode } from '../../base/utf8.ts';
import type { RbacSource } from './rbac.ts';
import { ANONYMOUS_USER, parseServiceAccountUser, serviceAccountUser, withAuthenticated, type UserInfo } from './user.ts';
import { certificateSubject } from './x509.ts';

/** jwt.DefaultLeeway: a bound object deleted less than a minute ago still vouches for its tokens. */
const JWT_LEEWAY_MS = 60_000;

export interface Credentials {
  /** The client certificate (PEM), from client-certificate(-data) or --client-certificate. */
  readonly certificatePem?: string;
  /** A bearer token, from token(-file) or --token. */
  readonly token?: string;
  /** Basic-auth credentials, which the API server no longer accepts. */
  readonly basicAuth?: boolean;
}

export function unauthorized(): StatusError {
  return new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
}

function jwtClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const payload = parts[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const claims: unknown = JSON.parse(utf8Decode(decodeBase64(payload.padEnd(Math.ceil(payload.length / 4) * 4, '='))));
    return isPlainObject(claims) ? claims : undefined;
  } catch {
    return undefined;
  }
}

interface Ref {
  readonly name?: string;
  readonly uid?: string;
}
interface PrivateClaims {
  readonly serviceaccount?: Ref;
  readonly pod?: Ref;
  readonly node?: Ref;
}

/** The validator's bound-object check: a pod-bound token dies with its pod (deleted, or replaced under its name). */
function podStillBound(pod: Ref | undefined, namespace: string, source: RbacSource, nowMs: number): boolean {
  if (!pod) return true;
  const found = source.get('', 'pods', namespace, pod.name ?? '');
  if (!found || found.metadata.uid !== pod.uid) return false;
  const deleting = parseTime(found.metadata.deletionTimestamp);
  return deleting === undefined || deleting >= nowMs - JWT_LEEWAY_MS;
}

/** authentication.kubernetes.io/* extra of a token bound to a pod (and its node), as v1.31 sets them. */
function boundExtra(claims: Record<string, unknown>, priv: PrivateClaims): Record<string, string[]> {
  const extra: Record<string, string[]> = {};
  if (typeof claims.jti === 'string') extra['authentication.kubernetes.io/credential-id'] = [`JTI=${claims.jti}`];
  if (priv.node) extra['authentication.kubernetes.io/node-name'] = [priv.node.name ?? ''];
  if (priv.node) extra['authentication.kubernetes.io/node-uid'] = [priv.node.uid ?? ''];
  if (priv.pod) extra['authentication.kubernetes.io/pod-name'] = [priv.pod.name ?? ''];
  if (priv.pod) extra['authentication.kubernetes.io/pod-uid'] = [priv.pod.uid ?? ''];
  return extra;
}

function tokenUser(token: string, source: RbacSource, nowMs: number): UserInfo | undefined {
  const claims = jwtClaims(token);
  const sa = parseServiceAccountUser(String(claims?.sub ?? ''));
  if (!claims || !sa || typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs) return undefined;
  const account = source.get('', 'serviceaccounts', sa.namespace, sa.name);
  const priv = (isPlainObject(claims['kubernetes.io']) ? claims['kubernetes.io'] : {}) as PrivateClaims;
  const uid = priv.serviceaccount?.uid ?? '';
  if (!account || account.metadata.uid !== uid || !podStillBound(priv.pod, sa.namespace, source, nowMs)) return undefined;
  const extra = boundExtra(claims, priv);
  const user = serviceAccountUser(sa.namespace, sa.name, uid);
  return Object.keys(extra).length > 0 ? { ...user, extra } : user;
}

/** The user behind `creds`, or the 401 the API server answers with. */
export function authenticate(creds: Credentials, source: RbacSource, nowMs: number): UserInfo | StatusError {
  if (creds.certificatePem !== undefined) {
    const subject = certificateSubject(creds.certificatePem);
    if (subject && subject.commonName !== '') return withAuthenticated({ name: subject.commonName, groups: subject.organizations });
  }
  if (creds.token !== undefined) {
    const user = tokenUser(creds.token, source, nowMs);
    if (user) return user;
  }
  if (creds.certificatePem !== undefined || creds.token !== undefined || creds.basicAuth) return unauthorized();
  return ANONYMOUS_USER;
}
