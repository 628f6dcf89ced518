// The Namespace strategy: the `kubernetes.io/metadata.name` label, the `kubernetes` finalizer and
// `status.phase: Active` on create; updates never touch spec.finalizers or status (only /finalize
// and /status do). Mirrors pkg/registry/core/namespace/strategy.go and SetDefaults_Namespace.

import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { isQualifiedName } from '../../../api/validation/names.ts';
import { clone } from '../../../base/json.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { specOf } from '../common/objects.ts';

export const NAME_LABEL = 'kubernetes.io/metadata.name';
export const KUBERNETES_FINALIZER = 'kubernetes';
const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

function nameLabel(ns: KubeObject): void {
  if (ns.metadata.name) ns.metadata.labels = { ...ns.metadata.labels, [NAME_LABEL]: ns.metadata.name };
}

function validateNamespace(ns: KubeObject): FieldCause[] {
  const finalizers = ((ns.spec as { finalizers?: string[] } | undefined)?.finalizers) ?? [];
  const causes: FieldCause[] = [];
  for (const name of finalizers) {
    causes.push(...isQualifiedName(name).map((m) => field.invalid('spec.finalizers', name, m)));
    if (!name.includes('/') && !STANDARD_FINALIZERS.has(name)) {
      causes.push(field.invalid('spec.finalizers', name, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  }
  return causes;
}

export const namespaceStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: false,
  default: nameLabel,
  validate: validateNamespace,
  prepareForCreate(ns) {
    ns.status = { phase: 'Active' };
    const spec = specOf(ns) as { finalizers?: string[] };
    const finalizers = spec.finalizers ?? [];
    spec.finalizers = finalizers.includes(KUBERNETES_FINALIZER) ? finalizers : [...finalizers, KUBERNETES_FINALIZER];
    nameLabel(ns);
  },
  prepareForUpdate(ns, old) {
    ns.spec = clone(old.spec);
    if (ns.spec === undefined) delete ns.spec;
    nameLabel(ns);
  },
  fieldLabels: {
    'status.phase': (ns) => String((ns.status as { phase?: string } | undefined)?.phase ?? ''),
  },
};
