// The credentials the kubelet tries for a pull: the pod's imagePullSecrets (kubernetes.io/dockerconfigjson
// or dockercfg) read into a keyring, and the entries that match the image's registry. Mirrors
// pkg/credentialprovider (keyring.go BasicDockerKeyring, URLsMatch) and kubelet getPullSecretsForPod.

import type { PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { decodeBase64 } from '../base/base64.ts';
import { utf8Decode } from '../base/utf8.ts';
import type { KubeletContext } from './context.ts';

export interface PullAuth {
  readonly username: string;
  readonly password: string;
}

interface DockerConfigEntry {
  username?: string;
  password?: string;
  auth?: string;
}

/** Docker Hub's legacy key: credentials under it serve every image that resolves to Docker Hub. */
const DEFAULT_REGISTRY_HOST = 'index.docker.io';

export const FAILED_PULL_SECRETS = (names: readonly string[]): string =>
  `Unable to retrieve some image pull secrets (${names.join(', ')}); attempting to pull the image may not succeed.`;

/** The pull secrets the pod names that could not be read (the kubelet warns and pulls anyway). */
export function missingPullSecrets(ctx: KubeletContext, pod: KubeObject): string[] {
  return pullSecretNames(pod).filter((name) => !ctx.client.get('/secrets', pod.metadata.namespace!, name));
}

/** The credentials of the pod's pull secrets whose registry key matches `repoToPull` (normalised reference). */
export function credentialsFor(ctx: KubeletContext, pod: KubeObject, repoToPull: string): PullAuth[] {
  const keyring: Array<[string, PullAuth]> = [];
  for (const name of pullSecretNames(pod)) {
    const secret = ctx.client.get('/secrets', pod.metadata.namespace!, name);
    if (secret) keyring.push(...dockerConfigOf(secret));
  }
  const matched = keyring.filter(([key]) => urlsMatch(key, repoToPull)).map(([, auth]) => auth);
  if (matched.length > 0 || !isDefaultRegistryMatch(repoToPull)) return matched;
  return keyring.filter(([key]) => key === DEFAULT_REGISTRY_HOST).map(([, auth]) => auth);
}

function pullSecretNames(pod: KubeObject): string[] {
  return ((pod.spec as PodSpec).imagePullSecrets ?? []).map((r) => r.name ?? '').filter((n) => n !== '');
}

/** The secret's registry entries keyed as the keyring keys them (scheme dropped, /v1/ and /v2/ ignored). */
function dockerConfigOf(secret: KubeObject): Array<[string, PullAuth]> {
  const data = (secret.data ?? {}) as Record<string, string>;
  const raw = secret.type === 'kubernetes.io/dockerconfigjson' ? data['.dockerconfigjson']
    : secret.type === 'kubernetes.io/dockercfg' ? data['.dockercfg'] : undefined;
  if (raw === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8Decode(decodeBase64(raw)));
  } catch {
    return [];
  }
  const entries = (secret.type === 'kubernetes.io/dockerconfigjson' ? (parsed as { auths?: unknown } | null)?.auths : parsed) ?? {};
  if (typeof entries !== 'object') return [];
  return Object.entries(entries as Record<string, DockerConfigEntry>).map(([loc, entry]) => [keyOf(loc), authOf(entry)]);
}

function authOf(entry: DockerConfigEntry): PullAuth {
  if (entry.username !== undefined || !entry.auth) return { username: entry.username ?? '', password: entry.password ?? '' };
  const pair = decodeText(entry.auth);
  const colon = pair.indexOf(':');
  return colon < 0 ? { username: '', password: '' } : { username: pair.slice(0, colon), password: pair.slice(colon + 1) };
}

function decodeText(b64: string): string {
  try {
    return utf8Decode(decodeBase64(b64));
  } catch {
    return '';
  }
}

function keyOf(loc: string): string {
  const { host, path } = splitUrl(loc);
  const effective = path.startsWith('/v2/') || path.startsWith('/v1/') ? path.slice(3) : path;
  return effective.length > 0 && effective !== '/' ? `${host}${effective}` : host;
}

function splitUrl(s: string): { host: string; path: string } {
  const rest = s.replace(/^https?:\/\//, '');
  const slash = rest.indexOf('/');
  return slash < 0 ? { host: rest, path: '' } : { host: rest.slice(0, slash), path: rest.slice(slash) };
}

/** URLsMatch: the same host (a `*.` label matches one label), and the key's path a prefix of the image's. */
function urlsMatch(key: string, target: string): boolean {
  const k = splitUrl(key);
  const t = splitUrl(target);
  const kLabels = k.host.split('.');
  const tLabels = t.host.split('.');
  if (kLabels.length !== tLabels.length) return false;
  if (!kLabels.every((l, i) => l === tLabels[i] || (l === '*' && tLabels[i] !== ''))) return false;
  return t.path.startsWith(k.path);
}

/** An image Docker Hub serves: no registry host in its first path component. */
function isDefaultRegistryMatch(image: string): boolean {
  const [first, rest] = [image.split('/')[0]!, image.includes('/')];
  if (first === '') return false;
  if (!rest || first === 'docker.io' || first === DEFAULT_REGISTRY_HOST) return true;
  return !/[.:]/.test(first);
}
