// kubectl create job NAME --from=cronjob/X: the CronJob's job template, marked as a manual run and
// owned by the CronJob (create_job.go createJobFromCronJob).

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';

describe('kubectl create job --from=cronjob/…', () => {
  it('instantiates the job template by hand', () => {
    const h = kubectlHarness();
    h.run('kubectl create cronjob nightly --image=busybox "--schedule=0 3 * * *" -- echo hi');
    const client = h.cluster.client();
    const cj = client.get('batch/cronjobs', 'default', 'nightly')!;
    client.patch('batch/cronjobs', 'default', 'nightly', 'merge', { spec: { jobTemplate: { metadata: { labels: { team: 'ops' }, annotations: { note: 'n' } } } } });
    expect(h.run('kubectl create job manual --from=cronjob/nightly')).toEqual({ stdout: 'job.batch/manual created\n', stderr: '', code: 0 });
    const job = client.get('batch/jobs', 'default', 'manual')!;
    expect(job.metadata.annotations).toEqual({ 'cronjob.kubernetes.io/instantiate': 'manual', note: 'n' });
    expect(job.metadata.labels).toMatchObject({ team: 'ops' });
    expect(job.metadata.ownerReferences).toEqual([{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'nightly', uid: cj.metadata.uid, controller: true }]);
    expect((job.spec as { template: { spec: { containers: Array<{ command: string[] }> } } }).template.spec.containers[0]!.command).toEqual(['echo', 'hi']);
  });

  it('needs a cron job to copy', () => {
    const h = kubectlHarness();
    h.run('kubectl create deployment web --image=nginx');
    expect(h.run('kubectl create job x --from=deployment/web').stderr).toBe('error: unknown object type *v1.Deployment\n');
    expect(h.run('kubectl create job x --from=cronjob/none').stderr).toBe('Error from server (NotFound): cronjobs.batch "none" not found\n');
    expect(h.run('kubectl create job x --from=cronjob/none --image=busybox -- sh').stderr).toBe('error: cannot specify --from and command\n');
  });
});
