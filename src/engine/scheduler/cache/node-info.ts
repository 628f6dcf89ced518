// A node and what is on it: its pods, the resources they request (and their "non-zero" requests),
// the host ports in use and the images present. Updated incrementally as pods come and go.
// Mirrors framework.NodeInfo (AddPodInfo/RemovePod/SetNode, HostPortInfo).

import type { Taint } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types.ts';
import { allocatableOf, accumulate, cloneResources, emptyResources, type Resources } from './resources.ts';
import { hasAffinity, type HostPort, type PodInfo } from './pod-info.ts';

type Labels = Readonly<Record<string, string>>;

const EMPTY_LABELS: Labels = Object.freeze({});

export const ANY_IP = '0.0.0.0';

export class NodeInfo {
  node: KubeObject | undefined;
  labels: Labels = EMPTY_LABELS;
  taints: readonly Taint[] = [];
  unschedulable = false;
  allocatable: Resources = emptyResources();
  requested: Resources = emptyResources();
  nonZeroMilliCpu = 0;
  nonZeroMemory = 0;
  pods: PodInfo[] = [];
  podsWithAffinity = 0;
  podsWithRequiredAntiAffinity = 0;
  /** `<protocol>/<port>` → host IPs in use (with multiplicity). */
  usedPorts = new Map<string, string[]>();
  /** The node's images by every name it lists, with the image's size in bytes. */
  imageSizes: ReadonlyMap<string, number> = new Map();
  private readonly index = new Map<string, number>();
  /**
   * Counts of this node's pods matching a selector, by a key of the caller's; emptied when the pods
   * change. A count may read only the pods' namespace, labels and terminating flag.
   */
  private readonly counts = new Map<string, number>();
  /** Set while `replacePod` swaps in a version of a pod those three facts are the same for. */
  private keepCounts = false;

  constructor(readonly name: string) {}

  setNode(node: KubeObject): void {
    this.node = node;
    this.labels = node.metadata.labels ?? EMPTY_LABELS;
    const spec = (node.spec ?? {}) as { taints?: Taint[]; unschedulable?: boolean };
    this.taints = spec.taints ?? [];
    this.unschedulable = spec.unschedulable === true;
    const status = (node.status ?? {}) as { allocatable?: Record<string, unknown>; images?: Array<{ names?: string[]; sizeBytes?: number }> };
    this.allocatable = allocatableOf(status.allocatable);
    const sizes = new Map<string, number>();
    for (const image of status.images ?? []) for (const n of image.names ?? []) sizes.set(n, image.sizeBytes ?? 0);
    this.imageSizes = sizes;
  }

  pod(uid: string): PodInfo | undefined {
    const i = this.index.get(uid);
    return i === undefined ? undefined : this.pods[i];
  }

  addPod(p: PodInfo): void {
    this.index.set(p.uid, this.pods.length);
    this.pods.push(p);
    this.account(p, 1);
    if (!this.keepCounts) this.counts.clear();
  }

  /** removePod then addPod of a pod's new version; the counts stay when what they read is unchanged. */
  replacePod(p: PodInfo): void {
    const old = this.pod(p.uid);
    this.keepCounts = old !== undefined && old.namespace === p.namespace && old.labels === p.labels && old.terminating === p.terminating;
    this.removePod(p.uid);
    this.addPod(p);
    this.keepCounts = false;
  }

  /** Removes the pod with this uid (swapping the last pod into its place, as upstream). */
  removePod(uid: string): PodInfo | undefined {
    const i = this.index.get(uid);
    if (i === undefined) return undefined;
    const p = this.pods[i]!;
    const last = this.pods.pop()!;
    if (last !== p) {
      this.pods[i] = last;
      this.index.set(last.uid, i);
    }
    this.index.delete(uid);
    this.account(p, -1);
    if (!this.keepCounts) this.counts.clear();
    return p;
  }

  /** `count()` for `key`, remembered until a pod is added or removed. */
  countOf(key: string, count: () => number): number {
    let n = this.counts.get(key);
    if (n === undefined) this.counts.set(key, (n = count()));
    return n;
  }

  /** A copy whose pods and sums can change without touching this one (preemption's what-if). */
  clone(): NodeInfo {
    const c = new NodeInfo(this.name);
    c.node = this.node;
    c.labels = this.labels;
    c.taints = this.taints;
    c.unschedulable = this.unschedulable;
    c.allocatable = this.allocatable;
    c.imageSizes = this.imageSizes;
    c.requested = cloneResources(this.requested);
    c.nonZeroMilliCpu = this.nonZeroMilliCpu;
    c.nonZeroMemory = this.nonZeroMemory;
    c.podsWithAffinity = this.podsWithAffinity;
    c.podsWithRequiredAntiAffinity = this.podsWithRequiredAntiAffinity;
    for (const [k, ips] of this.usedPorts) c.usedPorts.set(k, [...ips]);
    for (const p of this.pods) {
      c.index.set(p.uid, c.pods.length);
      c.pods.push(p);
    }
    return c;
  }

  private account(p: PodInfo, sign: 1 | -1): void {
    accumulate(this.requested, p.requests, sign);
    this.nonZeroMilliCpu += sign * p.nonZeroMilliCpu;
    this.nonZeroMemory += sign * p.nonZeroMemory;
    if (hasAffinity(p)) this.podsWithAffinity += sign;
    if (p.requiredAntiAffinityTerms.length > 0) this.podsWithRequiredAntiAffinity += sign;
    for (const hp of p.hostPorts) {
      const key = `${hp.protocol}/${hp.port}`;
      const ips = this.usedPorts.get(key) ?? [];
      if (sign > 0) ips.push(hp.ip);
      else ips.splice(ips.indexOf(hp.ip), 1);
      if (ips.length > 0) this.usedPorts.set(key, ips);
      else this.usedPorts.delete(key);
    }
  }
}

/** HostPortInfo.CheckConflict: the same protocol and port on the same IP, or either side on 0.0.0.0. */
export function portConflicts(node: NodeInfo, want: HostPort): boolean {
  const ips = node.usedPorts.get(`${want.protocol}/${want.port}`);
  if (!ips) return false;
  return want.ip === ANY_IP || ips.some((ip) => ip === ANY_IP || ip === want.ip);
}
