// Proportional scaling: when spec.replicas changes mid-rollout, each active ReplicaSet gets a share
// of the change in proportion to its size (GetProportion, getReplicaSetFraction), and a new
// ReplicaSet that already has every replica available is "saturated" (IsSaturated).
// Mirrors pkg/controller/deployment/util/deployment_util.go (v1.31).

import type { KubeObject } from '../../api/types.ts';
import { desiredReplicasAnnotation, maxReplicasAnnotation } from './annotations.ts';
import { deploymentStatus, desiredReplicas, replicaSetStatus, specReplicas } from './objects.ts';
import { maxSurge } from './replicas.ts';

/** Go's math.Round: halves away from zero. */
function goRound(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/**
 * How many replicas `rs` gains (or loses, negative) out of `toAdd`, given that `added` were
 * already handed out: its fraction of the new size, capped by what is left to hand out.
 */
export function getProportion(rs: KubeObject, d: KubeObject, toAdd: number, added: number): number {
  if (specReplicas(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = replicaSetFraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

/**
 * The change that keeps `rs` at the same share of the Deployment as when its max-replicas
 * annotation was written (the Deployment's current size when the annotation is missing).
 */
function replicaSetFraction(rs: KubeObject, d: KubeObject): number {
  const replicas = specReplicas(rs);
  if (desiredReplicas(d) === 0) return -replicas;
  const deploymentReplicas = desiredReplicas(d) + maxSurge(d);
  const annotated = maxReplicasAnnotation(rs) ?? deploymentStatus(d).replicas ?? 0;
  // Deviation from upstream: Go divides by zero here (an undefined conversion); no share instead.
  if (annotated === 0) return 0;
  return goRound((replicas * deploymentReplicas) / annotated) - replicas;
}

/** The new ReplicaSet has the Deployment's size, was sized for it, and every replica is available. */
export function isSaturated(d: KubeObject, rs: KubeObject | undefined): boolean {
  if (!rs) return false;
  const desired = desiredReplicasAnnotation(rs);
  if (desired === undefined) return false;
  const replicas = desiredReplicas(d);
  return specReplicas(rs) === replicas && desired === replicas && (replicaSetStatus(rs).availableReplicas ?? 0) === replicas;
}
