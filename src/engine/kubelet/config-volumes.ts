// The API-data volumes (configMap, secret, downwardAPI, projected): the files they hold with their
// modes, and why their SetUp fails. Mirrors pkg/volume/configmap, secret, downwardapi and projected
// (MakePayload, the `configmap "x" not found` / `references non-existent … key` errors).

import type { DownwardAPIVolumeFile, KeyToPath, PodSpec, Volume, VolumeProjection } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { decodeBase64 } from '../base/base64.ts';
import { utf8Decode } from '../base/utf8.ts';
import type { KubeletContext } from './context.ts';
import { fieldValue, resourceFieldValue } from './downward.ts';

export interface VolumeFile {
  readonly data: string;
  readonly mode: number;
}

export type VolumeFiles = Record<string, VolumeFile>;

export type Payload = { readonly files: VolumeFiles } | { readonly error: string };

/** Files and directories of these volumes are 0644 unless defaultMode or an item's mode says otherwise. */
const DEFAULT_FILE_MODE = 0o644;

export const ERR_CM_KEY = (key: string): string => `configmap references non-existent config key: ${key}`;
export const ERR_SECRET_KEY = (key: string): string => `references non-existent secret key: ${key}`;
export const ERR_NOT_FOUND = (kind: 'configmap' | 'secret', name: string): string => `${kind} "${name}" not found`;

/** Whether the volume's content comes from the API (and is kept up to date by the kubelet). */
export function isApiDataVolume(vol: Volume): boolean {
  return !!(vol.configMap || vol.secret || vol.downwardAPI || vol.projected);
}

/** The volume's files now, or the SetUp error; `token` supplies a projected service-account token. */
export function apiDataPayload(ctx: KubeletContext, pod: KubeObject, vol: Volume, token: (path: string) => string): Payload {
  if (vol.configMap) {
    const { name = '', items, defaultMode, optional } = vol.configMap;
    return sourcePayload(ctx, pod, 'configmap', name, items, defaultMode ?? DEFAULT_FILE_MODE, optional === true);
  }
  if (vol.secret) {
    const { secretName = '', items, defaultMode, optional } = vol.secret;
    return sourcePayload(ctx, pod, 'secret', secretName, items, defaultMode ?? DEFAULT_FILE_MODE, optional === true);
  }
  if (vol.downwardAPI) return { files: downwardFiles(ctx, pod, vol.downwardAPI.items ?? [], vol.downwardAPI.defaultMode ?? DEFAULT_FILE_MODE) };
  const files: VolumeFiles = {};
  for (const source of vol.projected?.sources ?? []) {
    const part = projectionPayload(ctx, pod, source, vol.projected?.defaultMode ?? DEFAULT_FILE_MODE, token);
    if ('error' in part) return part;
    Object.assign(files, part.files);
  }
  return { files };
}

function projectionPayload(ctx: KubeletContext, pod: KubeObject, source: VolumeProjection, mode: number, token: (path: string) => string): Payload {
  if (source.configMap) {
    const { name = '', items, optional } = source.configMap;
    return sourcePayload(ctx, pod, 'configmap', name, items, mode, optional === true);
  }
  if (source.secret) {
    const { name = '', items, optional } = source.secret;
    return sourcePayload(ctx, pod, 'secret', name, items, mode, optional === true);
  }
  if (source.downwardAPI) return { files: downwardFiles(ctx, pod, source.downwardAPI.items ?? [], mode) };
  if (source.serviceAccountToken) {
    const path = source.serviceAccountToken.path;
    return { files: { [path]: { data: token(path), mode } } };
  }
  return { files: {} };
}

/** MakePayload: every key (or the listed items) as a file; a missing object or key fails unless optional. */
function sourcePayload(
  ctx: KubeletContext, pod: KubeObject, kind: 'configmap' | 'secret', name: string,
  items: readonly KeyToPath[] | undefined, mode: number, optional: boolean,
): Payload {
  const obj = ctx.client.get(kind === 'configmap' ? '/configmaps' : '/secrets', pod.metadata.namespace!, name);
  if (!obj && !optional) return { error: ERR_NOT_FOUND(kind, name) };
  const data = obj ? objectData(obj, kind) : {};
  const files: VolumeFiles = {};
  if (!items || items.length === 0) {
    for (const [k, v] of Object.entries(data)) files[k] = { data: v, mode };
    return { files };
  }
  for (const item of items) {
    const value = data[item.key];
    if (value === undefined) {
      if (optional) continue;
      return { error: kind === 'configmap' ? ERR_CM_KEY(item.key) : ERR_SECRET_KEY(item.key) };
    }
    files[item.path] = { data: value, mode: item.mode ?? mode };
  }
  return { files };
}

/** A ConfigMap's data and binaryData, or a Secret's decoded data, by key. */
export function objectData(obj: KubeObject, kind: 'configmap' | 'secret'): Record<string, string> {
  const data = (obj.data ?? {}) as Record<string, string>;
  if (kind === 'configmap') {
    const binary = (obj.binaryData ?? {}) as Record<string, string>;
    return { ...data, ...Object.fromEntries(Object.entries(binary).map(([k, v]) => [k, decodeText(v)])) };
  }
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, decodeText(v)]));
}

function decodeText(v: string): string {
  try {
    return utf8Decode(decodeBase64(v));
  } catch {
    return '';
  }
}

/** downwardAPI items: a field's value, labels and annotations as `key="value"` lines. */
function downwardFiles(ctx: KubeletContext, pod: KubeObject, items: readonly DownwardAPIVolumeFile[], mode: number): VolumeFiles {
  const files: VolumeFiles = {};
  for (const item of items) {
    const path = item.fieldRef?.fieldPath ?? '';
    const map = path === 'metadata.labels' ? pod.metadata.labels : path === 'metadata.annotations' ? pod.metadata.annotations : undefined;
    const data = map
      ? Object.keys(map).sort().map((k) => `${k}=${JSON.stringify(map[k])}`).join('\n')
      : item.fieldRef ? fieldValue(pod, path) : resourceText(ctx, pod, item);
    files[item.path] = { data, mode: item.mode ?? mode };
  }
  return files;
}

function resourceText(ctx: KubeletContext, pod: KubeObject, item: DownwardAPIVolumeFile): string {
  const ref = item.resourceFieldRef;
  if (!ref) return '';
  const spec = (pod.spec as PodSpec).containers.find((c) => c.name === ref.containerName) ?? (pod.spec as PodSpec).containers[0]!;
  return resourceFieldValue(ctx, spec, ref);
}
