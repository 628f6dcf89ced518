// The PriorityClass strategy (scheduling.k8s.io/v1): preemptionPolicy PreemptLowerPriority by
// default, `system-` names reserved, user values capped at one billion, a single global default
// (Priority admission), value and preemptionPolicy fixed after create. Mirrors
// pkg/apis/scheduling/validation and plugin/pkg/admission/priority (v1.31).

import { field, forbidden, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { AdmissionContext, ResourceStrategy } from '../../strategy.ts';
import { immutable } from '../common/validators.ts';
import { SYSTEM_PRIORITY_CLASSES } from '../pods/priority.ts';

export const HIGHEST_USER_PRIORITY = 1000000000;

function validatePriorityClass(pc: KubeObject): FieldCause[] {
  const name = pc.metadata.name ?? '';
  const value = Number(pc.value ?? 0);
  const causes: FieldCause[] = [];
  if (name.startsWith('system-')) {
    const known = SYSTEM_PRIORITY_CLASSES[name];
    const problem = known === undefined ? `${name} is not a known system priority class`
      : known !== value ? `value of ${name} PriorityClass must be ${known}`
        : pc.globalDefault === true ? `globalDefault of ${name} PriorityClass must be false` : undefined;
    if (problem) causes.push(field.forbidden('metadata.name', `priority class names with 'system-' prefix are reserved for system use only. error: ${problem}`));
  } else if (value > HIGHEST_USER_PRIORITY) {
    causes.push(field.forbidden('value', `maximum allowed value of a user defined priority is ${HIGHEST_USER_PRIORITY}`));
  }
  const policy = pc.preemptionPolicy as string | undefined;
  if (policy !== undefined && policy !== 'PreemptLowerPriority' && policy !== 'Never') {
    causes.push(policy === '' ? field.required('preemptionPolicy') : field.notSupported('preemptionPolicy', policy, ['PreemptLowerPriority', 'Never']));
  }
  return causes;
}

/** Priority admission: only one PriorityClass may be the global default. */
function checkSingleDefault(pc: KubeObject, ctx: AdmissionContext): void {
  if (pc.globalDefault !== true) return;
  const other = ctx.list('scheduling.k8s.io', 'priorityclasses').find((c) => c.globalDefault === true && c.metadata.name !== pc.metadata.name);
  if (other) {
    throw forbidden('scheduling.k8s.io', 'priorityclasses', pc.metadata.name ?? '', `PriorityClass ${other.metadata.name ?? ''} is marked as default. Only one default can exist`);
  }
}

export const priorityClassStrategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: false,
  default(pc) {
    pc.preemptionPolicy ??= 'PreemptLowerPriority';
  },
  admit: checkSingleDefault,
  validate: validatePriorityClass,
  validateUpdate(pc, old, ctx) {
    checkSingleDefault(pc, ctx);
    const causes: FieldCause[] = [];
    if (pc.value !== old.value) causes.push(field.forbidden('value', 'may not be changed in an update.'));
    causes.push(...immutable(pc.preemptionPolicy, old.preemptionPolicy, 'preemptionPolicy'));
    return [...validatePriorityClass(pc), ...causes];
  },
};
