// The scheduler's view of the cluster: a NodeInfo per node with the pods bound to it, kept up to
// date from watch events, the node order the search walks, and which nodes hold each image.
// Mirrors pkg/scheduler/backend/cache (cache.go, node_tree.go, snapshot.go).
// Deviation from upstream: nodes are ordered by zone then name (upstream: insertion order), so a
// cluster restored from a snapshot walks them in the same order as the one that kept running.

import type { KubeObject } from '../../api/types.ts';
import { NodeInfo } from './node-info.ts';
import { newPodInfo, type PodInfo } from './pod-info.ts';

export interface ImageSummary {
  readonly size: number;
  readonly nodes: Set<string>;
}

const ZONE = 'topology.kubernetes.io/zone';
const REGION = 'topology.kubernetes.io/region';
const BETA_ZONE = 'failure-domain.beta.kubernetes.io/zone';
const BETA_REGION = 'failure-domain.beta.kubernetes.io/region';

/** utilnode.GetZoneKey */
export function zoneKey(labels: Readonly<Record<string, string>>): string {
  const region = labels[REGION] ?? labels[BETA_REGION] ?? '';
  const zone = labels[ZONE] ?? labels[BETA_ZONE] ?? '';
  return region === '' && zone === '' ? '' : `${region}:\x00:${zone}`;
}

export class SchedulerCache {
  private readonly infos = new Map<string, NodeInfo>();
  private readonly podNode = new Map<string, string>();
  private readonly images = new Map<string, ImageSummary>();
  private ordered: NodeInfo[] | undefined;

  /** The nodes in search order: one node of each zone in turn (nodeTree.list). */
  get nodes(): readonly NodeInfo[] {
    this.ordered ??= this.order();
    return this.ordered;
  }

  node(name: string): NodeInfo | undefined {
    const info = this.infos.get(name);
    return info?.node ? info : undefined;
  }

  image(name: string): ImageSummary | undefined {
    return this.images.get(name);
  }

  /** A cached (bound) pod. */
  pod(uid: string): PodInfo | undefined {
    const nodeName = this.podNode.get(uid);
    return nodeName === undefined ? undefined : this.infos.get(nodeName)?.pod(uid);
  }

  clear(): void {
    this.infos.clear();
    this.podNode.clear();
    this.images.clear();
    this.ordered = undefined;
  }

  setNode(node: KubeObject): NodeInfo {
    const name = node.metadata.name!;
    const info = this.infoFor(name);
    const before = info.node;
    if (before) this.forgetImages(info);
    info.setNode(node);
    for (const [image, size] of info.imageSizes) {
      const summary = this.images.get(image);
      if (summary) summary.nodes.add(name);
      else this.images.set(image, { size, nodes: new Set([name]) });
    }
    if (!before || zoneKey(before.metadata.labels ?? {}) !== zoneKey(info.labels)) this.ordered = undefined;
    return info;
  }

  removeNode(name: string): void {
    const info = this.infos.get(name);
    if (!info?.node) return;
    this.forgetImages(info);
    info.node = undefined;
    if (info.pods.length === 0) this.infos.delete(name);
    this.ordered = undefined;
  }

  /** Adds or replaces a bound pod; returns its new PodInfo. */
  setPod(pod: KubeObject): PodInfo {
    const uid = pod.metadata.uid!;
    const info = newPodInfo(pod);
    const same = this.podNode.get(uid) === info.nodeName ? this.infos.get(info.nodeName) : undefined;
    if (same?.node) {
      same.replacePod(info);
      return info;
    }
    this.removePod(uid);
    this.infoFor(info.nodeName).addPod(info);
    this.podNode.set(uid, info.nodeName);
    return info;
  }

  removePod(uid: string): PodInfo | undefined {
    const nodeName = this.podNode.get(uid);
    if (nodeName === undefined) return undefined;
    this.podNode.delete(uid);
    const info = this.infos.get(nodeName);
    const removed = info?.removePod(uid);
    if (info && !info.node && info.pods.length === 0) this.infos.delete(nodeName);
    return removed;
  }

  /** HavePodsWithAffinityList */
  nodesWithAffinityPods(): NodeInfo[] {
    return this.nodes.filter((n) => n.podsWithAffinity > 0);
  }

  /** HavePodsWithRequiredAntiAffinityList */
  nodesWithRequiredAntiAffinityPods(): NodeInfo[] {
    return this.nodes.filter((n) => n.podsWithRequiredAntiAffinity > 0);
  }

  private infoFor(name: string): NodeInfo {
    let info = this.infos.get(name);
    if (!info) this.infos.set(name, (info = new NodeInfo(name)));
    return info;
  }

  private forgetImages(info: NodeInfo): void {
    for (const image of info.imageSizes.keys()) {
      const summary = this.images.get(image);
      summary?.nodes.delete(info.name);
      if (summary?.nodes.size === 0) this.images.delete(image);
    }
  }

  private order(): NodeInfo[] {
    const zones = new Map<string, NodeInfo[]>();
    for (const info of this.infos.values()) {
      if (!info.node) continue;
      const key = zoneKey(info.labels);
      const list = zones.get(key) ?? [];
      list.push(info);
      zones.set(key, list);
    }
    const lists = [...zones.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, l]) => l.sort((a, b) => (a.name < b.name ? -1 : 1)));
    const total = lists.reduce((n, l) => n + l.length, 0);
    const out: NodeInfo[] = [];
    for (let i = 0; out.length < total; i++) {
      for (const l of lists) if (i < l.length) out.push(l[i]!);
    }
    return out;
  }
}
