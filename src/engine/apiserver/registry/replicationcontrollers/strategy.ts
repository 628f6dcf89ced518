// The ReplicationController strategy: selector and labels default to the template labels, a
// non-empty map selector, ValidatePodTemplateSpecForRC, `status: {replicas: 0}` on create.
// Mirrors pkg/registry/core/replicationcontroller/strategy.go and SetDefaults_ReplicationController.

import type { ReplicationControllerSpec } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { goStringMap, invalidRaw } from '../common/gofmt.ts';
import { labelsOf, specOf } from '../common/objects.ts';
import { nonNegative } from '../common/validators.ts';
import { defaultPodTemplate } from '../podtemplate/defaults.ts';
import { validatePodTemplateSpec } from '../podtemplate/validation.ts';

const spec = (rc: KubeObject): ReplicationControllerSpec => (rc.spec ?? {}) as ReplicationControllerSpec;

function defaultRC(rc: KubeObject): void {
  const s = specOf(rc) as unknown as ReplicationControllerSpec;
  const labels = labelsOf(s.template?.metadata);
  if (labels) {
    if (Object.keys(s.selector ?? {}).length === 0) s.selector = { ...labels };
    if (Object.keys(rc.metadata.labels ?? {}).length === 0) rc.metadata.labels = { ...labels };
  }
  if (s.replicas === undefined || s.replicas === null) s.replicas = 1;
  if (s.template) defaultPodTemplate(rc, s.template);
}

function validateRC(rc: KubeObject): FieldCause[] {
  const s = spec(rc);
  const selector = s.selector ?? {};
  const causes = [...nonNegative(s.minReadySeconds, 'spec.minReadySeconds')];
  if (Object.keys(selector).length === 0) causes.push(field.required('spec.selector'));
  causes.push(...nonNegative(s.replicas, 'spec.replicas'));
  if (!s.template) return [...causes, field.required('spec.template')];
  const labels = labelsOf(s.template.metadata);
  const matches = Object.entries(selector).every(([k, v]) => labels?.[k] === v);
  if (Object.keys(selector).length > 0 && !matches) {
    causes.push(invalidRaw('spec.template.metadata.labels', goStringMap(labels), '`selector` does not match template `labels`'));
  }
  causes.push(...validatePodTemplateSpec(s.template, 'spec.template'));
  const restartPolicy = s.template.spec?.restartPolicy;
  if (restartPolicy !== 'Always') causes.push(field.notSupported('spec.template.spec.restartPolicy', restartPolicy ?? '', ['Always']));
  if (s.template.spec?.activeDeadlineSeconds !== undefined) {
    causes.push(field.forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in ReplicationController is not Supported'));
  }
  return causes;
}

export const replicationControllerStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: true,
  default: defaultRC,
  validate: validateRC,
  prepareForCreate(rc) {
    rc.status = { replicas: 0 };
  },
  validateUpdate: (rc) => validateRC(rc),
  fieldLabels: {
    'status.replicas': (rc) => String((rc.status as { replicas?: number } | undefined)?.replicas ?? 0),
  },
};
