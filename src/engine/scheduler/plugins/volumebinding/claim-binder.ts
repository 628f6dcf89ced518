// The VolumeBinder over the API: a node fits a pod's claims when their bound volumes' node affinity
// admits it and each claim waiting for its first consumer has a matching volume there or a class
// that can provision there; once a node is chosen, matching volumes are bound (claimRef) and the
// others are annotated with the selected node for their provisioner. Mirrors binder.go
// (FindPodVolumes, checkBoundClaims, findMatchingVolumes, checkVolumeProvisions, BindPodVolumes; v1.31).
// Deviation from upstream: PreBind does not wait for the claims to be bound before the pod is bound
// to its node; the kubelet waits for them instead.

import type { StorageClass } from 'kubernetes-types/storage/v1';
import { isStatusError } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { clone } from '../../../base/json.ts';
import type { ApiClient } from '../../../client/client.ts';
import {
  ANN_BOUND_BY_CONTROLLER, ANN_SELECTED_NODE, NO_PROVISIONER, claimClass, claimSpec, findMatchingVolume, volumeFitsNode,
} from '../../../controllers/volume/persistentvolume/util.ts';
import type { NodeInfo } from '../../cache/node-info.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import { termMatches, type NodeView } from '../../util/node-selector.ts';
import type { PodVolumeClaims, VolumeBinder } from './binder.ts';
import { ERR_REASON_BIND_CONFLICT, ERR_REASON_NODE_CONFLICT } from './plugin.ts';

const view = (node: NodeInfo): NodeView => ({ name: node.name, labels: node.labels });

export class ClaimVolumeBinder implements VolumeBinder {
  constructor(private readonly client: ApiClient) {}

  findPodVolumes(_pod: PodInfo, claims: PodVolumeClaims, node: NodeInfo): readonly string[] {
    const reasons: string[] = [];
    const at = view(node);
    for (const pvc of claims.bound) {
      const pv = this.client.get('/persistentvolumes', undefined, claimSpec(pvc).volumeName ?? '');
      if (pv && !volumeFitsNode(pv, at)) {
        reasons.push(ERR_REASON_NODE_CONFLICT);
        break;
      }
    }
    const { unmatched } = this.matchVolumes(claims.unboundDelayBinding, at);
    if (unmatched.some((pvc) => !this.canProvision(pvc, at))) reasons.push(ERR_REASON_BIND_CONFLICT);
    return reasons;
  }

  bindPodVolumes(_pod: PodInfo, claims: PodVolumeClaims, nodeName: string): void {
    const node = this.client.get('/nodes', undefined, nodeName);
    const at: NodeView = { name: nodeName, labels: node?.metadata.labels };
    const { matched, unmatched } = this.matchVolumes(claims.unboundDelayBinding, at);
    for (const [pvc, pv] of matched) this.preBind(pv, pvc);
    for (const pvc of unmatched) this.selectNode(pvc, nodeName);
  }

  /** findMatchingVolumes: a distinct volume for each claim where one fits the node. */
  private matchVolumes(claims: readonly KubeObject[], node: NodeView): { matched: Array<[KubeObject, KubeObject]>; unmatched: KubeObject[] } {
    const volumes = this.client.list('/persistentvolumes');
    const chosen = new Set<string>();
    const matched: Array<[KubeObject, KubeObject]> = [];
    const unmatched: KubeObject[] = [];
    for (const pvc of claims) {
      const pv = findMatchingVolume(pvc, volumes, node, true, chosen);
      if (pv) {
        chosen.add(pv.metadata.name!);
        matched.push([pvc, pv]);
      } else unmatched.push(pvc);
    }
    return { matched, unmatched };
  }

  /** checkVolumeProvisions: the class exists, has a real provisioner, and its allowed topologies admit the node. */
  private canProvision(pvc: KubeObject, node: NodeView): boolean {
    const sc = this.client.get('storage.k8s.io/storageclasses', undefined, claimClass(pvc)) as (KubeObject & StorageClass) | undefined;
    if (!sc || sc.provisioner === NO_PROVISIONER) return false;
    const topologies = sc.allowedTopologies ?? [];
    if (topologies.length === 0) return true;
    return topologies.some((t) => termMatches({
      matchExpressions: (t.matchLabelExpressions ?? []).map((e) => ({ key: e.key, operator: 'In', values: e.values })),
    }, node));
  }

  private preBind(pv: KubeObject, pvc: KubeObject): void {
    const next = clone(pv);
    (next.spec as Record<string, unknown>).claimRef = {
      kind: 'PersistentVolumeClaim', namespace: pvc.metadata.namespace, name: pvc.metadata.name, uid: pvc.metadata.uid,
      apiVersion: 'v1', resourceVersion: pvc.metadata.resourceVersion,
    };
    next.metadata.annotations = { ...next.metadata.annotations, [ANN_BOUND_BY_CONTROLLER]: 'yes' };
    this.tryUpdate('/persistentvolumes', next);
  }

  private selectNode(pvc: KubeObject, nodeName: string): void {
    if (pvc.metadata.annotations?.[ANN_SELECTED_NODE] === nodeName) return;
    const next = clone(pvc);
    next.metadata.annotations = { ...next.metadata.annotations, [ANN_SELECTED_NODE]: nodeName };
    this.tryUpdate('/persistentvolumeclaims', next);
  }

  private tryUpdate(resource: '/persistentvolumes' | '/persistentvolumeclaims', obj: KubeObject): void {
    try {
      this.client.update(resource, obj);
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  }
}
