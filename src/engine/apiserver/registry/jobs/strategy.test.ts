import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../api/types.ts';
import { resource, statusMessage, testServer } from '../testing/server.ts';

const JOBS = resource('batch', 'jobs');
const job = (name: string, spec: Record<string, unknown>): KubeObject => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name }, spec });
const podTemplate = (restartPolicy?: string) => ({ spec: { ...(restartPolicy ? { restartPolicy } : {}), containers: [{ name: 'pi', image: 'perl:5.34' }] } });

describe('jobs', () => {
  it('generates the selector and labels and fills the batch defaults', () => {
    const created = testServer().create(JOBS, 'default', job('pi', { template: podTemplate('Never') }));
    const uid = created.metadata.uid!;
    const labels = { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': uid, 'job-name': 'pi' };
    expect(created.metadata.labels).toEqual(labels);
    expect(created.spec).toMatchObject({
      completions: 1, parallelism: 1, backoffLimit: 6, completionMode: 'NonIndexed', suspend: false,
      podReplacementPolicy: 'TerminatingOrFailed', manualSelector: false,
      selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } },
      template: { metadata: { labels, creationTimestamp: null }, spec: { restartPolicy: 'Never', terminationGracePeriodSeconds: 30 } },
    });
    expect(created.status).toEqual({});
    expect(created.metadata.generation).toBe(1);
  });

  it('keeps the user template labels as the job labels', () => {
    const created = testServer().create(JOBS, 'default', job('pi', { template: { metadata: { labels: { app: 'pi' } }, ...podTemplate('OnFailure') } }));
    expect(created.metadata.labels).toEqual({ app: 'pi' });
  });

  it('requires restartPolicy OnFailure or Never', () => {
    expect(statusMessage(() => testServer().create(JOBS, 'default', job('pi', { template: podTemplate() }))))
      .toBe('Job.batch "pi" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"');
  });

  it('keeps the pod template immutable', () => {
    const server = testServer();
    const created = server.create(JOBS, 'default', job('pi', { template: podTemplate('Never') }));
    const next = structuredClone(created);
    (next.spec as { template: { spec: { containers: Array<{ image: string }> } } }).template.spec.containers[0]!.image = 'perl:5.36';
    expect(statusMessage(() => server.update(JOBS, 'default', next))).toBe('Job.batch "pi" is invalid: spec.template: Invalid value: core.PodTemplateSpec{...}: field is immutable');
  });

  it('selects jobs by status.successful', () => {
    const server = testServer();
    server.create(JOBS, 'default', job('pi', { template: podTemplate('Never') }));
    expect(server.list(JOBS, 'default', { fieldSelector: 'status.successful=0' }).items).toHaveLength(1);
  });
});
