// Authentication: who the credentials kubectl sends belong to. A client certificate is its subject
// (CN → user, O → groups); a bearer token from `kubectl create token` is its ServiceAccount while that
// account exists with the same uid and the token has not expired; no credentials at all is anonymous.
// Deviation from upstream: signatures are not verified (the simulated cluster holds no keys).

import { StatusError } from '../../api/errors.ts';
import { decodeBase64 } from '../../base/base64.ts';
import { isPlainObject } from '../../base/json.ts';
import { utf8Decode } from '../../base/utf8.ts';
import type { RbacSource } from './rbac.ts';
import { ANONYMOUS_USER, parseServiceAccountUser, serviceAccountUser, withAuthenticated, type UserInfo } from './user.ts';
import { certificateSubject } from './x509.ts';

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

function tokenUser(token: string, source: RbacSource, nowMs: number): UserInfo | undefined {
  const claims = jwtClaims(token);
  const sa = parseServiceAccountUser(String(claims?.sub ?? ''));
  if (!claims || !sa || typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs) return undefined;
  const account = source.get('', 'serviceaccounts', sa.namespace, sa.name);
  const uid = ((claims['kubernetes.io'] as { serviceaccount?: { uid?: string } } | undefined)?.serviceaccount?.uid) ?? '';
  if (!account || account.metadata.uid !== uid) return undefined;
  return serviceAccountUser(sa.namespace, sa.name, uid);
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
