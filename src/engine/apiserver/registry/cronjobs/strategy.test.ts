import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../api/types.ts';
import { resource, statusMessage, testServer } from '../testing/server.ts';
import { cronScheduleError } from './cron.ts';

const CRONJOBS = resource('batch', 'cronjobs');
const cronJob = (name: string, schedule: string, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name },
  spec: { schedule, jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'busybox' }] } } } }, ...extra },
});

describe('cron schedules', () => {
  it.each(['*/5 * * * *', '0 0 * * 0', '30 2 1-15 jan,jul mon-fri', '@hourly', '@every 1h30m', '0 0 * * 6'])('accepts %j', (s) => {
    expect(cronScheduleError(s)).toBeUndefined();
  });

  it.each([
    ['* * *', 'expected exactly 5 fields, found 3: [* * *]'],
    ['60 * * * *', 'end of range (60) above maximum (59): 60'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['* * * * 7', 'end of range (7) above maximum (6): 7'],
    ['x * * * *', 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax'],
    ['5-1 * * * *', 'beginning of range (5) beyond end of range (1): 5-1'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['@weekdays', 'unrecognized descriptor: @weekdays'],
    ['@every 1x', 'failed to parse duration @every 1x: time: unknown unit "x" in duration "1x"'],
  ])('rejects %j', (s, message) => {
    expect(cronScheduleError(s)).toBe(message);
  });
});

describe('cronjobs', () => {
  it('fills the batch defaults without job defaults in the template', () => {
    const created = testServer().create(CRONJOBS, 'default', cronJob('hello', '*/1 * * * *'));
    expect(created.spec).toMatchObject({
      concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1,
      jobTemplate: { metadata: { creationTimestamp: null }, spec: { template: { metadata: { creationTimestamp: null } } } },
    });
    expect((created.spec as { jobTemplate: { spec: Record<string, unknown> } }).jobTemplate.spec.backoffLimit).toBeUndefined();
  });

  it('rejects bad schedules and TZ prefixes', () => {
    const server = testServer();
    expect(statusMessage(() => server.create(CRONJOBS, 'default', cronJob('a', '* * *'))))
      .toBe('CronJob.batch "a" is invalid: spec.schedule: Invalid value: "* * *": expected exactly 5 fields, found 3: [* * *]');
    expect(statusMessage(() => server.create(CRONJOBS, 'default', cronJob('b', 'CRON_TZ=UTC 0 * * * *'))))
      .toBe('CronJob.batch "b" is invalid: spec.schedule: Invalid value: "CRON_TZ=UTC 0 * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead');
  });

  it('validates the job template like a job', () => {
    const bad = cronJob('c', '@daily');
    (bad.spec as { jobTemplate: { spec: { template: { spec: Record<string, unknown> } } } }).jobTemplate.spec.template.spec.restartPolicy = 'Always';
    expect(statusMessage(() => testServer().create(CRONJOBS, 'default', bad)))
      .toBe('CronJob.batch "c" is invalid: spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"');
  });
});
