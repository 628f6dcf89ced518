// The StatefulSet strategy: apps/v1 defaults (OrderedReady, RollingUpdate partition 0, Retain PVC
// policy, history 10), ValidateStatefulSetSpec, `status: {replicas: 0, availableReplicas: 0}` on
// create, and the v1.31 rule that only some spec fields may change. Mirrors pkg/registry/apps/statefulset.

import type { StatefulSetSpec } from 'kubernetes-types/apps/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { clone, deepEqual } from '../../../base/json.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { goPointer, goString, invalidRaw } from '../common/gofmt.ts';
import { asDict, defaultTemplateMeta, specOf } from '../common/objects.ts';
import { nonNegative } from '../common/validators.ts';
import { defaultPodTemplate } from '../podtemplate/defaults.ts';
import { defaultClaimSpec } from '../podtemplate/volume-defaults.ts';
import { validateLabels } from '../common/labels.ts';
import { selectorMatchesTemplate, validateSelector } from '../workloads/validation.ts';

export const STATEFULSET_UPDATE_FORBIDDEN = "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', "
  + "'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";
const MUTABLE_FIELDS = ['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'] as const;

const spec = (s: KubeObject): StatefulSetSpec => (s.spec ?? {}) as StatefulSetSpec;

function defaultStatefulSet(sts: KubeObject): void {
  const s = specOf(sts) as unknown as StatefulSetSpec;
  if (!s.podManagementPolicy) s.podManagementPolicy = 'OrderedReady';
  const strategy = (s.updateStrategy ??= {});
  if (!strategy.type) {
    strategy.type = 'RollingUpdate';
    strategy.rollingUpdate ??= {};
  }
  if (strategy.type === 'RollingUpdate' && strategy.rollingUpdate && strategy.rollingUpdate.partition === undefined) strategy.rollingUpdate.partition = 0;
  const retention = (s.persistentVolumeClaimRetentionPolicy ??= {});
  if (!retention.whenDeleted) retention.whenDeleted = 'Retain';
  if (!retention.whenScaled) retention.whenScaled = 'Retain';
  if (s.replicas === undefined || s.replicas === null) s.replicas = 1;
  if (s.revisionHistoryLimit === undefined || s.revisionHistoryLimit === null) s.revisionHistoryLimit = 10;
  defaultPodTemplate(sts, s.template ??= {} as StatefulSetSpec['template']);
  for (const claim of s.volumeClaimTemplates ?? []) {
    const c = claim as unknown as Record<string, unknown>;
    c.apiVersion ??= 'v1';
    c.kind ??= 'PersistentVolumeClaim';
    defaultTemplateMeta(c);
    if (!asDict(c.spec)) c.spec = {};
    defaultClaimSpec(sts, c.spec as Record<string, unknown>);
    c.status = { phase: 'Pending', ...asDict(c.status) };
  }
}

function validateStatefulSet(sts: KubeObject): FieldCause[] {
  const s = spec(sts);
  const causes: FieldCause[] = [];
  const policy = s.podManagementPolicy;
  if (!policy) causes.push(field.required('spec.podManagementPolicy'));
  else if (policy !== 'OrderedReady' && policy !== 'Parallel') causes.push(field.invalid('spec.podManagementPolicy', policy, "must be 'OrderedReady' or 'Parallel'"));
  causes.push(...validateUpdateStrategy(s.updateStrategy ?? {}));
  for (const key of ['whenDeleted', 'whenScaled'] as const) {
    const value = s.persistentVolumeClaimRetentionPolicy?.[key];
    if (value && value !== 'Retain' && value !== 'Delete') causes.push(field.notSupported(`spec.persistentVolumeClaimRetentionPolicy.${key}`, value, ['Retain', 'Delete']));
  }
  causes.push(...nonNegative(s.replicas, 'spec.replicas'), ...nonNegative(s.minReadySeconds, 'spec.minReadySeconds'));
  causes.push(...validateSelector(s.selector, 'empty selector is invalid for statefulset'));
  // Upstream validates only the template's metadata here (the pod spec check is still a TODO).
  causes.push(...selectorMatchesTemplate(s.selector, s.template, 'spec.template'));
  causes.push(...validateLabels(s.template?.metadata?.labels, 'spec.template.labels'));
  const restartPolicy = s.template?.spec?.restartPolicy;
  if (restartPolicy !== 'Always') causes.push(field.notSupported('spec.template.spec.restartPolicy', restartPolicy ?? '', ['Always']));
  if (s.template?.spec?.activeDeadlineSeconds !== undefined) {
    causes.push(field.forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in StatefulSet is not Supported'));
  }
  return causes;
}

function validateUpdateStrategy(strategy: NonNullable<StatefulSetSpec['updateStrategy']>): FieldCause[] {
  const rolling = strategy.rollingUpdate;
  switch (strategy.type) {
    case undefined: case '': return [field.required('spec.updateStrategy')];
    case 'OnDelete':
      return rolling ? [invalidRaw('spec.updateStrategy.rollingUpdate', `apps.RollingUpdateStatefulSetStrategy{Partition:${rolling.partition ?? 0}, MaxUnavailable:(*intstr.IntOrString)(nil)}`, "only allowed for updateStrategy 'RollingUpdate'")] : [];
    case 'RollingUpdate':
      return nonNegative(rolling?.partition, 'spec.updateStrategy.rollingUpdate.partition');
    default: {
      const inner = rolling ? goPointer('apps.RollingUpdateStatefulSetStrategy') : '(*apps.RollingUpdateStatefulSetStrategy)(nil)';
      return [invalidRaw('spec.updateStrategy', `apps.StatefulSetUpdateStrategy{Type:${goString(strategy.type)}, RollingUpdate:${inner}}`, "must be 'RollingUpdate' or 'OnDelete'")];
    }
  }
}

function validateStatefulSetUpdate(sts: KubeObject, old: KubeObject): FieldCause[] {
  const causes = validateStatefulSet(sts);
  const munged = clone(sts.spec ?? {}) as Record<string, unknown>;
  const prev = (old.spec ?? {}) as Record<string, unknown>;
  for (const key of MUTABLE_FIELDS) {
    if (prev[key] === undefined) delete munged[key];
    else munged[key] = clone(prev[key]);
  }
  if (!deepEqual(munged, prev)) causes.push(field.forbidden('spec', STATEFULSET_UPDATE_FORBIDDEN));
  return causes;
}

export const statefulSetStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: true,
  default: defaultStatefulSet,
  validate: validateStatefulSet,
  prepareForCreate(sts) {
    sts.status = { replicas: 0, availableReplicas: 0 };
  },
  validateUpdate: validateStatefulSetUpdate,
};
