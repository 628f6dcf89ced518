// The pods nominated to nodes: pending pods whose status.nominatedNodeName names the node their
// preemption made room on. Filters count them as present for pods of lower priority.
// Mirrors the PodNominator of internal/queue/scheduling_queue.go; rebuilt from the API.

import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types.ts';
import { newPodInfo, type PodInfo } from '../cache/pod-info.ts';
import type { Nominator } from './runtime.ts';

const NONE: readonly PodInfo[] = [];

export class PodNominator implements Nominator {
  private readonly byNode = new Map<string, Map<string, PodInfo>>();
  private readonly nodeOf = new Map<string, string>();

  /** Follows a pod: nominated while it is unbound and names a node. */
  set(pod: KubeObject): void {
    const uid = pod.metadata.uid!;
    this.delete(uid);
    const nominated = ((pod.status ?? {}) as NonNullable<Pod['status']>).nominatedNodeName;
    const bound = (pod.spec as { nodeName?: string } | undefined)?.nodeName;
    if (!nominated || bound || pod.metadata.deletionTimestamp) return;
    const pods = this.byNode.get(nominated) ?? new Map<string, PodInfo>();
    pods.set(uid, newPodInfo(pod));
    this.byNode.set(nominated, pods);
    this.nodeOf.set(uid, nominated);
  }

  delete(uid: string): void {
    const node = this.nodeOf.get(uid);
    if (node === undefined) return;
    this.nodeOf.delete(uid);
    const pods = this.byNode.get(node)!;
    pods.delete(uid);
    if (pods.size === 0) this.byNode.delete(node);
  }

  clear(): void {
    this.byNode.clear();
    this.nodeOf.clear();
  }

  nominatedPods(nodeName: string): readonly PodInfo[] {
    if (this.nodeOf.size === 0) return NONE;
    const pods = this.byNode.get(nodeName);
    return pods ? [...pods.values()] : NONE;
  }
}
