// The kubeconfig as `kubectl config` reads and writes it (client-go clientcmd/api/v1): entries
// sorted by name, the Go structs' fields (cluster `server` and context `cluster`/`user` always,
// everything else only when set), empty lists as null, YAML with sorted keys; and the redaction
// `config view` applies without --raw (DATA+OMITTED, REDACTED).

import { isPlainObject } from '../../../../engine/index.ts';
import { resolvePath } from '../../../fs/virtual-fs.ts';
import type { KubectlContext } from '../../command.ts';
import { serializeKubeconfig, type Kubeconfig, type NamedContext } from '../../kubeconfig.ts';

type Fields = Record<string, unknown>;

/** Go struct field order of clientcmd v1 Cluster, AuthInfo and Context; `true` marks no omitempty. */
const CLUSTER_FIELDS: ReadonlyArray<readonly [string, boolean?]> = [
  ['server', true], ['tls-server-name'], ['insecure-skip-tls-verify'], ['certificate-authority'], ['certificate-authority-data'],
  ['proxy-url'], ['disable-compression'], ['extensions'],
];
const USER_FIELDS: ReadonlyArray<readonly [string, boolean?]> = [
  ['client-certificate'], ['client-certificate-data'], ['client-key'], ['client-key-data'], ['token'], ['tokenFile'], ['as'],
  ['as-uid'], ['as-groups'], ['as-user-extra'], ['username'], ['password'], ['auth-provider'], ['exec'], ['extensions'],
];
const CONTEXT_FIELDS: ReadonlyArray<readonly [string, boolean?]> = [['cluster', true], ['user', true], ['namespace'], ['extensions']];
const PREFERENCE_FIELDS: ReadonlyArray<readonly [string, boolean?]> = [['colors'], ['extensions']];

/** []byte fields, shown as DATA+OMITTED, and secrets, shown as REDACTED, by `config view`. */
export const DATA_FIELDS = ['certificate-authority-data', 'client-certificate-data', 'client-key-data'];
const SECRET_FIELDS = ['token', 'password'];
export const DATA_OMITTED = 'DATA+OMITTED';
export const REDACTED = 'REDACTED';

/** A mutable copy of the kubeconfig the command loaded, with absent lists as empty ones. */
export function loadConfig(ctx: KubectlContext): Kubeconfig {
  const cfg = structuredCopy(ctx.kubeconfig);
  return {
    ...cfg,
    clusters: listOf(cfg.clusters).map((c) => ({ name: String(c.name ?? ''), cluster: fieldsOf(c.cluster) })),
    contexts: listOf(cfg.contexts).map((c) => ({ name: String(c.name ?? ''), context: fieldsOf(c.context) as NamedContext['context'] })),
    users: listOf(cfg.users).map((u) => ({ name: String(u.name ?? ''), user: fieldsOf(u.user) })),
    'current-context': typeof cfg['current-context'] === 'string' ? cfg['current-context'] : '',
    preferences: fieldsOf(cfg.preferences),
  };
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function listOf(value: unknown): Fields[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

function fieldsOf(value: unknown): Fields {
  return isPlainObject(value) ? { ...value } : {};
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isPlainObject(value) && Object.keys(value).length === 0;
}

function shaped(fields: Fields, order: ReadonlyArray<readonly [string, boolean?]>): Fields {
  const out: Fields = {};
  for (const [key, always] of order) {
    if (always) out[key] = fields[key] ?? '';
    else if (!isEmpty(fields[key])) out[key] = fields[key];
  }
  return out;
}

function byName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** clientcmd v1 Config in Go struct order, as `config view -o json` prints it and the file stores it. */
export function goShape(cfg: Kubeconfig): Fields {
  const list = <T>(items: T[]): T[] | null => (items.length === 0 ? null : items);
  return {
    kind: 'Config',
    apiVersion: 'v1',
    preferences: shaped(cfg.preferences, PREFERENCE_FIELDS),
    clusters: list(byName(cfg.clusters).map((c) => ({ name: c.name, cluster: shaped(c.cluster, CLUSTER_FIELDS) }))),
    users: list(byName(cfg.users).map((u) => ({ name: u.name, user: shaped(u.user, USER_FIELDS) }))),
    contexts: list(byName(cfg.contexts).map((c) => ({ name: c.name, context: shaped(c.context as Fields, CONTEXT_FIELDS) }))),
    'current-context': cfg['current-context'],
  };
}

/** ShortenConfig + RedactSecrets: what `config view` shows without --raw. */
export function redacted(cfg: Kubeconfig): Kubeconfig {
  const hide = (fields: Fields): Fields => {
    const out = { ...fields };
    for (const key of DATA_FIELDS) if (!isEmpty(out[key])) out[key] = DATA_OMITTED;
    for (const key of SECRET_FIELDS) if (!isEmpty(out[key])) out[key] = REDACTED;
    return out;
  };
  return {
    ...cfg,
    clusters: cfg.clusters.map((c) => ({ name: c.name, cluster: hide(c.cluster) })),
    users: cfg.users.map((u) => ({ name: u.name, user: hide(u.user) })),
  };
}

/** Writes the kubeconfig back (creating its directory) in kubectl's format — only when it changed. */
export function saveConfig(ctx: KubectlContext, cfg: Kubeconfig): void {
  const shape = goShape(cfg);
  if (ctx.fs.exists(ctx.kubeconfigPath) && JSON.stringify(shape) === JSON.stringify(goShape(loadConfig(ctx)))) return;
  const dir = configDir(ctx);
  if (!ctx.fs.exists(dir)) ctx.fs.mkdir(dir, { parents: true });
  ctx.fs.writeFile(ctx.kubeconfigPath, serializeKubeconfig(shape as unknown as Kubeconfig));
}

/** The directory of the kubeconfig file: relative paths in it are relative to that. */
export function configDir(ctx: KubectlContext): string {
  return ctx.kubeconfigPath.slice(0, ctx.kubeconfigPath.lastIndexOf('/')) || '/';
}

/**
 * A path typed on the command line as kubectl stores it: made absolute, then relative to the file's
 * directory when it lies below it (RelativizePathWithNoBacksteps).
 */
export function storedPath(ctx: KubectlContext, typed: string): string {
  const abs = resolvePath(ctx.cwd, typed, ctx.home);
  const dir = configDir(ctx);
  return abs.startsWith(`${dir}/`) ? abs.slice(dir.length + 1) : abs;
}

/** A path stored in the kubeconfig, resolved against the file's directory. */
export function resolveStoredPath(ctx: KubectlContext, stored: string): string {
  return resolvePath(configDir(ctx), stored, ctx.home);
}
