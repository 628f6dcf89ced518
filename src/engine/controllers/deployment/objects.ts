// Typed views of the Deployment and ReplicaSet objects the controller reads, and the orders it
// sorts ReplicaSets in (controller.ReplicaSetsByCreationTimestamp, ReplicaSetsBySizeNewer/Older).

import type { DeploymentSpec, DeploymentStatus, ReplicaSetSpec, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import type { KubeObject, Mutable } from '../../api/types.ts';
import { parseTime } from '../../base/time.ts';

export function deploymentSpec(d: KubeObject): Mutable<DeploymentSpec> {
  return (d.spec ?? {}) as Mutable<DeploymentSpec>;
}

/** The Deployment's status, created in place when missing so that the sync can fill it in. */
export function deploymentStatus(d: KubeObject): Mutable<DeploymentStatus> {
  return (d.status ??= {}) as Mutable<DeploymentStatus>;
}

/** spec.replicas (defaulted by the API server to 1). */
export function desiredReplicas(d: KubeObject): number {
  return deploymentSpec(d).replicas ?? 1;
}

export function replicaSetSpec(rs: KubeObject): Mutable<ReplicaSetSpec> {
  return (rs.spec ?? {}) as Mutable<ReplicaSetSpec>;
}

export function replicaSetStatus(rs: KubeObject): ReplicaSetStatus {
  return (rs.status ?? {}) as ReplicaSetStatus;
}

/** spec.replicas of a ReplicaSet (`*(rs.Spec.Replicas)`). */
export function specReplicas(rs: KubeObject): number {
  return replicaSetSpec(rs).replicas ?? 1;
}

/** A map with its keys in Go's JSON order (sorted), as the API server would return it. */
export function sortedMap(map: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function createdMs(rs: KubeObject): number {
  return parseTime(rs.metadata.creationTimestamp) ?? 0;
}

/** Oldest first; equal timestamps by name. */
export function byCreationTimestamp(a: KubeObject, b: KubeObject): number {
  const diff = createdMs(a) - createdMs(b);
  if (diff !== 0) return diff;
  return a.metadata.name! < b.metadata.name! ? -1 : a.metadata.name! > b.metadata.name! ? 1 : 0;
}

/** Largest first; equal sizes newest first (the order replicas are added in). */
export function bySizeNewer(a: KubeObject, b: KubeObject): number {
  const diff = specReplicas(b) - specReplicas(a);
  return diff !== 0 ? diff : byCreationTimestamp(b, a);
}

/** Largest first; equal sizes oldest first (the order replicas are removed in). */
export function bySizeOlder(a: KubeObject, b: KubeObject): number {
  const diff = specReplicas(b) - specReplicas(a);
  return diff !== 0 ? diff : byCreationTimestamp(a, b);
}
