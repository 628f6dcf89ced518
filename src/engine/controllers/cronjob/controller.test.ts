import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { emptyProfile } from '../../profiles/empty/index.ts';
import { Cluster } from '../../sim/cluster.ts';
import { eventsOf, finishPod, podsOf } from '../job/testing.ts';

/** The empty profile starts at 09:00:00 UTC, so `*\/1` first fires at 09:01:00 (minute 29036701). */
const FIRST_MINUTE = Date.UTC(2025, 2, 17, 9, 1, 0) / 60_000;

function setup(spec: Record<string, unknown> = {}, jobSpec: Record<string, unknown> = {}): Cluster {
  const c = new Cluster({ seed: 21, profile: emptyProfile });
  c.client().create('batch/cronjobs', {
    apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'hello', namespace: 'default' },
    spec: {
      schedule: '*/1 * * * *', ...spec,
      jobTemplate: { spec: { ...jobSpec, template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'main', image: 'busybox:1.28' }] } } } },
    },
  });
  return c;
}

/** Advances to `seconds` past the start of minute `FIRST_MINUTE + n`. */
function toMinute(c: Cluster, n: number, seconds = 1): void {
  c.advance((FIRST_MINUTE + n) * 60_000 + seconds * 1000 - c.nowMs);
}

const jobs = (c: Cluster): string[] => c.client().list('batch/jobs', 'default').map((j) => j.metadata.name!).sort();
const cronJob = (c: Cluster): KubeObject => c.client().get('batch/cronjobs', 'default', 'hello')!;
const cronStatus = (c: Cluster): Record<string, unknown> => cronJob(c).status as Record<string, unknown>;
const name = (n: number): string => `hello-${FIRST_MINUTE + n}`;

function finishJob(c: Cluster, job: string, exitCode = 0): void {
  for (const p of podsOf(c, job)) finishPod(c, p, exitCode);
  c.advance(3_000);
}

describe('CronJob controller', () => {
  it('creates the Job of each schedule time, named in minutes since the epoch', () => {
    const c = setup();
    toMinute(c, 0, -1);
    expect(jobs(c)).toEqual([]);
    toMinute(c, 0);
    expect(jobs(c)).toEqual([name(0)]);
    const job = c.client().get('batch/jobs', 'default', name(0))!;
    expect(job.metadata.annotations).toEqual({ 'batch.kubernetes.io/cronjob-scheduled-timestamp': '2025-03-17T09:01:00Z' });
    expect(job.metadata.ownerReferences).toEqual([{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'hello', uid: cronJob(c).metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(cronStatus(c)).toEqual({
      active: [{ kind: 'Job', namespace: 'default', name: name(0), uid: job.metadata.uid, apiVersion: 'batch/v1', resourceVersion: expect.any(String) }],
      lastScheduleTime: '2025-03-17T09:01:00Z',
    });
    expect(eventsOf(c, 'CronJob', 'hello')).toEqual([`Normal SuccessfulCreate Created job ${name(0)}`]);
  });

  it('sees its Jobs complete and keeps the last three successful ones', () => {
    const c = setup();
    for (let n = 0; n < 5; n++) {
      toMinute(c, n);
      finishJob(c, name(n));
    }
    expect(jobs(c)).toEqual([name(2), name(3), name(4)]);
    expect(cronStatus(c).active).toBeUndefined();
    expect(cronStatus(c).lastSuccessfulTime).toBe((c.client().get('batch/jobs', 'default', name(4))!.status as { completionTime: string }).completionTime);
    const events = eventsOf(c, 'CronJob', 'hello');
    expect(events).toContain(`Normal SawCompletedJob Saw completed job: ${name(0)}, status: Complete`);
    expect(events.filter((e) => e.includes('SuccessfulDelete'))).toEqual([`Normal SuccessfulDelete Deleted job ${name(0)}`, `Normal SuccessfulDelete Deleted job ${name(1)}`]);
  });

  it('keeps one failed Job by default', () => {
    const c = setup({}, { backoffLimit: 0 });
    for (let n = 0; n < 2; n++) {
      toMinute(c, n);
      finishJob(c, name(n), 1);
    }
    expect(jobs(c)).toEqual([name(1)]);
    expect(eventsOf(c, 'CronJob', 'hello')).toContain(`Normal SawCompletedJob Saw completed job: ${name(0)}, status: Failed`);
  });

  it('does not start a Job while one runs with concurrencyPolicy Forbid', () => {
    const c = setup({ concurrencyPolicy: 'Forbid' });
    toMinute(c, 1);
    expect(jobs(c)).toEqual([name(0)]);
    expect(eventsOf(c, 'CronJob', 'hello').at(-1)).toBe('Normal JobAlreadyActive Not starting job because prior execution is running and concurrency policy is Forbid');
  });

  it('replaces the running Job with concurrencyPolicy Replace', () => {
    const c = setup({ concurrencyPolicy: 'Replace' });
    toMinute(c, 1);
    expect(jobs(c)).toEqual([name(1)]);
    expect(eventsOf(c, 'CronJob', 'hello').slice(-2).sort()).toEqual([`Normal SuccessfulCreate Created job ${name(1)}`, `Normal SuccessfulDelete Deleted job ${name(0)}`]);
    expect((cronStatus(c).active as unknown[]).length).toBe(1);
  });

  it('starts nothing while suspended, and a late start past startingDeadlineSeconds is skipped', () => {
    const c = setup({ suspend: true, startingDeadlineSeconds: 10 });
    toMinute(c, 2, 30);
    expect(jobs(c)).toEqual([]);
    c.client().patch('batch/cronjobs', 'default', 'hello', 'merge', { spec: { suspend: false } });
    c.advance(1_000);
    expect(jobs(c)).toEqual([]);
    toMinute(c, 3);
    expect(jobs(c)).toEqual([name(3)]);
  });

  it('warns about more than 100 missed times, then starts the most recent one', () => {
    const c = setup({ suspend: true });
    toMinute(c, 150, 30);
    c.client().patch('batch/cronjobs', 'default', 'hello', 'merge', { spec: { suspend: false } });
    c.advance(1_000);
    expect(jobs(c)).toEqual([name(150)]);
    expect(eventsOf(c, 'CronJob', 'hello')).toContain('Warning TooManyMissedTimes too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
  });

  it('follows spec.timeZone and stamps the scheduled time in that zone', () => {
    const c = setup({ schedule: '0 10 * * *', timeZone: 'Europe/Paris' });
    c.advance(Date.UTC(2025, 2, 18, 9, 0, 1) - c.nowMs);
    const scheduledMs = Date.UTC(2025, 2, 18, 9, 0, 0);
    const job = c.client().get('batch/jobs', 'default', `hello-${scheduledMs / 60_000}`)!;
    expect(job.metadata.annotations!['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe('2025-03-18T10:00:00+01:00');
    expect(jobs(c)).toHaveLength(1);
  });

  it('re-aims the wake-up when the schedule changes', () => {
    const c = setup({ schedule: '0 * * * *' });
    c.advance(30_000);
    c.client().patch('batch/cronjobs', 'default', 'hello', 'merge', { spec: { schedule: '*/2 * * * *' } });
    toMinute(c, 1);
    expect(jobs(c)).toEqual([name(1)]);
  });

  it('goes on after a snapshot is restored into a fresh cluster, without duplicate Jobs', () => {
    const c = setup();
    toMinute(c, 0, 30);
    const snapshot = JSON.parse(JSON.stringify(c.snapshot())) as ReturnType<Cluster['snapshot']>;
    const restored = new Cluster({ seed: 21, profile: emptyProfile });
    restored.restore(snapshot);
    toMinute(c, 2);
    toMinute(restored, 2);
    expect(jobs(restored)).toEqual([name(0), name(1), name(2)]);
    expect(jobs(restored)).toEqual(jobs(c));
  });
});
