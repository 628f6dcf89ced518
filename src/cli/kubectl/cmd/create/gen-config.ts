// `kubectl create configmap` and `kubectl create secret generic|docker-registry|tls`
// (create_configmap.go, create_secret.go, create_secret_docker.go, create_secret_tls.go).

import type { KubeObject } from '../../../../engine/index.ts';
import { resolvePath } from '../../../fs/virtual-fs.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { base64Encode } from '../../util/base64.ts';
import { goJson } from '../../util/last-applied.ts';
import { CREATE_CONFIGMAP_HELP } from './help-create.ts';
import { CREATE_SECRET_DOCKER_REGISTRY_HELP, CREATE_SECRET_GENERIC_HELP, CREATE_SECRET_TLS_HELP } from './help-secret.ts';
import { configKeyErrors, envFileEntries, ERR_ENV_WITH_OTHERS, fileEntries, literalEntry, type SourceEntry } from './file-sources.ts';
import { newObject, type GeneratorSpec } from './generator.ts';
import { keyPairError } from './tls-pair.ts';

export const ERR_CM_KEY = (key: string, errs: readonly string[]): string => `"${key}" is not a valid key name for a ConfigMap: ${errs.join(',')}`;
export const ERR_CM_DUPLICATE = (key: string, name: string): string => `cannot add key "${key}", another key by that name already exists in Data for ConfigMap "${name}"`;
export const ERR_SECRET_KEY = (key: string, errs: readonly string[]): string => `"${key}" is not valid key name for a Secret ${errs.join(';')}`;
export const ERR_SECRET_DUPLICATE = (key: string): string => `cannot add key ${key}, another key by that name already exists`;
export const ERR_DOCKER_FLAGS = 'either --from-file or the combination of --docker-username, --docker-password and --docker-server is required';
export const ERR_TLS_FLAGS = 'key and cert must be specified';
export const ERR_TLS_READ = (path: string): string => `Cannot read file ${path}, open ${path}: no such file or directory`;

const DEFAULT_DOCKER_SERVER = 'https://index.docker.io/v1/';

function sourcesOf(ctx: KubectlContext, parsed: ParsedArgs, literalFirst: boolean, envDirError: string): SourceEntry[] {
  const literals = flagList(parsed, 'from-literal');
  const files = flagList(parsed, 'from-file');
  const envFiles = flagList(parsed, 'from-env-file');
  if (envFiles.length > 0 && (files.length > 0 || literals.length > 0)) throw new KubectlError(ERR_ENV_WITH_OTHERS);
  const fromLiterals = (): SourceEntry[] => literals.map(literalEntry);
  const fromFiles = (): SourceEntry[] => files.flatMap((f) => fileEntries(ctx, f));
  const ordered = literalFirst ? [...fromLiterals(), ...fromFiles()] : [...fromFiles(), ...fromLiterals()];
  return [...ordered, ...envFiles.flatMap((f) => envFileEntries(ctx, f, envDirError))];
}

export const CONFIGMAP_GENERATOR: GeneratorSpec = {
  name: 'configmap', path: 'kubectl create configmap', help: CREATE_CONFIGMAP_HELP, resource: '/configmaps',
  wrap: 'failed to create configmap: ',
  build: ({ ctx, parsed, name }) => {
    const data: Record<string, string> = {};
    for (const { key, value } of sourcesOf(ctx, parsed, false, 'env config file cannot be a directory')) {
      const errs = configKeyErrors(key);
      if (errs.length > 0) throw new KubectlError(ERR_CM_KEY(key, errs));
      if (key in data) throw new KubectlError(ERR_CM_DUPLICATE(key, name));
      data[key] = value;
    }
    return newObject('v1', 'ConfigMap', name, Object.keys(data).length > 0 ? { data } : {});
  },
};

function secretData(entries: readonly SourceEntry[]): Record<string, string> {
  const data: Record<string, string> = {};
  for (const { key, value } of entries) {
    const errs = configKeyErrors(key);
    if (errs.length > 0) throw new KubectlError(ERR_SECRET_KEY(key, errs));
    if (key in data) throw new KubectlError(ERR_SECRET_DUPLICATE(key));
    data[key] = base64Encode(value);
  }
  return data;
}

function secret(name: string, type: string, data: Record<string, string>): KubeObject {
  return newObject('v1', 'Secret', name, { ...(Object.keys(data).length > 0 ? { data } : {}), ...(type ? { type } : {}) });
}

export const SECRET_GENERIC_GENERATOR: GeneratorSpec = {
  name: 'generic', path: 'kubectl create secret generic', help: CREATE_SECRET_GENERIC_HELP, resource: '/secrets',
  wrap: 'failed to create secret ',
  build: ({ ctx, parsed, name }) =>
    secret(name, flagString(parsed, 'type'), secretData(sourcesOf(ctx, parsed, true, 'env secret file cannot be a directory'))),
};

export const SECRET_DOCKER_GENERATOR: GeneratorSpec = {
  name: 'docker-registry', path: 'kubectl create secret docker-registry', help: CREATE_SECRET_DOCKER_REGISTRY_HELP,
  resource: '/secrets', wrap: 'failed to create secret ',
  build: ({ ctx, parsed, name }) => {
    const files = flagList(parsed, 'from-file');
    const username = flagString(parsed, 'docker-username');
    const password = flagString(parsed, 'docker-password');
    const server = flagString(parsed, 'docker-server') || DEFAULT_DOCKER_SERVER;
    if (files.length === 0 && (username === '' || password === '')) throw new KubectlError(ERR_DOCKER_FLAGS);
    if (files.length > 0) return secret(name, 'kubernetes.io/dockerconfigjson', secretData(files.flatMap((f) => fileEntries(ctx, f))));
    const email = flagString(parsed, 'docker-email');
    const entry = { username, password, ...(email ? { email } : {}), auth: base64Encode(`${username}:${password}`) };
    const json = `{"auths":{${goJson(server)}:${entryJson(entry)}}}`;
    return secret(name, 'kubernetes.io/dockerconfigjson', { '.dockerconfigjson': base64Encode(json) });
  },
};

/** Go encodes the DockerConfigEntry struct in field order, not sorted. */
function entryJson(entry: Record<string, string>): string {
  return `{${Object.entries(entry).map(([k, v]) => `${JSON.stringify(k)}:${goJson(v)}`).join(',')}}`;
}

export const SECRET_TLS_GENERATOR: GeneratorSpec = {
  name: 'tls', path: 'kubectl create secret tls', help: CREATE_SECRET_TLS_HELP, resource: '/secrets',
  wrap: 'failed to create secret ',
  build: ({ ctx, parsed, name }) => {
    const certPath = flagString(parsed, 'cert');
    const keyPath = flagString(parsed, 'key');
    if (certPath === '' || keyPath === '') throw new KubectlError(ERR_TLS_FLAGS);
    const cert = readTlsFile(ctx, certPath);
    const key = readTlsFile(ctx, keyPath);
    const problem = keyPairError(cert, key);
    if (problem !== undefined) throw new KubectlError(problem);
    return secret(name, 'kubernetes.io/tls', { 'tls.crt': base64Encode(cert), 'tls.key': base64Encode(key) });
  },
};

function readTlsFile(ctx: KubectlContext, path: string): string {
  const abs = resolvePath(ctx.cwd, path, ctx.home);
  if (ctx.fs.stat(abs)?.type !== 'file') throw new KubectlError(ERR_TLS_READ(path));
  return ctx.fs.readFile(abs);
}
