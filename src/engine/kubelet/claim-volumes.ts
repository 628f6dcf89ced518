// PersistentVolumeClaim volumes: the pod waits (no sandbox yet) until each claim is bound, then a
// claim mounts its volume's files — the node's directory for hostPath and local volumes (so data
// stays on that node), the storage backend's layer for network volumes (so it follows the pod to any
// node). Nothing is kept with the pod: files written survive its deletion. Mirrors the volume
// manager's WaitForAttachAndMount for the hostPath, local and network volume plugins.
// Deviation from upstream: no attach step and no Multi-Attach check — no volume type the simulation
// serves is attachable (hostPath, local and NFS volumes are not, in a real cluster either).

import type { PersistentVolumeClaimSpec, PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { emptyLayer, type FsLayer } from '../infra/fs/layer.ts';
import { volumeLocation } from '../storage/volume-data.ts';
import type { KubeletContext } from './context.ts';
import type { PodRecord } from './state.ts';

/** The volume manager's populator loop looks again this often while a claim is not bound. */
const CLAIM_RETRY_MS = 1_000;

function boundVolume(ctx: KubeletContext, namespace: string, claimName: string): KubeObject | undefined {
  const pvc = ctx.client.get('/persistentvolumeclaims', namespace, claimName);
  const volumeName = (pvc?.spec as PersistentVolumeClaimSpec | undefined)?.volumeName;
  if (!pvc || !volumeName || (pvc.status as { phase?: string } | undefined)?.phase !== 'Bound') return undefined;
  return ctx.client.get('/persistentvolumes', undefined, volumeName);
}

/** Every claim the pod mounts is bound to an existing volume; otherwise the pod's sync is retried. */
export function claimsReady(ctx: KubeletContext, pod: KubeObject, rec: PodRecord): boolean {
  const claims = ((pod.spec as PodSpec).volumes ?? []).flatMap((v) => (v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : []));
  if (claims.every((name) => boundVolume(ctx, rec.namespace, name))) return true;
  ctx.schedule('sync', rec.uid, CLAIM_RETRY_MS);
  return false;
}

/** The files behind a claim: its volume's, wherever they live. */
export function claimLayer(ctx: KubeletContext, pod: KubeObject, claimName: string): FsLayer | undefined {
  const pv = boundVolume(ctx, pod.metadata.namespace!, claimName);
  if (!pv) return undefined;
  const nowMs = ctx.clock.nowMs;
  const where = volumeLocation(pv);
  if (where.kind === 'node') return (ctx.runtime.hostPaths[where.path] ??= emptyLayer(nowMs));
  return ctx.volumeData ? ctx.volumeData.layer(where.key, nowMs) : undefined;
}
