// Where an object keeps its pod spec (polymorphichelpers/updatepodspec.go) and how `set` commands pick
// containers by name with `*` wildcards (set/helper.go selectContainers).

import { splitApiVersion, type KubeObject } from '../../../../engine/index.ts';
import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import { KubectlError } from '../../command.ts';

type Dict = Record<string, unknown>;

const TEMPLATE_KINDS = new Set(['ReplicationController', 'Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet', 'Job']);

/** `*v1.Service`: how Go's %T names the type of an object. */
export function goTypeName(obj: KubeObject): string {
  return `*${splitApiVersion(obj.apiVersion ?? '').version}.${obj.kind ?? ''}`;
}

export const ERR_NO_POD_TEMPLATE = (obj: KubeObject): string => `the object is not a pod or does not have a pod template: ${goTypeName(obj)}`;

/** The pod spec inside `obj` (which the caller has cloned), created where a template may be missing. */
export function podSpecOf(obj: KubeObject): PodSpec {
  const spec = ((obj as Dict).spec ??= {}) as Dict;
  if (obj.kind === 'Pod') return spec as unknown as PodSpec;
  if (TEMPLATE_KINDS.has(obj.kind ?? '')) return templateSpec((spec.template ??= {}) as Dict);
  if (obj.kind === 'CronJob') {
    const jobTemplate = (spec.jobTemplate ??= {}) as Dict;
    const jobSpec = (jobTemplate.spec ??= {}) as Dict;
    return templateSpec((jobSpec.template ??= {}) as Dict);
  }
  throw new KubectlError(ERR_NO_POD_TEMPLATE(obj));
}

function templateSpec(template: Dict): PodSpec {
  return (template.spec ??= {}) as PodSpec;
}

/** selectContainers: the containers whose names match `spec`. */
export function selectContainers(containers: Container[] | undefined, spec: string): Container[] {
  return (containers ?? []).filter((c) => selectString(c.name, spec));
}

/** selectString: `*` matches anything, otherwise a non-greedy wildcard match as kubectl does it. */
function selectString(s: string, spec: string): boolean {
  if (spec === '*') return true;
  if (!spec.includes('*')) return s === spec;
  let pos = 0;
  const parts = spec.split('*');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '') continue;
    const next = s.slice(pos).indexOf(part);
    if (next < pos || (i === 0 && pos !== 0) || (i === parts.length - 1 && s.length !== part.length + next)) return false;
    pos = next;
  }
  return true;
}
