// The CronJob strategy: batch/v1 defaults (Allow, history 3/1, not suspended), schedule and time
// zone validation, the job template validated like a Job spec (selector auto-generated later),
// `status: {}` on create. Mirrors pkg/registry/batch/cronjob and batch validation (v1.31).

import type { CronJobSpec, JobSpec } from 'kubernetes-types/batch/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { goLabelSelector, invalidRaw } from '../common/gofmt.ts';
import { asDict, defaultTemplateMeta, specOf } from '../common/objects.ts';
import { nonNegative } from '../common/validators.ts';
import { defaultPodTemplate } from '../podtemplate/defaults.ts';
import { validateJobSpecCommon } from '../jobs/validation.ts';
import { cronScheduleError, timeZoneError } from './cron.ts';

const MAX_NAME_LENGTH = 52;
const TIME_ZONE_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;
const spec = (cj: KubeObject): CronJobSpec => (cj.spec ?? {}) as CronJobSpec;

function defaultCronJob(cj: KubeObject): void {
  const s = specOf(cj) as unknown as CronJobSpec;
  if (!s.concurrencyPolicy) s.concurrencyPolicy = 'Allow';
  if (s.suspend === undefined) s.suspend = false;
  if (s.successfulJobsHistoryLimit === undefined) s.successfulJobsHistoryLimit = 3;
  if (s.failedJobsHistoryLimit === undefined) s.failedJobsHistoryLimit = 1;
  const jobTemplate = (s.jobTemplate ??= {}) as unknown as Record<string, unknown>;
  defaultTemplateMeta(jobTemplate);
  const jobSpec = (asDict(jobTemplate.spec) ?? {}) as unknown as JobSpec;
  jobTemplate.spec = jobSpec;
  defaultPodTemplate(cj, jobSpec.template ??= {} as JobSpec['template']);
}

function validateCronJob(cj: KubeObject, old?: KubeObject): FieldCause[] {
  const s = spec(cj);
  const causes: FieldCause[] = [];
  if (!s.schedule) causes.push(field.required('spec.schedule'));
  else causes.push(...validateSchedule(s.schedule, old ? spec(old).schedule.includes('TZ') : false, s.timeZone));
  causes.push(...nonNegative(s.startingDeadlineSeconds, 'spec.startingDeadlineSeconds'));
  if (!old || spec(old).timeZone !== s.timeZone) causes.push(...validateTimeZone(s.timeZone));
  const policy = s.concurrencyPolicy;
  if (!policy) causes.push(field.required('spec.concurrencyPolicy'));
  else if (!['Allow', 'Forbid', 'Replace'].includes(policy)) causes.push(field.notSupported('spec.concurrencyPolicy', policy, ['Allow', 'Forbid', 'Replace']));
  const jobSpec = (s.jobTemplate?.spec ?? {}) as JobSpec;
  causes.push(...validateJobSpecCommon(jobSpec, 'spec.jobTemplate.spec'));
  if (jobSpec.selector) causes.push(invalidRaw('spec.jobTemplate.spec.selector', goLabelSelector(jobSpec.selector), '`selector` will be auto-generated'));
  if (jobSpec.manualSelector === true) causes.push(field.notSupported('spec.jobTemplate.spec.manualSelector', true, ['nil', 'false']));
  causes.push(...nonNegative(s.successfulJobsHistoryLimit, 'spec.successfulJobsHistoryLimit'));
  causes.push(...nonNegative(s.failedJobsHistoryLimit, 'spec.failedJobsHistoryLimit'));
  return causes;
}

function validateSchedule(schedule: string, allowTZ: boolean, timeZone: string | undefined): FieldCause[] {
  const causes: FieldCause[] = [];
  const problem = cronScheduleError(schedule);
  if (problem) causes.push(field.invalid('spec.schedule', schedule, problem));
  if (allowTZ && schedule.includes('TZ') && timeZone !== undefined) {
    causes.push(field.invalid('spec.schedule', schedule, 'cannot use both timeZone field and TZ or CRON_TZ in schedule'));
  } else if (!allowTZ && schedule.includes('TZ')) {
    causes.push(field.invalid('spec.schedule', schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  }
  return causes;
}

function validateTimeZone(timeZone: string | undefined): FieldCause[] {
  if (timeZone === undefined || timeZone === null) return [];
  const path = 'spec.timeZone';
  if (timeZone === '') return [field.invalid(path, timeZone, 'timeZone must be nil or non-empty string')];
  const badPart = timeZone.split('/').some((p) => p === '.' || p === '..' || p.startsWith('-') || !TIME_ZONE_PART.test(p));
  if (badPart) return [field.invalid(path, timeZone, `unknown time zone ${timeZone}`)];
  const causes: FieldCause[] = [];
  if (timeZone.toLowerCase() === 'local') causes.push(field.invalid(path, timeZone, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'));
  const problem = timeZoneError(timeZone);
  if (problem) causes.push(field.invalid(path, timeZone, problem));
  return causes;
}

export const cronJobStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: true,
  default: defaultCronJob,
  validate(cj) {
    const causes = validateCronJob(cj);
    const name = cj.metadata.name ?? '';
    if (name.length > MAX_NAME_LENGTH) causes.push(field.invalid('metadata.name', name, `must be no more than ${MAX_NAME_LENGTH} characters`));
    return causes;
  },
  prepareForCreate(cj) {
    cj.status = {};
  },
  validateUpdate: (cj, old) => validateCronJob(cj, old),
};
