// The Job strategy: batch/v1 defaults, the generated `batch.kubernetes.io/controller-uid` selector
// and template labels, `status: {}` on create, and the update rules (selector, template,
// completions and completionMode immutable). Mirrors pkg/registry/batch/job/strategy.go (v1.31).

import type { JobSpec } from 'kubernetes-types/batch/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { clone, deepEqual } from '../../../base/json.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { invalidRaw } from '../common/gofmt.ts';
import { labelsOf, specOf } from '../common/objects.ts';
import { immutable, FIELD_IMMUTABLE } from '../common/validators.ts';
import { defaultPodTemplate } from '../podtemplate/defaults.ts';
import { immutableSelector } from '../workloads/validation.ts';
import { JobLabel, validateJob } from './validation.ts';

const MAX_INT32 = 2147483647;
const spec = (job: KubeObject): JobSpec => (job.spec ?? {}) as JobSpec;

export function defaultJob(job: KubeObject): void {
  const s = specOf(job) as unknown as JobSpec;
  if (s.completions === undefined && s.parallelism === undefined) s.completions = 1;
  if (s.parallelism === undefined) s.parallelism = 1;
  if (s.backoffLimit === undefined) s.backoffLimit = s.backoffLimitPerIndex !== undefined ? MAX_INT32 : 6;
  copyTemplateLabels(job);
  if (!s.completionMode) s.completionMode = 'NonIndexed';
  if (s.suspend === undefined) s.suspend = false;
  if (!s.podReplacementPolicy) s.podReplacementPolicy = s.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
  if (s.manualSelector === undefined) s.manualSelector = false;
  defaultPodTemplate(job, s.template ??= {} as JobSpec['template']);
}

/** SetDefaults_Job: a Job without labels takes its template's labels (also re-applied on read). */
function copyTemplateLabels(job: KubeObject): void {
  const labels = labelsOf(spec(job).template?.metadata);
  if (labels && Object.keys(job.metadata.labels ?? {}).length === 0) job.metadata.labels = { ...labels };
}

/** generateSelector: controller-uid and job-name labels (both prefixes) and a uid selector. */
export function generateSelector(job: KubeObject): void {
  const s = specOf(job) as unknown as JobSpec;
  const template = (s.template ??= {} as JobSpec['template']);
  const meta = (template.metadata ??= {});
  const labels = (meta.labels ??= {});
  const name = job.metadata.name ?? '';
  const uid = job.metadata.uid ?? '';
  for (const key of [JobLabel.LegacyJobName, JobLabel.JobName]) if (!(key in labels)) labels[key] = name;
  for (const key of [JobLabel.LegacyControllerUid, JobLabel.ControllerUid]) if (!(key in labels)) labels[key] = uid;
  const selector = (s.selector ??= {});
  const matchLabels = (selector.matchLabels ??= {});
  if (!(JobLabel.ControllerUid in matchLabels)) matchLabels[JobLabel.ControllerUid] = uid;
}

function hadPrefixedLabels(old: KubeObject): boolean {
  const labels = labelsOf(spec(old).template?.metadata) ?? {};
  return JobLabel.JobName in labels && JobLabel.ControllerUid in labels;
}

function validateJobUpdate(job: KubeObject, old: KubeObject): FieldCause[] {
  const next = spec(job);
  const prev = spec(old);
  const causes = validateJob(job, hadPrefixedLabels(old));
  causes.push(...completionsUpdate(next, prev));
  causes.push(...immutableSelector(next.selector, prev.selector));
  causes.push(...templateUpdate(job, old));
  causes.push(...immutable(next.completionMode, prev.completionMode, 'spec.completionMode'));
  if (!deepEqual(next.podFailurePolicy, prev.podFailurePolicy)) causes.push(field.invalid('spec.podFailurePolicy', null, FIELD_IMMUTABLE));
  causes.push(...immutable(next.backoffLimitPerIndex, prev.backoffLimitPerIndex, 'spec.backoffLimitPerIndex'));
  return causes;
}

/** validateCompletions: immutable, except Indexed Jobs scaling completions with parallelism. */
function completionsUpdate(next: JobSpec, prev: JobSpec): FieldCause[] {
  if (next.completionMode !== 'Indexed') return immutable(next.completions, prev.completions, 'spec.completions');
  if (next.completions === prev.completions || next.completions === undefined || next.completions === next.parallelism) return [];
  return [field.invalid('spec.completions', next.completions, 'can only be modified in tandem with spec.parallelism')];
}

/**
 * The pod template is immutable, except scheduling directives of a suspended Job that never started.
 * Deviation from upstream: the value is printed as `core.PodTemplateSpec{...}`, not the full Go dump.
 */
function templateUpdate(job: KubeObject, old: KubeObject): FieldCause[] {
  const template = clone(spec(job).template) as unknown as Record<string, Record<string, unknown>>;
  const oldTemplate = clone(spec(old).template) as unknown as Record<string, Record<string, unknown>>;
  const startTime = (old.status as { startTime?: string } | undefined)?.startTime;
  if (spec(old).suspend === true && !startTime && template && oldTemplate) {
    for (const key of ['nodeSelector', 'tolerations', 'affinity', 'schedulingGates']) setLike(oldTemplate.spec, template.spec, key);
    for (const key of ['labels', 'annotations']) setLike(oldTemplate.metadata, template.metadata, key);
  }
  return deepEqual(template, oldTemplate) ? [] : [invalidRaw('spec.template', 'core.PodTemplateSpec{...}', FIELD_IMMUTABLE)];
}

function setLike(target: Record<string, unknown> | undefined, source: Record<string, unknown> | undefined, key: string): void {
  if (!target) return;
  if (source?.[key] === undefined) delete target[key];
  else target[key] = source[key];
}

export const jobStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: true,
  default: defaultJob,
  admit(job) {
    // PrepareForCreate generates the selector before validation upstream; here admit runs first.
    if (spec(job).manualSelector !== true) generateSelector(job);
    copyTemplateLabels(job);
  },
  validate: (job) => validateJob(job, true),
  prepareForCreate(job) {
    job.status = {};
  },
  validateUpdate: validateJobUpdate,
  fieldLabels: {
    'status.successful': (job) => String((job.status as { succeeded?: number } | undefined)?.succeeded ?? 0),
  },
};
