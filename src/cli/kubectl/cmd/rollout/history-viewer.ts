// A workload's revisions as `rollout history` shows them (polymorphichelpers/history.go): Deployments
// from their ReplicaSets' revision annotations, DaemonSets and StatefulSets from ControllerRevisions;
// the REVISION / CHANGE-CAUSE table, or one revision's pod template.

import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { clone, isStatusError, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { CHANGE_CAUSE_ANNOTATION } from '../set/record.ts';
import { printTemplate, tabbed } from './template-text.ts';
import { controllerRevisions, deploymentReplicaSets, revisionNumber, revisionOf, revisionTemplate } from './workloads.ts';

export const NO_ROLLOUT_HISTORY = 'No rollout history found.';
export const ERR_REVISION_NOT_FOUND = 'unable to find the specified revision';

/** One revision: the pod template it ran, its change cause, and the object `-o` prints for it. */
export interface Revision {
  readonly template: PodTemplateSpec;
  readonly changeCause: string;
  readonly object: KubeObject;
}

/** The kinds apps.GroupKindElement knows; the others have no visitor at all. */
const VISITED_KINDS = new Set(['apps/DaemonSet', 'apps/Deployment', 'batch/Job', '/Pod', 'apps/ReplicaSet', '/ReplicationController', 'apps/StatefulSet', 'batch/CronJob']);

/** `ReplicaSet.apps`, `Service`: schema.GroupKind.String(). */
function groupKindString(info: ResourceInfo): string {
  return info.group === '' ? info.kind : `${info.kind}.${info.group}`;
}

/** Why kubectl has no history (or rollbacker) for this kind, or undefined when it has one. */
export function unsupportedKind(info: ResourceInfo, what: 'history' | 'rollbacker'): string | undefined {
  if (info.group === 'apps' && ['Deployment', 'DaemonSet', 'StatefulSet'].includes(info.kind)) return undefined;
  const gk = groupKindString(info);
  if (!VISITED_KINDS.has(`${info.group}/${info.kind}`)) {
    const verb = what === 'history' ? 'error retrieving history for' : 'error retrieving rollbacker for';
    return `${verb} ${JSON.stringify(gk)}, no visitor method exists for {${info.group} ${info.kind}}`;
  }
  return what === 'history' ? `no history viewer has been implemented for ${JSON.stringify(gk)}` : `no rollbacker has been implemented for ${JSON.stringify(gk)}`;
}

/**
 * The object as the server has it now, with kubectl's wording when it is gone: `deployment` in the
 * history viewer, `Deployment` in the rollbacker, `Statefulset` in both.
 */
export function fetchOwner(ctx: KubectlContext, info: ResourceInfo, obj: KubeObject, deploymentLabel = 'deployment'): KubeObject {
  const label = info.kind === 'StatefulSet' ? 'Statefulset' : info.kind === 'Deployment' ? deploymentLabel : info.kind;
  try {
    return ctx.client.server.get(info, obj.metadata.namespace, obj.metadata.name ?? '');
  } catch (e) {
    if (!isStatusError(e)) throw e;
    throw new KubectlError(`failed to retrieve ${label} ${obj.metadata.name ?? ''}: ${e.status.message}`);
  }
}

/** Every revision of the workload, by number. */
export function revisionsOf(ctx: KubectlContext, info: ResourceInfo, obj: KubeObject): Map<number, Revision> {
  const owner = fetchOwner(ctx, info, obj);
  const out = new Map<number, Revision>();
  if (info.kind === 'Deployment') {
    for (const rs of deploymentReplicaSets(ctx, owner).all) {
      const revision = revisionOf(rs);
      if (Number.isNaN(revision)) continue;
      const template = clone(((rs as { spec?: { template?: PodTemplateSpec } }).spec?.template) ?? {});
      const changeCause = rs.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION] ?? '';
      // ViewHistory writes the change cause into the template it later describes.
      if (changeCause !== '') template.metadata = { ...(template.metadata ?? {}), annotations: { ...(template.metadata?.annotations ?? {}), [CHANGE_CAUSE_ANNOTATION]: changeCause } };
      out.set(revision, { template, changeCause, object: rs });
    }
    return out;
  }
  for (const cr of controllerRevisions(ctx, owner)) {
    const template = revisionTemplate(cr) ?? {};
    const applied = clone(owner) as KubeObject & { spec: { template?: PodTemplateSpec } };
    applied.spec = { ...(applied.spec ?? {}), template };
    out.set(revisionNumber(cr), { template, changeCause: cr.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION] ?? '', object: applied });
  }
  return out;
}

/** ViewHistory: the table, `No rollout history found.`, or revision `revision`'s pod template. */
export function viewHistory(revisions: ReadonlyMap<number, Revision>, revision: number): string {
  if (revisions.size === 0) return NO_ROLLOUT_HISTORY;
  if (revision > 0) {
    const r = revisions.get(revision);
    if (!r) throw new KubectlError(ERR_REVISION_NOT_FOUND);
    return printTemplate(r.template);
  }
  const rows = [...revisions.keys()].sort((a, b) => a - b).map((n) => `${n}\t${revisions.get(n)!.changeCause || '<none>'}`);
  return tabbed(['REVISION\tCHANGE-CAUSE', ...rows]);
}
