// What `kubectl rollout status` says about a workload at one moment (polymorphichelpers/rollout_status.go):
// a message, whether the rollout is done, or an error that ends the wait.

import type { KubeObject } from '../../../../engine/index.ts';
import { KubectlError } from '../../command.ts';
import { REVISION_ANNOTATION, revisionOf, specOf } from './workloads.ts';

export interface RolloutStatus {
  readonly message: string;
  readonly done: boolean;
}

export type StatusViewer = (obj: KubeObject, revision: number) => RolloutStatus;

export const ERR_NO_STATUS_VIEWER = (groupKind: string): string => `no status viewer has been implemented for ${groupKind}`;
export const ERR_ONLY_ROLLING_UPDATE = 'rollout status is only available for RollingUpdate strategy type';
export const ERR_PROGRESS_DEADLINE = (name: string): string => `deployment "${name}" exceeded its progress deadline`;
export const ERR_REVISION_MISMATCH = (want: number, running: number): string => `desired revision (${want}) is different from the running revision (${running})`;

type Dict = Record<string, unknown>;

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const statusOf = (obj: KubeObject): Dict => ((obj as { status?: Dict }).status ?? {});
const generationOf = (obj: KubeObject): number => obj.metadata.generation ?? 0;

export function deploymentStatus(d: KubeObject, revision: number): RolloutStatus {
  const name = d.metadata.name ?? '';
  if (revision > 0) {
    const running = revisionOf(d);
    if (Number.isNaN(running)) {
      const text = d.metadata.annotations?.[REVISION_ANNOTATION] ?? '';
      throw new KubectlError(`cannot get the revision of deployment "${name}": strconv.ParseInt: parsing "${text}": invalid syntax`);
    }
    if (revision !== running) throw new KubectlError(ERR_REVISION_MISMATCH(revision, running));
  }
  const status = statusOf(d);
  if (generationOf(d) > num(status.observedGeneration)) return waiting('Waiting for deployment spec update to be observed...\n');
  const progressing = ((status.conditions ?? []) as Dict[]).find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') throw new KubectlError(ERR_PROGRESS_DEADLINE(name));
  const replicas = specOf(d).replicas;
  const updated = num(status.updatedReplicas);
  const prefix = `Waiting for deployment "${name}" rollout to finish: `;
  if (typeof replicas === 'number' && updated < replicas) return waiting(`${prefix}${updated} out of ${replicas} new replicas have been updated...\n`);
  if (num(status.replicas) > updated) return waiting(`${prefix}${num(status.replicas) - updated} old replicas are pending termination...\n`);
  if (num(status.availableReplicas) < updated) return waiting(`${prefix}${num(status.availableReplicas)} of ${updated} updated replicas are available...\n`);
  return { message: `deployment "${name}" successfully rolled out\n`, done: true };
}

/** Daemon sets have no revision to pin to; --revision is ignored. */
export function daemonSetStatus(ds: KubeObject): RolloutStatus {
  const name = ds.metadata.name ?? '';
  if ((specOf(ds).updateStrategy as Dict | undefined)?.type !== 'RollingUpdate') throw new KubectlError(ERR_ONLY_ROLLING_UPDATE);
  const status = statusOf(ds);
  if (generationOf(ds) > num(status.observedGeneration)) return waiting('Waiting for daemon set spec update to be observed...\n');
  const desired = num(status.desiredNumberScheduled);
  const prefix = `Waiting for daemon set "${name}" rollout to finish: `;
  if (num(status.updatedNumberScheduled) < desired) return waiting(`${prefix}${num(status.updatedNumberScheduled)} out of ${desired} new pods have been updated...\n`);
  if (num(status.numberAvailable) < desired) return waiting(`${prefix}${num(status.numberAvailable)} of ${desired} updated pods are available...\n`);
  return { message: `daemon set "${name}" successfully rolled out\n`, done: true };
}

export function statefulSetStatus(sts: KubeObject): RolloutStatus {
  const spec = specOf(sts);
  const strategy = (spec.updateStrategy ?? {}) as Dict;
  if (strategy.type !== 'RollingUpdate') throw new KubectlError(ERR_ONLY_ROLLING_UPDATE);
  const status = statusOf(sts);
  const observed = num(status.observedGeneration);
  if (observed === 0 || generationOf(sts) > observed) return waiting('Waiting for statefulset spec update to be observed...\n');
  const replicas = spec.replicas;
  if (typeof replicas === 'number' && num(status.readyReplicas) < replicas) return waiting(`Waiting for ${replicas - num(status.readyReplicas)} pods to be ready...\n`);
  const rolling = strategy.rollingUpdate as Dict | undefined;
  if (rolling) {
    const partition = rolling.partition;
    if (typeof replicas === 'number' && typeof partition === 'number' && num(status.updatedReplicas) < replicas - partition) {
      return waiting(`Waiting for partitioned roll out to finish: ${num(status.updatedReplicas)} out of ${replicas - partition} new pods have been updated...\n`);
    }
    return { message: `partitioned roll out complete: ${num(status.updatedReplicas)} new pods have been updated...\n`, done: true };
  }
  if (status.updateRevision !== status.currentRevision) {
    return waiting(`waiting for statefulset rolling update to complete ${num(status.updatedReplicas)} pods at revision ${String(status.updateRevision ?? '')}...\n`);
  }
  return { message: `statefulset rolling update complete ${num(status.currentReplicas)} pods at revision ${String(status.currentRevision ?? '')}...\n`, done: true };
}

function waiting(message: string): RolloutStatus {
  return { message, done: false };
}

/** StatusViewerFor: by group and kind. */
export function statusViewerFor(group: string, kind: string): StatusViewer {
  if (group === 'apps' && kind === 'Deployment') return deploymentStatus;
  if (group === 'apps' && kind === 'DaemonSet') return daemonSetStatus;
  if (group === 'apps' && kind === 'StatefulSet') return statefulSetStatus;
  throw new KubectlError(ERR_NO_STATUS_VIEWER(group === '' ? kind : `${kind}.${group}`));
}
