// The DaemonSet RollingUpdate (daemon/update.go rollingUpdate, v1.31). Without surge: delete old
// pods while no more than maxUnavailable nodes lack an available pod (unavailable old pods go
// first, freely); the manage loop then creates the new ones. With maxSurge: create new pods next
// to old ones (at most maxSurge at a time, at once where the old one is unavailable) and delete an
// old pod when its replacement is available. Nodes are visited in name order.

import type { KubeObject } from '../../api/types.ts';
import { isPodAvailable } from '../common/pod-utils.ts';
import { nodeShouldRunDaemonPod } from './node-should-run.ts';
import { dsSpec, isPodUpdated, surgeCount, templateGeneration, unavailableCount } from './util.ts';

export interface RollingPlan {
  readonly remove: string[];
  readonly create: string[];
}

interface NodePods {
  readonly newPod?: KubeObject | undefined;
  readonly oldPod?: KubeObject | undefined;
}

/** findUpdatedPodsOnNode: at most one new and one old live pod, or undefined when the node has more. */
function updatedPodsOnNode(ds: KubeObject, pods: readonly KubeObject[], hash: string): NodePods | undefined {
  let newPod: KubeObject | undefined;
  let oldPod: KubeObject | undefined;
  const generation = templateGeneration(ds);
  for (const pod of pods) {
    if (pod.metadata.deletionTimestamp) continue;
    if (isPodUpdated(pod, hash, generation)) {
      if (newPod) return undefined;
      newPod = pod;
    } else {
      if (oldPod) return undefined;
      oldPod = pod;
    }
  }
  return { newPod, oldPod };
}

/**
 * rollingUpdate. `nodeToPods` holds every node's daemon pods; `nodes` are the cluster's nodes. Returns
 * the pods to delete and the nodes to create a surge pod on.
 */
export function rollingUpdate(ds: KubeObject, nodes: readonly KubeObject[], nodeToPods: ReadonlyMap<string, readonly KubeObject[]>, hash: string, nowMs: number): RollingPlan {
  const byName = new Map(nodes.map((n) => [n.metadata.name!, n] as const));
  const shouldRun = (name: string): boolean => {
    const node = byName.get(name);
    return node !== undefined && nodeShouldRunDaemonPod(node, ds).shouldRun;
  };
  const all = new Map(nodeToPods);
  let desired = 0;
  for (const node of nodes) {
    if (!shouldRun(node.metadata.name!)) continue;
    desired++;
    if (!all.has(node.metadata.name!)) all.set(node.metadata.name!, []);
  }
  let maxUnavailable = unavailableCount(ds, desired);
  const maxSurge = surgeCount(ds, desired);
  if (desired > 0 && maxUnavailable === 0 && maxSurge === 0) maxUnavailable = 1;
  const available = (pod: KubeObject): boolean => isPodAvailable(pod, dsSpec(ds).minReadySeconds ?? 0, nowMs);
  const entries = [...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return maxSurge === 0
    ? withoutSurge(ds, entries, hash, maxUnavailable, available)
    : withSurge(ds, entries, hash, maxSurge, desired, available, shouldRun);
}

type Entries = ReadonlyArray<readonly [string, readonly KubeObject[]]>;

function withoutSurge(ds: KubeObject, entries: Entries, hash: string, maxUnavailable: number, available: (p: KubeObject) => boolean): RollingPlan {
  let numUnavailable = 0;
  const replacements: string[] = [];
  const candidates: string[] = [];
  for (const [, pods] of entries) {
    const found = updatedPodsOnNode(ds, pods, hash);
    if (!found) {
      numUnavailable++;
      continue;
    }
    const { newPod, oldPod } = found;
    if ((!oldPod && !newPod) || (oldPod && newPod)) numUnavailable++;
    else if (newPod) {
      if (!available(newPod)) numUnavailable++;
    } else if (!available(oldPod!)) {
      replacements.push(oldPod!.metadata.name!);
      numUnavailable++;
    } else if (numUnavailable < maxUnavailable) {
      candidates.push(oldPod!.metadata.name!);
    }
  }
  const remaining = Math.min(Math.max(maxUnavailable - numUnavailable, 0), candidates.length);
  return { remove: [...replacements, ...candidates.slice(0, remaining)], create: [] };
}

function withSurge(
  ds: KubeObject, entries: Entries, hash: string, maxSurge: number, desired: number,
  available: (p: KubeObject) => boolean, shouldRun: (node: string) => boolean,
): RollingPlan {
  const remove: string[] = [];
  const shouldNotRun: string[] = [];
  const candidates: string[] = [];
  const allowed: string[] = [];
  let numSurge = 0;
  let numAvailable = 0;
  for (const [node, pods] of entries) {
    const found = updatedPodsOnNode(ds, pods, hash);
    if (!found) {
      numSurge++;
      continue;
    }
    const { newPod, oldPod } = found;
    const counted = oldPod ?? newPod;
    if (counted && available(counted)) numAvailable++;
    if (!oldPod) continue;
    if (!newPod) {
      if (!available(oldPod)) {
        if (shouldRun(node)) allowed.push(node);
        else remove.push(oldPod.metadata.name!);
      } else if (!shouldRun(node)) {
        shouldNotRun.push(oldPod.metadata.name!);
      } else if (numSurge < maxSurge) {
        candidates.push(node);
      }
      continue;
    }
    if (!available(newPod)) numSurge++;
    else remove.push(oldPod.metadata.name!);
  }
  const deletable = Math.min(Math.max(numAvailable - desired, 0), shouldNotRun.length);
  remove.push(...shouldNotRun.slice(0, deletable));
  const remaining = Math.min(Math.max(maxSurge - numSurge, 0), candidates.length);
  return { remove, create: [...allowed, ...candidates.slice(0, remaining)] };
}
