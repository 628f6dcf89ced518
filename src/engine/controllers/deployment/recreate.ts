// The Recreate strategy: scale every old ReplicaSet to 0, wait until none of their pods is left
// running (terminating ones included), then create or scale up the new ReplicaSet to
// spec.replicas. Mirrors pkg/controller/deployment/recreate.go (v1.31).

import type { KubeObject } from '../../api/types.ts';
import { deploymentComplete } from './conditions.ts';
import type { SyncContext } from './context.ts';
import { getAllReplicaSetsAndSyncRevision } from './new-replicaset.ts';
import { deploymentStatus, desiredReplicas, specReplicas } from './objects.ts';
import { syncRolloutStatus } from './progress.ts';
import { actualReplicaCount, filterActive } from './replicas.ts';
import { cleanupDeployment, scaleReplicaSetAndRecordEvent } from './sync.ts';

/** The pods of each of the Deployment's ReplicaSets, by ReplicaSet uid. */
export type PodMap = ReadonlyMap<string, readonly KubeObject[]>;

export function rolloutRecreate(ctx: SyncContext, d: KubeObject, rsList: KubeObject[], podMap: PodMap): void {
  // The new ReplicaSet is not created yet, so that nothing is scaled up before the old ones are down.
  let { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d, rsList, false);
  let allRSs = [...oldRSs, newRS];
  if (scaleDownOldReplicaSets(ctx, filterActive(oldRSs), d) || oldPodsRunning(newRS, oldRSs, podMap)) {
    syncRolloutStatus(ctx, allRSs, newRS, d);
    return;
  }
  if (!newRS) {
    ({ newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d, rsList, true));
    allRSs = [...oldRSs, newRS];
  }
  scaleReplicaSetAndRecordEvent(ctx, newRS!, desiredReplicas(d), d);
  if (deploymentComplete(d, deploymentStatus(d))) cleanupDeployment(ctx, oldRSs, d);
  syncRolloutStatus(ctx, allRSs, newRS, d);
}

/** Scales the active old ReplicaSets to 0; true when any was scaled. */
function scaleDownOldReplicaSets(ctx: SyncContext, activeOldRSs: readonly KubeObject[], d: KubeObject): boolean {
  let scaled = false;
  for (const rs of activeOldRSs) {
    if (specReplicas(rs) === 0) continue;
    if (scaleReplicaSetAndRecordEvent(ctx, rs, 0, d).scaled) scaled = true;
  }
  return scaled;
}

/** Old ReplicaSets still count pods, or a pod outside the new ReplicaSet has not finished (Unknown counts). */
export function oldPodsRunning(newRS: KubeObject | undefined, oldRSs: readonly KubeObject[], podMap: PodMap): boolean {
  if (actualReplicaCount(oldRSs) > 0) return true;
  for (const [uid, pods] of podMap) {
    if (newRS && newRS.metadata.uid === uid) continue;
    const running = pods.some((p) => {
      const phase = (p.status as { phase?: string } | undefined)?.phase;
      return phase !== 'Failed' && phase !== 'Succeeded';
    });
    if (running) return true;
  }
  return false;
}
