// The kubelet's volume manager for API-data volumes: SetUp before the sandbox (FailedMount, retried on
// exponential back-off), and the remount at each pod sync that brings a changed ConfigMap or Secret
// into running pods (not into env, not through subPath). Mirrors pkg/kubelet/volumemanager
// (reconciler, WaitForAttachAndMount) and the pod worker's periodic resync.

import type { PodSpec, Volume } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { issueBoundToken, type ObjectRef } from '../apiserver/auth/service-account-token.ts';
import { fnv32a } from '../base/names.ts';
import { DIR_MODE, emptyLayer, type FsEntry, type FsLayer } from '../infra/fs/layer.ts';
import { apiDataPayload, isApiDataVolume, type VolumeFiles } from './config-volumes.ts';
import type { KubeletContext } from './context.ts';
import type { PodRecord } from './state.ts';
import { postStatus } from './status-manager.ts';

/** nestedpendingoperations: 500 ms doubling to 2m2s between failed SetUp attempts. */
const MOUNT_RETRY_INITIAL_MS = 500;
const MOUNT_RETRY_MAX_MS = 122_000;
/** The pod worker resyncs every syncFrequency (1 min) with 0.5 jitter. */
const RESYNC_MS = 60_000;
const RESYNC_JITTER_MS = 30_000;
const RESYNC_STEPS_MAX = 1_000_000;
/** A serviceAccountToken projection without expirationSeconds gets the API's default, one hour. */
const DEFAULT_TOKEN_EXPIRATION_S = 3600;

/** Secrets and projected volumes are tmpfs (sticky, world-writable); the others plain directories. */
const TMPFS_ROOT_MODE = 0o1777;
const DISK_ROOT_MODE = 0o777;

export const MOUNT_FAILED = (volume: string, error: string): string => `MountVolume.SetUp failed for volume "${volume}" : ${error}`;

/**
 * SetUp of every API-data volume of the pod. Returns false (after the FailedMount events and a retry
 * on back-off) while one fails; the sandbox waits for all of them. Determinism: the layers themselves
 * are made when a container first uses them (the token's draw from the generator happens there).
 */
export function mountVolumes(ctx: KubeletContext, pod: KubeObject, rec: PodRecord): boolean {
  let failed = false;
  for (const vol of (pod.spec as PodSpec).volumes ?? []) {
    if (!isApiDataVolume(vol)) continue;
    const payload = apiDataPayload(ctx, pod, vol, () => '');
    if ('error' in payload) {
      ctx.event(pod, 'Warning', 'FailedMount', MOUNT_FAILED(vol.name, payload.error));
      failed = true;
    }
  }
  if (!failed) {
    rec.mountFailures = undefined;
    return true;
  }
  const failures = (rec.mountFailures ?? 0) + 1;
  rec.mountFailures = failures;
  ctx.schedule('sync', rec.uid, Math.min(MOUNT_RETRY_INITIAL_MS * 2 ** (failures - 1), MOUNT_RETRY_MAX_MS));
  postStatus(ctx, rec);
  return false;
}

/** A running pod's sync remounts its API-data volumes (those in use) with the objects' current content. */
export function remountVolumes(ctx: KubeletContext, pod: KubeObject, rec: PodRecord): void {
  for (const vol of (pod.spec as PodSpec).volumes ?? []) {
    const old = rec.volumes[vol.name];
    if (!old || !isApiDataVolume(vol)) continue;
    const made = apiDataLayer(ctx, pod, vol, old);
    if ('error' in made) ctx.event(pod, 'Warning', 'FailedMount', MOUNT_FAILED(vol.name, made.error));
    else if (!sameFiles(old, made.layer)) rec.volumes[vol.name] = made.layer;
  }
}

/** The pod uses the ConfigMap or Secret through a volume: the next periodic sync remounts it. */
export function scheduleRemount(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, kind: 'configmap' | 'secret', name: string): void {
  if (rec.stage !== 'running') return;
  if (!((pod.spec as PodSpec).volumes ?? []).some((v) => refersTo(v, kind, name))) return;
  ctx.schedule('sync', rec.uid, nextResyncMs(rec, ctx.clock.nowMs) - ctx.clock.nowMs);
}

function refersTo(vol: Volume, kind: 'configmap' | 'secret', name: string): boolean {
  if (kind === 'configmap' && vol.configMap?.name === name) return true;
  if (kind === 'secret' && vol.secret?.secretName === name) return true;
  return (vol.projected?.sources ?? []).some((s) => (kind === 'configmap' ? s.configMap?.name : s.secret?.name) === name);
}

/**
 * When the pod worker's next periodic sync falls. Determinism: the jitter is a hash of the pod's uid and
 * the step, so no draw from the seeded generator is spent on it.
 */
export function nextResyncMs(rec: PodRecord, nowMs: number): number {
  let t = rec.sandboxReadyMs ?? rec.startMs;
  for (let k = 0; k < RESYNC_STEPS_MAX && t <= nowMs; k++) t += RESYNC_MS + (fnv32a(`${rec.uid}/${k}`) % (RESYNC_JITTER_MS + 1));
  return t;
}

/** The layer holding an API-data volume's files now (a projected token is kept from `previous`). */
export function apiDataLayer(ctx: KubeletContext, pod: KubeObject, vol: Volume, previous: FsLayer | undefined): { layer: FsLayer } | { error: string } {
  const token = (path: string): string => {
    const kept = previous?.entries[`/${path}`];
    return kept?.t === 'f' ? kept.data : serviceAccountToken(ctx, pod, vol, path);
  };
  const payload = apiDataPayload(ctx, pod, vol, token);
  if ('error' in payload) return payload;
  const rootMode = vol.secret || vol.projected ? TMPFS_ROOT_MODE : DISK_ROOT_MODE;
  return { layer: filesLayer(payload.files, rootMode, ctx.clock.nowMs) };
}

function filesLayer(files: VolumeFiles, rootMode: number, nowMs: number): FsLayer {
  const layer = emptyLayer(nowMs, rootMode);
  for (const [path, file] of Object.entries(files)) {
    const parts = path.split('/').filter((p) => p !== '' && p !== '.');
    for (let i = 1; i < parts.length; i++) layer.entries[`/${parts.slice(0, i).join('/')}`] ??= { t: 'd', mode: DIR_MODE, mtimeMs: nowMs };
    if (parts.length > 0) layer.entries[`/${parts.join('/')}`] = { t: 'f', data: file.data, mode: file.mode, mtimeMs: nowMs };
  }
  return layer;
}

function sameFiles(a: FsLayer, b: FsLayer): boolean {
  const files = (l: FsLayer): string[] => Object.entries(l.entries)
    .filter((e): e is [string, Extract<FsEntry, { t: 'f' }>] => e[1].t === 'f')
    .map(([k, e]) => `${k}\u0000${e.mode}\u0000${e.data}`).sort();
  const fa = files(a);
  const fb = files(b);
  return fa.length === fb.length && fa.every((x, i) => x === fb[i]);
}

/** The token manager's TokenRequest: a token bound to the pod and this node, for the projection's expirationSeconds. */
function serviceAccountToken(ctx: KubeletContext, pod: KubeObject, vol: Volume, path: string): string {
  const namespace = pod.metadata.namespace ?? 'default';
  const saName = (pod.spec as PodSpec).serviceAccountName ?? 'default';
  const source = (vol.projected?.sources ?? []).find((s) => s.serviceAccountToken?.path === path)?.serviceAccountToken;
  const ref = (obj: KubeObject | undefined, name: string): ObjectRef => ({ name, uid: obj?.metadata.uid ?? '' });
  return issueBoundToken({
    namespace,
    serviceAccount: ref(ctx.client.get('/serviceaccounts', namespace, saName), saName),
    pod: ref(pod, pod.metadata.name ?? ''),
    node: ref(ctx.client.get('/nodes', undefined, ctx.node), ctx.node),
  }, ctx.clock.nowMs, source?.expirationSeconds ?? DEFAULT_TOKEN_EXPIRATION_S, () => ctx.rand.nextUint32());
}

/** The part of a volume's layer a subPath mount shows: a file, a directory, or (missing) an empty directory. */
export function subPathLayer(layer: FsLayer, subPath: string, nowMs: number): FsLayer {
  const key = `/${subPath.split('/').filter((p) => p !== '' && p !== '.').join('/')}`;
  const entry = layer.entries[key];
  if (entry?.t === 'f') return { entries: { '/': { ...entry } } };
  const out = emptyLayer(nowMs, entry?.t === 'd' ? entry.mode : DIR_MODE);
  for (const [k, e] of Object.entries(layer.entries)) if (k.startsWith(`${key}/`)) out.entries[k.slice(key.length)] = { ...e };
  return out;
}
