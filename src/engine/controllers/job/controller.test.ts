import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { parseTime } from '../../base/time.ts';
import { emptyProfile } from '../../profiles/empty/index.ts';
import { Cluster } from '../../sim/cluster.ts';
import { eventsOf, finishPod, jobManifest, jobOf, markRunning, podsOf } from './testing.ts';

function setup(name: string, spec: Record<string, unknown> = {}, restartPolicy = 'Never'): Cluster {
  const c = new Cluster({ seed: 11, profile: emptyProfile });
  c.client().create('batch/jobs', jobManifest(name, spec, restartPolicy));
  c.runUntilIdle(5_000);
  return c;
}

/** The job's pod that has not finished yet. */
const pendingPod = (c: Cluster, job: string): KubeObject =>
  podsOf(c, job).find((p) => !['Succeeded', 'Failed'].includes((p.status as { phase?: string } | undefined)?.phase ?? ''))!;
const status = (c: Cluster, name: string): Record<string, unknown> => jobOf(c, name).status as Record<string, unknown>;
const conditions = (c: Cluster, name: string): string[] =>
  ((status(c, name).conditions ?? []) as Array<{ type: string; status: string; reason?: string }>).map((x) => `${x.type}=${x.status} ${x.reason ?? ''}`.trim());

describe('Job controller', () => {
  it('creates a pod from the template with the job labels and the tracking finalizer', () => {
    const c = setup('pi');
    const job = jobOf(c, 'pi');
    const [pod] = podsOf(c, 'pi');
    expect(podsOf(c, 'pi')).toHaveLength(1);
    expect(pod!.metadata.name).toMatch(/^pi-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(pod!.metadata.finalizers).toEqual(['batch.kubernetes.io/job-tracking']);
    expect(pod!.metadata.labels).toEqual(job.spec && (job.spec as { template: { metadata: { labels: unknown } } }).template.metadata.labels);
    expect(pod!.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Job', name: 'pi', uid: job.metadata.uid, controller: true, blockOwnerDeletion: true });
    expect(status(c, 'pi')).toEqual({ startTime: job.metadata.creationTimestamp, active: 1, terminating: 0, uncountedTerminatedPods: {}, ready: 0 });
    expect(eventsOf(c, 'Job', 'pi')).toEqual([`Normal SuccessfulCreate Created pod: ${pod!.metadata.name}`]);
  });

  it('counts ready pods, then completes: SuccessCriteriaMet and Complete, finalizer removed, Completed event', () => {
    const c = setup('pi');
    const [pod] = podsOf(c, 'pi');
    markRunning(c, pod!, true);
    c.runUntilIdle(5_000);
    expect(status(c, 'pi')).toMatchObject({ active: 1, ready: 1 });
    c.advance(3_000);
    finishPod(c, pod!, 0);
    c.runUntilIdle(5_000);
    const st = status(c, 'pi');
    expect(st).toMatchObject({ succeeded: 1, ready: 0, terminating: 0, uncountedTerminatedPods: {} });
    expect(st.active).toBeUndefined();
    expect(conditions(c, 'pi')).toEqual(['SuccessCriteriaMet=True CompletionsReached', 'Complete=True CompletionsReached']);
    expect(parseTime(st.completionTime)).toBeGreaterThan(parseTime(st.startTime)!);
    expect(podsOf(c, 'pi')[0]!.metadata.finalizers).toBeUndefined();
    expect(eventsOf(c, 'Job', 'pi').at(-1)).toBe('Normal Completed Job completed');
  });

  it('runs `parallelism` pods at a time up to `completions`', () => {
    const c = setup('batch', { completions: 3, parallelism: 2 });
    expect(podsOf(c, 'batch')).toHaveLength(2);
    finishPod(c, podsOf(c, 'batch')[0]!, 0);
    c.runUntilIdle(5_000);
    expect(podsOf(c, 'batch')).toHaveLength(3);
    expect(status(c, 'batch')).toMatchObject({ active: 2, succeeded: 1 });
    for (const p of podsOf(c, 'batch')) if (p.status && (p.status as { phase?: string }).phase !== 'Succeeded') finishPod(c, p, 0);
    c.runUntilIdle(5_000);
    expect(podsOf(c, 'batch')).toHaveLength(3);
    expect(status(c, 'batch')).toMatchObject({ succeeded: 3 });
    expect(conditions(c, 'batch').at(-1)).toBe('Complete=True CompletionsReached');
  });

  it('re-creates failed pods after 10 s, then 20 s, and fails with BackoffLimitExceeded', () => {
    const c = setup('fail', { backoffLimit: 2 });
    const created: number[] = [c.nowMs];
    for (let failures = 1; failures <= 2; failures++) {
      const before = podsOf(c, 'fail').length;
      finishPod(c, pendingPod(c, 'fail'), 1);
      const failedAt = c.nowMs;
      for (let i = 0; i < 1000 && podsOf(c, 'fail').length === before; i++) c.advance(100);
      created.push(c.nowMs - failedAt);
    }
    expect(created.slice(1)).toEqual([10_000, 20_000]);
    expect(status(c, 'fail')).toMatchObject({ failed: 2, active: 1 });
    finishPod(c, pendingPod(c, 'fail'), 1);
    c.advance(2_000);
    expect(conditions(c, 'fail')).toEqual(['FailureTarget=True BackoffLimitExceeded', 'Failed=True BackoffLimitExceeded']);
    expect(status(c, 'fail')).toMatchObject({ failed: 3 });
    expect(status(c, 'fail').completionTime).toBeUndefined();
    expect(eventsOf(c, 'Job', 'fail').at(-1)).toBe('Warning BackoffLimitExceeded Job has reached the specified backoff limit');
  });

  it('fails an OnFailure Job whose container restarts reach backoffLimit', () => {
    const c = setup('crash', { backoffLimit: 2 }, 'OnFailure');
    const pod = podsOf(c, 'crash')[0]!;
    const fresh = c.client().get('/pods', 'default', pod.metadata.name!)!;
    c.client().updateStatus('/pods', { ...fresh, status: { phase: 'Running', containerStatuses: [{ name: 'main', restartCount: 2, ready: false, image: 'busybox', imageID: '', state: { waiting: { reason: 'CrashLoopBackOff' } } }] } });
    c.runUntilIdle(5_000);
    expect(conditions(c, 'crash')[0]).toBe('FailureTarget=True BackoffLimitExceeded');
    expect(eventsOf(c, 'Job', 'crash')).toContain(`Normal SuccessfulDelete Deleted pod: ${pod.metadata.name}`);
  });

  it('deletes the active pods past activeDeadlineSeconds and fails with DeadlineExceeded once they are gone', () => {
    const c = setup('slow', { activeDeadlineSeconds: 30 });
    const pod = podsOf(c, 'slow')[0]!;
    const startMs = parseTime(status(c, 'slow').startTime)!;
    c.advance(startMs + 29_900 - c.nowMs);
    expect(conditions(c, 'slow')).toEqual([]);
    c.advance(1_000);
    expect(conditions(c, 'slow')).toEqual(['FailureTarget=True DeadlineExceeded']);
    expect(status(c, 'slow')).toMatchObject({ terminating: 1 });
    c.advance(3_000);
    expect(conditions(c, 'slow')).toEqual(['FailureTarget=True DeadlineExceeded', 'Failed=True DeadlineExceeded']);
    expect(podsOf(c, 'slow')).toHaveLength(0);
    expect(status(c, 'slow')).toMatchObject({ failed: 1, terminating: 0 });
    expect(eventsOf(c, 'Job', 'slow').slice(1)).toEqual([
      `Normal SuccessfulDelete Deleted pod: ${pod.metadata.name}`, 'Warning DeadlineExceeded Job was active longer than specified deadline',
    ]);
  });

  it('creates nothing while suspended, then resumes with a new start time', () => {
    const c = setup('later', { suspend: true });
    expect(podsOf(c, 'later')).toHaveLength(0);
    expect(conditions(c, 'later')).toEqual(['Suspended=True JobSuspended']);
    expect(status(c, 'later').startTime).toBeUndefined();
    c.advance(60_000);
    c.client().patch('batch/jobs', 'default', 'later', 'merge', { spec: { suspend: false } });
    c.runUntilIdle(5_000);
    expect(podsOf(c, 'later')).toHaveLength(1);
    expect(conditions(c, 'later')).toEqual(['Suspended=False JobResumed']);
    const events = eventsOf(c, 'Job', 'later');
    expect(events[0]).toBe('Normal Suspended Job suspended');
    expect(events).toContain('Normal Resumed Job resumed');
  });

  it('deletes the pods of a Job that gets suspended without counting them as failed', () => {
    const c = setup('pause', { parallelism: 2, completions: 4 });
    c.client().patch('batch/jobs', 'default', 'pause', 'merge', { spec: { suspend: true } });
    c.runUntilIdle(5_000);
    expect(podsOf(c, 'pause')).toHaveLength(0);
    expect(status(c, 'pause').failed).toBeUndefined();
    expect(conditions(c, 'pause')).toEqual(['Suspended=True JobSuspended']);
  });

  it('gives Indexed pods their index (annotation, label, hostname, env) and reports completedIndexes', () => {
    const c = setup('idx', { completionMode: 'Indexed', completions: 4, parallelism: 3 });
    const pods = podsOf(c, 'idx');
    const indexOf = (p: (typeof pods)[number]): string => p.metadata.annotations!['batch.kubernetes.io/job-completion-index']!;
    expect(pods.map(indexOf).sort()).toEqual(['0', '1', '2']);
    const first = pods.find((p) => indexOf(p) === '0')!;
    expect(first.metadata.name).toMatch(/^idx-0-[a-z0-9]{5}$/);
    expect(first.metadata.labels!['batch.kubernetes.io/job-completion-index']).toBe('0');
    expect((first.spec as { hostname: string }).hostname).toBe('idx-0');
    expect((first.spec as { containers: Array<{ env: unknown[] }> }).containers[0]!.env).toEqual([
      { name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.labels['batch.kubernetes.io/job-completion-index']" } } },
    ]);
    for (const ix of ['0', '2']) finishPod(c, pods.find((p) => indexOf(p) === ix)!, 0);
    c.runUntilIdle(5_000);
    expect(status(c, 'idx')).toMatchObject({ completedIndexes: '0,2', succeeded: 2, active: 2 });
    for (const p of podsOf(c, 'idx')) if (['1', '3'].includes(indexOf(p))) finishPod(c, p, 0);
    c.runUntilIdle(5_000);
    expect(status(c, 'idx')).toMatchObject({ completedIndexes: '0-3', succeeded: 4 });
    expect(conditions(c, 'idx').at(-1)).toBe('Complete=True CompletionsReached');
  });

  it('removes the tracking finalizer from the pods of a deleted Job', () => {
    const c = setup('gone', { parallelism: 2, completions: 2 });
    c.client().delete('batch/jobs', 'default', 'gone', { propagationPolicy: 'Background' });
    c.runUntilIdle(5_000);
    expect(podsOf(c, 'gone')).toEqual([]);
  });
});
