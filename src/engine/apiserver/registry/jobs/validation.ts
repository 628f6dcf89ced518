// Job spec validation shared by Jobs and CronJob job templates: counts, completion mode, pod
// replacement policy, the pod template and its restartPolicy (OnFailure or Never), plus the checks
// that the generated selector and labels are intact. Mirrors pkg/apis/batch/validation (v1.31).

import type { JobSpec } from 'kubernetes-types/batch/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { isDns1123Label } from '../../../api/validation/names.ts';
import { goLabelSelector, goStringMap, invalidRaw } from '../common/gofmt.ts';
import { selectorConvertible, selectorMatches, validateLabelSelector } from '../common/labels.ts';
import { labelsOf } from '../common/objects.ts';
import { nonNegative } from '../common/validators.ts';
import { validatePodTemplateSpec } from '../podtemplate/validation.ts';

export const JobLabel = {
  ControllerUid: 'batch.kubernetes.io/controller-uid',
  JobName: 'batch.kubernetes.io/job-name',
  LegacyControllerUid: 'controller-uid',
  LegacyJobName: 'job-name',
} as const;

const MAX_INDEXED_PARALLELISM = 100000;

/** validateJobSpec (the part a CronJob's jobTemplate shares). */
export function validateJobSpecCommon(spec: JobSpec, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  for (const key of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished', 'backoffLimitPerIndex', 'maxFailedIndexes'] as const) {
    causes.push(...nonNegative(spec[key], `${path}.${key}`));
  }
  if (spec.maxFailedIndexes !== undefined && spec.backoffLimitPerIndex === undefined) {
    causes.push(field.required(`${path}.backoffLimitPerIndex`, 'when maxFailedIndexes is specified'));
  }
  const mode = spec.completionMode;
  if (mode !== undefined && mode !== 'NonIndexed' && mode !== 'Indexed') causes.push(field.notSupported(`${path}.completionMode`, mode, ['NonIndexed', 'Indexed']));
  if (mode === 'Indexed') {
    if (spec.completions === undefined) causes.push(field.required(`${path}.completions`, 'when completion mode is Indexed'));
    if ((spec.parallelism ?? 0) > MAX_INDEXED_PARALLELISM) {
      causes.push(field.invalid(`${path}.parallelism`, spec.parallelism, `must be less than or equal to ${MAX_INDEXED_PARALLELISM} when completion mode is Indexed`));
    }
  } else {
    if (spec.backoffLimitPerIndex !== undefined) causes.push(field.invalid(`${path}.backoffLimitPerIndex`, spec.backoffLimitPerIndex, 'requires indexed completion mode'));
    if (spec.maxFailedIndexes !== undefined) causes.push(field.invalid(`${path}.maxFailedIndexes`, spec.maxFailedIndexes, 'requires indexed completion mode'));
  }
  const replacement = spec.podReplacementPolicy;
  if (replacement !== undefined) {
    const allowed = spec.podFailurePolicy ? ['Failed'] : ['Failed', 'TerminatingOrFailed'];
    if (!allowed.includes(replacement)) causes.push(field.notSupported(`${path}.podReplacementPolicy`, replacement, allowed));
  }
  causes.push(...validatePodTemplateSpec(spec.template, `${path}.template`));
  causes.push(...restartPolicy(spec, `${path}.template.spec.restartPolicy`));
  return causes;
}

function restartPolicy(spec: JobSpec, path: string): FieldCause[] {
  const policy = spec.template?.spec?.restartPolicy ?? '';
  if (policy === 'Always' || policy === '') return [field.required(path, 'valid values: "OnFailure", "Never"')];
  if (policy !== 'OnFailure' && policy !== 'Never') return [field.notSupported(path, policy, ['OnFailure', 'Never'])];
  if (spec.podFailurePolicy && policy !== 'Never') return [field.invalid(path, policy, 'only "Never" is supported when podFailurePolicy is specified')];
  return [];
}

/** ValidateJob: generated selector and labels, the spec, and the Indexed pod hostname limit. */
export function validateJob(job: KubeObject, requirePrefixedLabels: boolean): FieldCause[] {
  const spec = (job.spec ?? {}) as JobSpec;
  const causes = validateGeneratedSelector(job, spec, requirePrefixedLabels);
  causes.push(...validateJobSpecCommon(spec, 'spec'));
  if (!spec.selector) causes.push(field.required('spec.selector'));
  else causes.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  const labels = labelsOf(spec.template?.metadata);
  if (selectorConvertible(spec.selector) && !selectorMatches(spec.selector, labels)) {
    causes.push(invalidRaw('spec.template.metadata.labels', goStringMap(labels), '`selector` does not match template `labels`'));
  }
  if (spec.completionMode === 'Indexed' && (spec.completions ?? 0) > 0) {
    const hostname = `${job.metadata.name ?? ''}-${(spec.completions ?? 0) - 1}`;
    if (isDns1123Label(hostname).length > 0) {
      causes.push(field.invalid('metadata.name', job.metadata.name ?? '', `will not able to create pod with invalid DNS label: ${hostname}`));
    }
  }
  return causes;
}

function validateGeneratedSelector(job: KubeObject, spec: JobSpec, requirePrefixed: boolean): FieldCause[] {
  if (spec.manualSelector === true || !spec.selector) return [];
  const uid = job.metadata.uid ?? '';
  const name = job.metadata.name ?? '';
  const causes: FieldCause[] = uid === '' ? [field.required('metadata.uid')] : [];
  const labels = labelsOf(spec.template?.metadata) ?? {};
  const expected: Record<string, string> = { [JobLabel.LegacyControllerUid]: uid, [JobLabel.LegacyJobName]: name };
  if (requirePrefixed) Object.assign(expected, { [JobLabel.ControllerUid]: uid, [JobLabel.JobName]: name });
  const order = requirePrefixed
    ? [JobLabel.LegacyControllerUid, JobLabel.LegacyJobName, JobLabel.ControllerUid, JobLabel.JobName]
    : [JobLabel.LegacyControllerUid, JobLabel.LegacyJobName];
  for (const key of order) {
    const path = `spec.template.metadata.labels[${key}]`;
    if (!(key in labels)) causes.push(field.required(path, `must be '${expected[key]}'`));
    else if (labels[key] !== expected[key]) causes.push(invalidRaw(path, goStringMap(labels), `must be '${expected[key]}'`));
  }
  if (!selectorMatches(spec.selector, expected)) causes.push(invalidRaw('spec.selector', goLabelSelector(spec.selector), '`selector` not auto-generated'));
  return causes;
}
