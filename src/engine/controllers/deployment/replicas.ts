// Replica arithmetic of the Deployment controller: maxSurge/maxUnavailable resolved against
// spec.replicas (ResolveFenceposts), counts summed over ReplicaSets, and the size the new
// ReplicaSet may grow to next. Mirrors pkg/controller/deployment/util/deployment_util.go (v1.31).

import type { KubeObject } from '../../api/types.ts';
import { byCreationTimestamp, deploymentSpec, desiredReplicas, replicaSetStatus, specReplicas } from './objects.ts';

type IntOrPercent = number | string | undefined;

/**
 * intstr.GetScaledValueFromIntOrPercent: an integer as is, a percentage of `total` rounded up or
 * down. Validation has already rejected anything else, so a malformed value counts as 0.
 */
export function scaledValue(value: IntOrPercent, total: number, roundUp: boolean): number {
  if (typeof value === 'number') return value;
  if (value === undefined || !/^-?\d+%$/.test(value)) return 0;
  const scaled = (Number.parseInt(value, 10) * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

/**
 * maxSurge (rounded up) and maxUnavailable (rounded down) for `desired` replicas. Both may round
 * to 0; then maxUnavailable becomes 1, on the theory that surging might fail on a quota.
 */
export function resolveFenceposts(maxSurge: IntOrPercent, maxUnavailable: IntOrPercent, desired: number): { surge: number; unavailable: number } {
  const surge = scaledValue(maxSurge ?? 0, desired, true);
  const unavailable = scaledValue(maxUnavailable ?? 0, desired, false);
  return { surge, unavailable: surge === 0 && unavailable === 0 ? 1 : unavailable };
}

export function isRollingUpdate(d: KubeObject): boolean {
  return deploymentSpec(d).strategy?.type === 'RollingUpdate';
}

function fenceposts(d: KubeObject): { surge: number; unavailable: number } {
  const rolling = deploymentSpec(d).strategy?.rollingUpdate;
  return resolveFenceposts(rolling?.maxSurge, rolling?.maxUnavailable, desiredReplicas(d));
}

/** How many pods may exist above spec.replicas (0 unless RollingUpdate). */
export function maxSurge(d: KubeObject): number {
  return isRollingUpdate(d) ? fenceposts(d).surge : 0;
}

/** How many of spec.replicas may be unavailable (0 unless RollingUpdate, never above spec.replicas). */
export function maxUnavailable(d: KubeObject): number {
  const replicas = desiredReplicas(d);
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  return Math.min(fenceposts(d).unavailable, replicas);
}

type MaybeReplicaSet = KubeObject | undefined;

const sum = (rss: readonly MaybeReplicaSet[], count: (rs: KubeObject) => number): number =>
  rss.reduce((total, rs) => total + (rs ? count(rs) : 0), 0);

/** The replicas the ReplicaSets want (spec.replicas). */
export function replicaCount(rss: readonly MaybeReplicaSet[]): number {
  return sum(rss, specReplicas);
}

/** The pods the ReplicaSets have (status.replicas). */
export function actualReplicaCount(rss: readonly MaybeReplicaSet[]): number {
  return sum(rss, (rs) => replicaSetStatus(rs).replicas ?? 0);
}

export function readyReplicaCount(rss: readonly MaybeReplicaSet[]): number {
  return sum(rss, (rs) => replicaSetStatus(rs).readyReplicas ?? 0);
}

export function availableReplicaCount(rss: readonly MaybeReplicaSet[]): number {
  return sum(rss, (rs) => replicaSetStatus(rs).availableReplicas ?? 0);
}

/** The ReplicaSets that want pods (controller.FilterActiveReplicaSets). */
export function filterActive(rss: readonly MaybeReplicaSet[]): KubeObject[] {
  return rss.filter((rs): rs is KubeObject => rs !== undefined && specReplicas(rs) > 0);
}

/**
 * The only active ReplicaSet, or the newest one when none is active; undefined when several are.
 * Sorts `oldRSs` newest first in place, as upstream does (later loops see that order).
 */
export function findActiveOrLatest(newRS: MaybeReplicaSet, oldRSs: KubeObject[]): KubeObject | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  oldRSs.sort((a, b) => byCreationTimestamp(b, a));
  const active = filterActive([...oldRSs, newRS]);
  if (active.length === 0) return newRS ?? oldRSs[0];
  return active.length === 1 ? active[0] : undefined;
}

/** The size the new ReplicaSet may have now: under RollingUpdate bounded by maxSurge, else spec.replicas. */
export function newReplicaSetReplicas(d: KubeObject, allRSs: readonly MaybeReplicaSet[], newRS: KubeObject): number {
  const replicas = desiredReplicas(d);
  if (!isRollingUpdate(d)) return replicas;
  const surge = scaledValue(deploymentSpec(d).strategy?.rollingUpdate?.maxSurge, replicas, true);
  const maxTotalPods = replicas + surge;
  const currentPodCount = replicaCount(allRSs);
  if (currentPodCount >= maxTotalPods) return specReplicas(newRS);
  const scaleUpCount = Math.min(maxTotalPods - currentPodCount, replicas - specReplicas(newRS));
  return specReplicas(newRS) + scaleUpCount;
}
