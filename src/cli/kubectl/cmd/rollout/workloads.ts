// What the rollout commands read about a workload's history (kubectl pkg/util/deployment and
// polymorphichelpers/history.go): a Deployment's ReplicaSets by revision annotation, a DaemonSet's
// or StatefulSet's ControllerRevisions, and the pod template each revision holds.

import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { clone, deepEqual, labelSelectorMatches, type KubeObject } from '../../../../engine/index.ts';
import type { KubectlContext } from '../../command.ts';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

type Dict = Record<string, unknown>;

export function specOf(obj: KubeObject): Dict {
  return ((obj as { spec?: Dict }).spec ?? {});
}

export function templateOf(obj: KubeObject): PodTemplateSpec {
  return (specOf(obj).template ?? {}) as PodTemplateSpec;
}

/** deploymentutil.Revision: the revision annotation, 0 when absent, NaN when not a number. */
export function revisionOf(obj: KubeObject): number {
  const value = obj.metadata.annotations?.[REVISION_ANNOTATION];
  if (value === undefined) return 0;
  return /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
}

function isControlledBy(obj: KubeObject, owner: KubeObject): boolean {
  return (obj.metadata.ownerReferences ?? []).some((r) => r.controller === true && r.uid === owner.metadata.uid);
}

/** The objects of `resource` in the owner's namespace that its selector matches and it controls. */
function controlled(ctx: KubectlContext, resource: 'apps/replicasets' | 'apps/controllerrevisions', owner: KubeObject): KubeObject[] {
  const selector = specOf(owner).selector as LabelSelector | undefined;
  return ctx.client.server.list(ctx.client.info(resource), owner.metadata.namespace, {}).items
    .filter((o) => selector !== undefined && labelSelectorMatches(selector, o.metadata.labels ?? {}) && isControlledBy(o, owner));
}

/** equalIgnoreHash: templates equal once the pod-template-hash label is set aside. */
export function equalIgnoreHash(a: PodTemplateSpec, b: PodTemplateSpec): boolean {
  return deepEqual(withoutHash(a), withoutHash(b));
}

function withoutHash(template: PodTemplateSpec): PodTemplateSpec {
  const copy = clone(template);
  const labels = copy.metadata?.labels;
  if (labels) {
    delete labels[POD_TEMPLATE_HASH_LABEL];
    if (Object.keys(labels).length === 0) delete copy.metadata!.labels;
  }
  return copy;
}

/** GetAllReplicaSets: every ReplicaSet the Deployment owns, oldest first, and the one matching its template. */
export function deploymentReplicaSets(ctx: KubectlContext, deployment: KubeObject): { all: KubeObject[]; newRS: KubeObject | undefined } {
  const all = controlled(ctx, 'apps/replicasets', deployment).sort((a, b) => {
    const ta = a.metadata.creationTimestamp ?? '';
    const tb = b.metadata.creationTimestamp ?? '';
    if (ta !== tb) return ta < tb ? -1 : 1;
    return (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1;
  });
  const template = templateOf(deployment);
  return { all, newRS: all.find((rs) => equalIgnoreHash(templateOf(rs), template)) };
}

/** The ControllerRevisions a DaemonSet or StatefulSet owns. */
export function controllerRevisions(ctx: KubectlContext, owner: KubeObject): KubeObject[] {
  return controlled(ctx, 'apps/controllerrevisions', owner);
}

export function revisionNumber(cr: KubeObject): number {
  return Number((cr as { revision?: number }).revision ?? 0);
}

/** The revision's data is `{spec: {template: {…, $patch: replace}}}`: applied, it is that template. */
export function revisionTemplate(cr: KubeObject): PodTemplateSpec | undefined {
  const data = (cr as { data?: { spec?: { template?: Dict } } }).data;
  const template = data?.spec?.template;
  if (!template) return undefined;
  const { $patch: _replace, ...rest } = template;
  return clone(rest) as PodTemplateSpec;
}

/** getDaemonSetPatch / getStatefulSetPatch: what a revision of the object's current template looks like. */
export function currentRevisionData(obj: KubeObject): Dict {
  return { spec: { template: { ...(templateOf(obj) as Dict), $patch: 'replace' } } };
}
