// `kubectl run`: the oracle cases (output and exit code equal real kubectl v1.31's, run in order
// on one cluster), and the attach wait, which needs a pod that never runs in this sandbox yet.

import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../engine/index.ts';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

describe('kubectl run (oracle)', () => {
  const h = kubectlHarness();
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    const r = h.run(line);
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout, stderr, code });
  });
});

function setPodStatus(h: ReturnType<typeof kubectlHarness>, name: string, status: object): void {
  const pod = h.cluster.client().get('/pods', 'default', name)!;
  h.cluster.client().updateStatus('/pods', { ...pod, status } as KubeObject);
}

describe('kubectl run --attach', () => {
  it('creates the pod, prints nothing and waits until --pod-running-timeout', () => {
    const h = kubectlHarness();
    const r = h.run('run tmp --image=busybox -it --rm --restart=Never --pod-running-timeout=30s -- sh');
    expect(r.process?.done).toBe(false);
    expect(r.stdout + r.stderr).toBe('');
    expect(h.cluster.client().get('/pods', 'default', 'tmp')?.spec).toMatchObject({
      containers: [{ name: 'tmp', image: 'busybox', args: ['sh'], stdin: true, stdinOnce: true, tty: true }], restartPolicy: 'Never',
    });
    h.cluster.advance(29_000);
    r.process!.poll(h.cluster.nowMs);
    expect(r.process!.done).toBe(false);
    h.cluster.advance(1_000);
    r.process!.poll(h.cluster.nowMs);
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({
      stdout: 'pod "tmp" deleted\n', stderr: 'error: timed out waiting for the condition\n', code: 1,
    });
  });

  it('ends with 130 on Ctrl-C and leaves the pod', () => {
    const h = kubectlHarness();
    const r = h.run('run tmp --image=busybox -i --rm');
    r.process!.cancel();
    expect(r.code).toBe(130);
    expect(h.cluster.client().get('/pods', 'default', 'tmp')).toBeDefined();
  });

  it('shows the prompt hint once the pod runs, then returns the exit code of a Never pod', () => {
    const h = kubectlHarness();
    const r = h.run('run tmp --image=busybox -it --rm --restart=Never');
    setPodStatus(h, 'tmp', { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] });
    r.process!.poll(h.cluster.nowMs);
    expect(r.stderr).toBe("If you don't see a command prompt, try pressing enter.\n");
    setPodStatus(h, 'tmp', { phase: 'Failed', containerStatuses: [{ state: { terminated: { exitCode: 3, reason: 'Error' } } }] });
    r.process!.poll(h.cluster.nowMs);
    expect({ stdout: r.stdout, code: r.code }).toEqual({ stdout: 'pod "tmp" deleted\n', code: 3 });
    expect(r.stderr).toContain('pod default/tmp terminated (Error)\n');
  });

  it('succeeds when an attached Always pod completes', () => {
    const h = kubectlHarness();
    const r = h.run('run tmp --image=busybox --attach');
    setPodStatus(h, 'tmp', { phase: 'Succeeded' });
    r.process!.poll(h.cluster.nowMs);
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout: '', stderr: '', code: 0 });
  });
});
