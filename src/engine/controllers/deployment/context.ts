// What one sync of a Deployment works with (the controller's client, recorder, ReplicaSet lister
// and requeue hooks), and how it writes the Deployment back.

import type { KubeObject } from '../../api/types.ts';
import { deepEqual } from '../../base/json.ts';
import type { ApiClient } from '../../client/client.ts';
import type { EventRecorder } from '../../client/events.ts';
import type { ControlledIndex } from '../common/controlled-index.ts';

export interface SyncContext {
  readonly client: ApiClient;
  readonly recorder: EventRecorder;
  readonly replicaSets: ControlledIndex;
  readonly nowMs: number;
  /** Syncs this Deployment again after `delayMs` (queue.AddAfter). */
  readonly requeueAfter: (delayMs: number) => void;
  /** Syncs this Deployment again after the rate limiter's first step (queue.AddRateLimited). */
  readonly requeueRateLimited: () => void;
}

/**
 * Writes the Deployment's status, and its annotations when the sync changed them (the revision);
 * `d` takes the stored resourceVersion, so a later write in the same sync does not conflict.
 * Deviation from upstream: upstream sends both in one UpdateStatus; our /status keeps metadata as
 * stored, so changed annotations go first through a plain update (which keeps status as stored).
 */
export function updateDeploymentStatus(ctx: SyncContext, d: KubeObject): void {
  const stored = ctx.client.get('apps/deployments', d.metadata.namespace, d.metadata.name!);
  if (stored && !deepEqual(stored.metadata.annotations ?? {}, d.metadata.annotations ?? {})) {
    d.metadata.resourceVersion = ctx.client.update('apps/deployments', d).metadata.resourceVersion;
  }
  d.metadata.resourceVersion = ctx.client.updateStatus('apps/deployments', d).metadata.resourceVersion;
}
