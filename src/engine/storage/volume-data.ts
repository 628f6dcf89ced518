// The storage backend behind network volumes (NFS exports, CSI and cloud disks): one file layer per
// volume, outside any node, so what a pod writes is there for the next pod on any node. Plain data,
// part of every cluster snapshot. Node-local volumes (hostPath, local, local-path) live with their
// node's hostPath directories instead (NodeRuntime.hostPaths).

import type { PersistentVolumeSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { emptyLayer, VOLUME_DIR_MODE, type FsLayer } from '../infra/fs/layer.ts';

export type VolumeDataSnapshot = Readonly<Record<string, FsLayer>>;

/** Where a volume's files are: a directory of the node the pod runs on, or the backend under a key. */
export type VolumeLocation = { readonly kind: 'node'; readonly path: string } | { readonly kind: 'backend'; readonly key: string };

/** The location of a PersistentVolume's data, from its source. */
export function volumeLocation(pv: KubeObject): VolumeLocation {
  const spec = (pv.spec ?? {}) as PersistentVolumeSpec;
  if (spec.hostPath) return { kind: 'node', path: spec.hostPath.path };
  if (spec.local) return { kind: 'node', path: spec.local.path };
  if (spec.nfs) return { kind: 'backend', key: `nfs://${spec.nfs.server}${spec.nfs.path}` };
  if (spec.csi) return { kind: 'backend', key: `csi://${spec.csi.driver}/${spec.csi.volumeHandle}` };
  return { kind: 'backend', key: `pv://${pv.metadata.name}` };
}

export class VolumeData {
  private layers: Record<string, FsLayer> = {};

  /** The volume's files, made empty on first use. */
  layer(key: string, nowMs: number): FsLayer {
    return (this.layers[key] ??= emptyLayer(nowMs, VOLUME_DIR_MODE));
  }

  drop(key: string): void {
    delete this.layers[key];
  }

  snapshot(): VolumeDataSnapshot {
    return this.layers;
  }

  restore(snap: VolumeDataSnapshot): void {
    this.layers = { ...snap };
  }
}
