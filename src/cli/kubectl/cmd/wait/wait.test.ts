// kubectl wait: one object after the other until its condition holds, on the virtual clock; one
// deadline for the run; --for=delete|create|condition=…|jsonpath=…; errors as kubectl prints them.

import { describe, expect, it } from 'vitest';
import { kubectlHarness, type KubectlHarness } from '../../../testing/kubectl-harness.ts';

function seedPod(h: KubectlHarness, name: string, labels: Record<string, string> = { app: 'web' }): void {
  h.cluster.client().create('/pods', {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels },
    spec: { containers: [{ name: 'c', image: 'nginx' }] },
  });
}

function setReady(h: KubectlHarness, name: string, ready: 'True' | 'False', phase = 'Running'): void {
  const client = h.cluster.client();
  const pod = client.get('/pods', 'default', name)!;
  client.updateStatus('/pods', { ...pod, status: { phase, conditions: [{ type: 'Ready', status: ready }] } });
}

describe('kubectl wait', () => {
  it('waits until each object meets the condition, printing one line per object', () => {
    const h = kubectlHarness();
    seedPod(h, 'a');
    seedPod(h, 'b');
    setReady(h, 'b', 'True');
    const run = h.run('kubectl wait --for=condition=Ready pod -l app=web');
    const p = run.process!;
    expect(run.stdout).toBe('');
    h.cluster.advance(3_000);
    setReady(h, 'a', 'True');
    p.poll(h.cluster.nowMs);
    expect({ done: p.done, code: run.code, stdout: run.stdout, stderr: run.stderr })
      .toEqual({ done: true, code: 0, stdout: 'pod/a condition met\npod/b condition met\n', stderr: '' });
  });

  it('times out after 30 s by default, naming the resource and object', () => {
    const h = kubectlHarness();
    seedPod(h, 'a');
    const run = h.run('kubectl wait --for=condition=Ready pod/a');
    const p = run.process!;
    expect(p.wakeAtMs()).toBe(h.cluster.nowMs + 30_000);
    h.cluster.advance(30_000);
    p.poll(h.cluster.nowMs);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: 'error: timed out waiting for the condition on pods/a\n' });
  });

  it('shares one deadline: objects visited after it time out too', () => {
    const h = kubectlHarness();
    seedPod(h, 'a');
    seedPod(h, 'b');
    setReady(h, 'b', 'True');
    const run = h.run('kubectl wait --for=condition=Ready pod/a pod/b --timeout=5s');
    h.cluster.advance(5_000);
    run.process!.poll(h.cluster.nowMs);
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 1, stdout: '',
      stderr: 'timed out waiting for the condition on pods/a\ntimed out waiting for the condition on pods/b\n',
    });
  });

  it('checks once with --timeout=0, compares condition values case-insensitively', () => {
    const h = kubectlHarness();
    seedPod(h, 'a');
    setReady(h, 'a', 'False');
    expect(h.run('kubectl wait --for=condition=Ready pod/a --timeout=0')).toEqual({ stdout: '', stderr: 'error: condition not met for pods/a\n', code: 1 });
    expect(h.run('kubectl wait --for=condition=ready=FALSE pod/a --timeout=0')).toEqual({ stdout: 'pod/a condition met\n', stderr: '', code: 0 });
  });

  it('ignores a condition older than the object\'s generation', () => {
    const h = kubectlHarness();
    const client = h.cluster.client();
    const d = client.create('apps/deployments', {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
      spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    });
    client.updateStatus('apps/deployments', { ...d, status: { observedGeneration: 0, conditions: [{ type: 'Available', status: 'True' }] } });
    expect(h.run('kubectl wait --for=condition=Available deploy/web --timeout=0').stderr).toBe('error: condition not met for deployments/web\n');
    const now = client.get('apps/deployments', 'default', 'web')!;
    client.updateStatus('apps/deployments', { ...now, status: { observedGeneration: 1, conditions: [{ type: 'Available', status: 'True' }] } });
    expect(h.run('kubectl wait --for=condition=Available deploy/web --timeout=0').stdout).toBe('deployment.apps/web condition met\n');
  });

  it('waits for a JSONPath value, or for any value when none is given', () => {
    const h = kubectlHarness();
    seedPod(h, 'a');
    const run = h.run('kubectl wait --for=jsonpath={.status.phase}=Running pod/a');
    setReady(h, 'a', 'False', 'Running');
    run.process!.poll(h.cluster.nowMs);
    expect(run.stdout).toBe('pod/a condition met\n');
    expect(h.run(`kubectl wait '--for=jsonpath={.status.conditions[?(@.type=="Ready")].status}=False' pod/a`).stdout).toBe('pod/a condition met\n');
    expect(h.run('kubectl wait --for=jsonpath={.status.phase} pod/a -o name').stdout).toBe('pod/a condition met\n');
    expect(h.run('kubectl wait --for=jsonpath={.status} pod/a --for=jsonpath={.status}=x').stderr).toBe('error: jsonpath leads to a nested object or list which is not supported\n');
  });

  it('waits for deletion, by uid: a new object of the same name counts as the old one gone', () => {
    const h = kubectlHarness();
    seedPod(h, 'a');
    const run = h.run('kubectl wait --for=delete pod/a');
    const p = run.process!;
    h.cluster.client().delete('/pods', 'default', 'a', { gracePeriodSeconds: 0 });
    seedPod(h, 'a');
    p.poll(h.cluster.nowMs);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 0, stdout: 'pod/a condition met\n' });
    expect(h.run('kubectl wait --for=delete pod/gone')).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(h.run('kubectl wait --for=delete pod/a --timeout=0')).toEqual({ stdout: '', stderr: 'error: condition not met for pods/a\n', code: 1 });
  });

  it('polls every 500 ms for --for=create, then reports the object', () => {
    const h = kubectlHarness();
    const start = h.cluster.nowMs;
    const run = h.run('kubectl wait --for=create pod/a --timeout=10s');
    const p = run.process!;
    expect(p.wakeAtMs()).toBe(start + 500);
    h.cluster.advance(500);
    p.poll(h.cluster.nowMs);
    h.cluster.advance(200);
    seedPod(h, 'a');
    p.poll(h.cluster.nowMs);
    expect(p.done).toBe(false);
    expect(p.wakeAtMs()).toBe(start + 1_000);
    h.cluster.advance(300);
    p.poll(h.cluster.nowMs);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 0, stdout: 'pod/a condition met\n' });
    const never = h.run('kubectl wait --for=create pod/b --timeout=1s');
    h.cluster.advance(1_000);
    never.process!.poll(h.cluster.nowMs);
    expect({ code: never.code, stderr: never.stderr }).toEqual({ code: 1, stderr: 'error: timed out waiting for the condition\n' });
  });

  it('ends with exit code 1 on Ctrl-C', () => {
    const h = kubectlHarness();
    seedPod(h, 'a');
    const run = h.run('kubectl wait --for=condition=Ready pod/a');
    run.process!.cancel();
    expect({ done: run.process!.done, code: run.code }).toEqual({ done: true, code: 1 });
  });

  it('fails as kubectl does on bad flags and empty selections', () => {
    const h = kubectlHarness();
    seedPod(h, 'a');
    expect(h.run('kubectl wait pod/a').stderr).toBe('error: unrecognized condition: ""\n');
    expect(h.run('kubectl wait --for=Condition=Ready pod/a').stderr).toBe('error: unrecognized condition: "Condition=Ready"\n');
    expect(h.run('kubectl wait --for=delete --timeout=abc pod/a').stderr).toBe('error: invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"\nSee \'kubectl wait --help\' for usage.\n');
    expect(h.run('kubectl wait --for=delete -o wide pod/a').stderr).toBe('error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n');
    expect(h.run('kubectl wait --for=delete').stderr).toMatch(/^error: You must provide one or more resources by argument or filename\./);
    expect(h.run('kubectl wait --for=condition=Ready pods').stderr).toBe('error: resource(s) were provided, but no name was specified\n');
    expect(h.run('kubectl wait --for=condition=Ready pods -l app=none')).toEqual({ stdout: '', stderr: 'error: no matching resources found\n', code: 1 });
    expect(h.run('kubectl wait --for=condition=Ready pod/none').stderr).toBe('Error from server (NotFound): pods "none" not found\n');
  });
});
