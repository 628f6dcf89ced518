// kubeadm's bootstrap tokens: `<id>.<secret>` kept as bootstrap.kubernetes.io/token Secrets in
// kube-system, and the JWS signature of kube-public/cluster-info that lets a joining node trust the
// API server. Mirrors kubeadm's phases/bootstraptoken and the controller-manager's bootstrapsigner.

import type { KubeObject } from '../../api/types.ts';
import { decodeBase64, encodeBase64Text } from '../../base/base64.ts';
import type { SeededRandom } from '../../base/rand.ts';
import { parseTime, rfc3339 } from '../../base/time.ts';
import type { ApiClient } from '../../client/client.ts';

export const BOOTSTRAP_TOKEN_TYPE = 'bootstrap.kubernetes.io/token';
export const DEFAULT_NODE_TOKEN_GROUP = 'system:bootstrappers:kubeadm:default-node-token';
/** kubeadm's default token TTL. */
export const TOKEN_TTL_MS = 24 * 3_600_000;
const SECRET_PREFIX = 'bootstrap-token-';
const JWS_PREFIX = 'jws-kubeconfig-';
const TOKEN_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const TOKEN_PATTERN = /^([a-z0-9]{6})\.([a-z0-9]{16})$/;
export const TOKEN_ID_PATTERN = /^[a-z0-9]{6}$/;

export interface BootstrapToken {
  readonly id: string;
  readonly secret: string;
  /** Absent: the token never expires. */
  readonly expiresMs?: number;
  readonly usages: readonly string[];
  readonly description?: string;
  readonly groups: readonly string[];
}

function randomString(rand: SeededRandom, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += TOKEN_CHARS[rand.int(TOKEN_CHARS.length)];
  return out;
}

/** A new token string, as `kubeadm token generate` makes one. */
export function generateToken(rand: SeededRandom): string {
  return `${randomString(rand, 6)}.${randomString(rand, 16)}`;
}

const decoded = (secret: KubeObject, key: string): string | undefined => {
  const value = (secret.data as Record<string, string> | undefined)?.[key];
  return value === undefined ? undefined : String.fromCharCode(...decodeBase64(value));
};

export function tokenFromSecret(secret: KubeObject): BootstrapToken | undefined {
  const id = decoded(secret, 'token-id');
  const tokenSecret = decoded(secret, 'token-secret');
  if (!id || !tokenSecret || secret.metadata.name !== `${SECRET_PREFIX}${id}`) return undefined;
  const expiresMs = parseTime(decoded(secret, 'expiration'));
  const usages = Object.keys((secret.data ?? {}) as object).filter((k) => k.startsWith('usage-bootstrap-') && decoded(secret, k) === 'true')
    .map((k) => k.slice('usage-bootstrap-'.length)).sort();
  const description = decoded(secret, 'description');
  const groups = decoded(secret, 'auth-extra-groups')?.split(',') ?? [];
  return { id, secret: tokenSecret, usages, groups, ...(expiresMs !== undefined ? { expiresMs } : {}), ...(description ? { description } : {}) };
}

/** The cluster's bootstrap tokens, in the Secrets' (name) order. */
export function listTokens(client: ApiClient): BootstrapToken[] {
  return client.list('/secrets', 'kube-system').filter((s) => s.type === BOOTSTRAP_TOKEN_TYPE)
    .map(tokenFromSecret).filter((t): t is BootstrapToken => t !== undefined);
}

/**
 * `kubeadm token create`: the Secret, then the signature the bootstrapsigner adds to cluster-info.
 * Deviation from upstream: the signature is written at once rather than by the controller a moment later.
 */
export function createToken(client: ApiClient, token: string, nowMs: number, opts: { ttlMs?: number; description?: string } = {}): BootstrapToken {
  const [, id = '', secret = ''] = TOKEN_PATTERN.exec(token) ?? [];
  const ttlMs = opts.ttlMs ?? TOKEN_TTL_MS;
  const data: Record<string, string> = {
    'auth-extra-groups': DEFAULT_NODE_TOKEN_GROUP,
    ...(opts.description ? { description: opts.description } : {}),
    ...(ttlMs > 0 ? { expiration: rfc3339(Math.floor((nowMs + ttlMs) / 1000) * 1000) } : {}),
    'token-id': id,
    'token-secret': secret,
    'usage-bootstrap-authentication': 'true',
    'usage-bootstrap-signing': 'true',
  };
  client.create('/secrets', {
    apiVersion: 'v1', kind: 'Secret', type: BOOTSTRAP_TOKEN_TYPE,
    metadata: { name: `${SECRET_PREFIX}${id}`, namespace: 'kube-system' },
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, encodeBase64Text(v)])),
  });
  signClusterInfo(client, id, secret);
  return tokenFromSecret(client.get('/secrets', 'kube-system', `${SECRET_PREFIX}${id}`)!)!;
}

/** `kubeadm token delete`: false when no such token exists. */
export function deleteToken(client: ApiClient, id: string): boolean {
  if (!client.get('/secrets', 'kube-system', `${SECRET_PREFIX}${id}`)) return false;
  client.delete('/secrets', 'kube-system', `${SECRET_PREFIX}${id}`);
  const info = client.get('/configmaps', 'kube-public', 'cluster-info');
  const data = { ...(info?.data as Record<string, string> | undefined) };
  if (info && `${JWS_PREFIX}${id}` in data) {
    delete data[`${JWS_PREFIX}${id}`];
    client.update('/configmaps', { ...info, data });
  }
  return true;
}

/** A detached JWS (header..signature) standing for HS256 over cluster-info's kubeconfig with the token's secret. */
function signClusterInfo(client: ApiClient, id: string, secret: string): void {
  const info = client.get('/configmaps', 'kube-public', 'cluster-info');
  if (!info) return;
  const header = encodeBase64Text(JSON.stringify({ alg: 'HS256', kid: id })).replace(/=+$/, '');
  const signature = encodeBase64Text(`${id}:${secret}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  client.update('/configmaps', { ...info, data: { ...(info.data as Record<string, string>), [`${JWS_PREFIX}${id}`]: `${header}..${signature}` } });
}

/** What a joining node finds in cluster-info for its token: no signature, a signature another secret made, or a valid one. */
export function checkClusterInfoSignature(client: ApiClient, id: string, secret: string): 'missing' | 'mismatch' | 'valid' {
  const info = client.get('/configmaps', 'kube-public', 'cluster-info');
  const jws = (info?.data as Record<string, string> | undefined)?.[`${JWS_PREFIX}${id}`];
  if (!jws) return 'missing';
  const token = listTokens(client).find((t) => t.id === id);
  return token?.secret === secret ? 'valid' : 'mismatch';
}
