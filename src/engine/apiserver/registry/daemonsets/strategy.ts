// The DaemonSet strategy: RollingUpdate (maxUnavailable 1, maxSurge 0) and history 10 by default,
// ValidateDaemonSetSpec, zeroed status on create, the `deprecated.daemonset.template.generation`
// annotation bumped on template changes, immutable selector. Mirrors pkg/registry/apps/daemonset.

import type { DaemonSetSpec } from 'kubernetes-types/apps/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { deepEqual } from '../../../base/json.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { goIntOrString, goNilPointer, goPointer, goString, invalidRaw, notSupportedRaw } from '../common/gofmt.ts';
import { specOf } from '../common/objects.ts';
import { nonNegative } from '../common/validators.ts';
import { defaultPodTemplate } from '../podtemplate/defaults.ts';
import { immutableSelector, intOrPercentValue, notMoreThan100Percent, validateOwnedTemplate, validatePositiveIntOrPercent, validateSelector } from '../workloads/validation.ts';

export const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

const spec = (ds: KubeObject): DaemonSetSpec => (ds.spec ?? {}) as DaemonSetSpec;

function defaultDaemonSet(ds: KubeObject): void {
  const s = specOf(ds) as unknown as DaemonSetSpec;
  const strategy = (s.updateStrategy ??= {});
  if (!strategy.type) strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const rolling = (strategy.rollingUpdate ??= {});
    if (rolling.maxUnavailable === undefined || rolling.maxUnavailable === null) rolling.maxUnavailable = 1;
    if (rolling.maxSurge === undefined || rolling.maxSurge === null) rolling.maxSurge = 0;
  }
  if (s.revisionHistoryLimit === undefined || s.revisionHistoryLimit === null) s.revisionHistoryLimit = 10;
  defaultPodTemplate(ds, s.template ??= {} as DaemonSetSpec['template']);
}

function validateDaemonSet(ds: KubeObject): FieldCause[] {
  const s = spec(ds);
  const causes = validateSelector(s.selector, 'empty selector is invalid for daemonset');
  causes.push(...validateOwnedTemplate(s.selector, s.template, 'DaemonSet'));
  causes.push(...nonNegative(s.minReadySeconds, 'spec.minReadySeconds'));
  causes.push(...validateUpdateStrategy(s.updateStrategy ?? {}));
  if (typeof s.revisionHistoryLimit === 'number') causes.push(...nonNegative(s.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  return causes;
}

function validateUpdateStrategy(strategy: NonNullable<DaemonSetSpec['updateStrategy']>): FieldCause[] {
  const path = 'spec.updateStrategy';
  if (strategy.type === 'OnDelete') return [];
  if (strategy.type !== 'RollingUpdate') {
    const inner = strategy.rollingUpdate ? goPointer('apps.RollingUpdateDaemonSet') : goNilPointer('apps.RollingUpdateDaemonSet');
    return [notSupportedRaw(path, `apps.DaemonSetUpdateStrategy{Type:${goString(strategy.type ?? '')}, RollingUpdate:${inner}}`, ['RollingUpdate', 'OnDelete'])];
  }
  const rolling = strategy.rollingUpdate;
  if (!rolling) return [field.required(`${path}.rollingUpdate`)];
  const p = `${path}.rollingUpdate`;
  const causes = [
    ...validatePositiveIntOrPercent(rolling.maxUnavailable, `${p}.maxUnavailable`), ...validatePositiveIntOrPercent(rolling.maxSurge, `${p}.maxSurge`),
    ...notMoreThan100Percent(rolling.maxUnavailable, `${p}.maxUnavailable`), ...notMoreThan100Percent(rolling.maxSurge, `${p}.maxSurge`),
  ];
  const unavailable = intOrPercentValue(rolling.maxUnavailable) !== 0;
  const surge = intOrPercentValue(rolling.maxSurge) !== 0;
  if (unavailable && surge) {
    causes.push(invalidRaw(`${p}.maxSurge`, goIntOrString(rolling.maxSurge), 'may not be set when maxUnavailable is non-zero'));
  }
  if (!unavailable && !surge) causes.push(field.required(`${p}.maxUnavailable`, 'cannot be 0 when maxSurge is 0'));
  return causes;
}

function templateGeneration(ds: KubeObject): number {
  const n = Number(ds.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION]);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function setTemplateGeneration(ds: KubeObject, generation: number): void {
  ds.metadata.annotations = { ...ds.metadata.annotations, [TEMPLATE_GENERATION_ANNOTATION]: String(generation) };
}

export const daemonSetStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: true,
  default: defaultDaemonSet,
  validate: validateDaemonSet,
  prepareForCreate(ds) {
    ds.status = { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0 };
    setTemplateGeneration(ds, templateGeneration(ds));
  },
  prepareForUpdate(ds, old) {
    const changed = !deepEqual(spec(ds).template, spec(old).template);
    setTemplateGeneration(ds, templateGeneration(old) + (changed ? 1 : 0));
  },
  validateUpdate: (ds, old) => [...validateDaemonSet(ds), ...immutableSelector(spec(ds).selector, spec(old).selector)],
};
