// How `rollout undo` puts an earlier revision back (polymorphichelpers/rollback.go): a Deployment gets
// the revision's ReplicaSet template (without pod-template-hash) and annotations by JSON patch; a
// DaemonSet or StatefulSet gets the ControllerRevision's data as a strategic merge patch.

import { clone, deepEqual, isStatusError, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { DryRun } from '../../util/mutation.ts';
import { fetchOwner } from './history-viewer.ts';
import { printTemplate } from './template-text.ts';
import {
  controllerRevisions, currentRevisionData, deploymentReplicaSets, equalIgnoreHash, POD_TEMPLATE_HASH_LABEL, revisionNumber,
  revisionOf, revisionTemplate, specOf, templateOf,
} from './workloads.ts';

export const ROLLED_BACK = 'rolled back';
export const ERR_REVISION_NOT_IN_HISTORY = (revision: number): string => `unable to find specified revision ${revision} in history`;
export const ERR_NO_DEPLOYMENT_HISTORY = (name: string): string => `no rollout history found for deployment "${name}"`;
export const ERR_NO_LAST_REVISION = 'no last revision to roll back to';
export const ERR_PAUSED_ROLLBACK = "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again";
export const SKIPPED_ROLLBACK = (revision: number): string => `skipped rollback (current template already matches revision ${revision})`;

/** Deployment annotations a rollback keeps from the Deployment rather than taking from the ReplicaSet. */
const ANNOTATIONS_TO_SKIP = new Set([
  'kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision', 'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas', 'deployment.kubernetes.io/max-replicas', 'deprecated.deployment.rollback.to',
]);

/** Rolls `obj` back; returns the printer's operation (`rolled back`, `skipped rollback (…)`, or a dry run's template). */
export function rollback(ctx: KubectlContext, info: ResourceInfo, obj: KubeObject, toRevision: number, dryRun: DryRun): string {
  if (toRevision < 0) throw new KubectlError(ERR_REVISION_NOT_IN_HISTORY(toRevision));
  return info.kind === 'Deployment' ? rollbackDeployment(ctx, info, obj, toRevision, dryRun) : rollbackFromHistory(ctx, info, obj, toRevision, dryRun);
}

/** deploymentRevision: the ReplicaSet of `toRevision`, or with 0 the one before the latest. */
function replicaSetForRevision(ctx: KubectlContext, deployment: KubeObject, toRevision: number): KubeObject {
  let latest: { rs?: KubeObject; revision: number } = { revision: -1 };
  let previous: { rs?: KubeObject; revision: number } = { revision: -1 };
  for (const rs of deploymentReplicaSets(ctx, deployment).all) {
    const v = revisionOf(rs);
    if (Number.isNaN(v)) continue;
    if (toRevision > 0) {
      if (v === toRevision) return rs;
    } else if (latest.revision < v) {
      previous = latest;
      latest = { rs, revision: v };
    } else if (previous.revision < v) {
      previous = { rs, revision: v };
    }
  }
  if (toRevision > 0) throw new KubectlError(ERR_REVISION_NOT_IN_HISTORY(toRevision));
  if (!previous.rs) throw new KubectlError(ERR_NO_DEPLOYMENT_HISTORY(deployment.metadata.name ?? ''));
  return previous.rs;
}

function rollbackDeployment(ctx: KubectlContext, info: ResourceInfo, obj: KubeObject, toRevision: number, dryRun: DryRun): string {
  const deployment = fetchOwner(ctx, info, obj, 'Deployment');
  const rs = replicaSetForRevision(ctx, deployment, toRevision);
  const template = clone(templateOf(rs));
  if (dryRun === DryRun.Client) return printTemplate(template);
  if (specOf(deployment).paused === true) throw new KubectlError(ERR_PAUSED_ROLLBACK);
  if (equalIgnoreHash(template, templateOf(deployment))) return SKIPPED_ROLLBACK(toRevision);
  delete template.metadata?.labels?.[POD_TEMPLATE_HASH_LABEL];
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(deployment.metadata.annotations ?? {})) if (ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(rs.metadata.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  const patch = [
    { op: 'replace', path: '/spec/template', value: template },
    { op: 'replace', path: '/metadata/annotations', value: annotations },
  ];
  restore(ctx, info, deployment, 'json', patch, toRevision, dryRun);
  return ROLLED_BACK;
}

function rollbackFromHistory(ctx: KubectlContext, info: ResourceInfo, obj: KubeObject, toRevision: number, dryRun: DryRun): string {
  const owner = fetchOwner(ctx, info, obj);
  const history = controllerRevisions(ctx, owner).sort((a, b) => revisionNumber(a) - revisionNumber(b));
  if (toRevision === 0 && history.length <= 1) throw new KubectlError(ERR_NO_LAST_REVISION);
  const target = toRevision === 0 ? history[history.length - 2] : history.find((h) => revisionNumber(h) === toRevision);
  if (!target) throw new KubectlError(ERR_REVISION_NOT_IN_HISTORY(toRevision));
  if (dryRun === DryRun.Client) return `will roll back to ${printTemplate(revisionTemplate(target) ?? {})}`;
  const data = (target as { data?: unknown }).data;
  if (deepEqual(currentRevisionData(owner), data)) return SKIPPED_ROLLBACK(toRevision);
  restore(ctx, info, owner, 'strategic', data, toRevision, dryRun);
  return ROLLED_BACK;
}

function restore(ctx: KubectlContext, info: ResourceInfo, owner: KubeObject, type: 'json' | 'strategic', patch: unknown, toRevision: number, dryRun: DryRun): void {
  try {
    ctx.client.server.patch(info, owner.metadata.namespace, owner.metadata.name ?? '', type, patch, { dryRun: dryRun === DryRun.Server });
  } catch (e) {
    if (!isStatusError(e)) throw e;
    throw new KubectlError(`failed restoring revision ${toRevision}: ${e.status.message}`);
  }
}
