// The IngressClass strategy: a qualified controller name that never changes, parameters scope
// defaulted to Cluster, and the default-class lookup used by the DefaultIngressClass admission.
// Mirrors pkg/apis/networking/validation ValidateIngressClass and networking/v1 defaults (v1.31).

import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { isQualifiedName } from '../../../api/validation/names.ts';
import type { AdmissionContext, ResourceStrategy } from '../../strategy.ts';
import { asDict, newestDefault, specOf } from '../common/objects.ts';
import { immutable } from '../common/validators.ts';

const DEFAULT_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';

/** The newest IngressClass annotated as default (ties broken by name). */
export function defaultIngressClass(ctx: AdmissionContext): string | undefined {
  return newestDefault(ctx.list('networking.k8s.io', 'ingressclasses'), [DEFAULT_ANNOTATION]);
}

const controllerOf = (c: KubeObject): string => String((c.spec as { controller?: string } | undefined)?.controller ?? '');

function validateIngressClass(c: KubeObject): FieldCause[] {
  const controller = controllerOf(c);
  if (controller === '') return [field.required('spec.controller')];
  const causes = isQualifiedName(controller).map((m) => field.invalid('spec.controller', controller, m));
  if (controller.length > 250) causes.push(field.tooLong('spec.controller', 250));
  return causes;
}

export const ingressClassStrategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: true,
  default(c) {
    const params = asDict(specOf(c).parameters);
    if (params && params.scope === undefined) params.scope = 'Cluster';
  },
  validate: validateIngressClass,
  validateUpdate: (c, old) => [...validateIngressClass(c), ...immutable(controllerOf(c), controllerOf(old), 'spec.controller')],
};
