// kubectl rollout status: waits on the watch, prints each event's message, ends by itself, on errors,
// on --timeout (virtual time) and on Ctrl-C.

import { describe, expect, it } from 'vitest';
import { kubectlHarness, type KubectlHarness } from '../../../testing/kubectl-harness.ts';
import { seedDaemonSet, seedDeployment } from './workloads.fixture.ts';

function setStatus(h: KubectlHarness, status: Record<string, unknown>, resource: 'apps/deployments' | 'apps/daemonsets' = 'apps/deployments', name = 'web'): void {
  const client = h.cluster.client();
  const obj = client.get(resource, 'default', name)!;
  client.updateStatus(resource, { ...obj, status: { observedGeneration: obj.metadata.generation, ...status } });
}

describe('kubectl rollout status', () => {
  it('prints a line per watch event until the rollout is done', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }]);
    const run = h.run('kubectl rollout status deployment/web');
    expect(run.stdout).toBe('Waiting for deployment spec update to be observed...\n');
    const p = run.process!;
    setStatus(h, { replicas: 1, updatedReplicas: 1 });
    setStatus(h, { replicas: 2, updatedReplicas: 2, availableReplicas: 1 });
    p.poll(h.cluster.nowMs);
    expect(p.done).toBe(false);
    setStatus(h, { replicas: 2, updatedReplicas: 2, availableReplicas: 1, readyReplicas: 2 });
    setStatus(h, { replicas: 2, updatedReplicas: 2, availableReplicas: 2 });
    setStatus(h, { replicas: 2, updatedReplicas: 2, availableReplicas: 2, readyReplicas: 2 });
    p.poll(h.cluster.nowMs);
    expect(run.stdout).toBe([
      'Waiting for deployment spec update to be observed...',
      'Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...',
      'Waiting for deployment "web" rollout to finish: 1 of 2 updated replicas are available...',
      'Waiting for deployment "web" rollout to finish: 1 of 2 updated replicas are available...',
      'deployment "web" successfully rolled out',
      '',
    ].join('\n'));
    expect({ done: p.done, code: run.code, stderr: run.stderr }).toEqual({ done: true, code: 0, stderr: '' });
  });

  it('returns at once when the rollout is already done, or with --watch=false', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }]);
    expect(h.run('kubectl rollout status deployment/web --watch=false')).toEqual({ stdout: 'Waiting for deployment spec update to be observed...\n', stderr: '', code: 0 });
    setStatus(h, { replicas: 2, updatedReplicas: 2, availableReplicas: 2 });
    expect(h.run('kubectl rollout status deploy web')).toEqual({ stdout: 'deployment "web" successfully rolled out\n', stderr: '', code: 0 });
  });

  it('times out on the virtual clock', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }]);
    const run = h.run('kubectl rollout status deployment/web --timeout=30s');
    const p = run.process!;
    expect(p.wakeAtMs()).toBe(h.cluster.nowMs + 30_000);
    h.cluster.advance(29_000);
    p.poll(h.cluster.nowMs);
    expect(p.done).toBe(false);
    h.cluster.advance(1_000);
    p.poll(h.cluster.nowMs);
    expect({ done: p.done, code: run.code, stderr: run.stderr }).toEqual({ done: true, code: 1, stderr: 'error: timed out waiting for the condition\n' });
  });

  it('fails when the progress deadline passes or the object goes away', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }]);
    const run = h.run('kubectl rollout status deployment/web');
    setStatus(h, { conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] });
    run.process!.poll(h.cluster.nowMs);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: 'error: deployment "web" exceeded its progress deadline\n' });
    const again = h.run('kubectl rollout status deployment/web --revision=2');
    expect(again).toMatchObject({ stderr: 'error: desired revision (2) is different from the running revision (1)\n', code: 1 });
    seedDeployment(h, 'gone', [{ image: 'nginx:1.25' }]);
    const gone = h.run('kubectl rollout status deployment/gone');
    h.cluster.client().delete('apps/deployments', 'default', 'gone');
    gone.process!.poll(h.cluster.nowMs);
    expect(gone.stderr).toBe('error: object has been deleted\n');
  });

  it('ends with exit code 1 on Ctrl-C, as kubectl\'s interrupt handler does', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }]);
    const run = h.run('kubectl rollout status deployment/web');
    run.process!.cancel();
    expect({ done: run.process!.done, code: run.code }).toEqual({ done: true, code: 1 });
  });

  it('follows daemon sets, and refuses kinds without a status viewer', () => {
    const h = kubectlHarness();
    seedDaemonSet(h, 'agent', [{ image: 'nginx:1.25' }]);
    setStatus(h, { desiredNumberScheduled: 2, updatedNumberScheduled: 2, numberAvailable: 2 }, 'apps/daemonsets', 'agent');
    expect(h.run('kubectl rollout status ds/agent').stdout).toBe('daemon set "agent" successfully rolled out\n');
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }]);
    expect(h.run('kubectl rollout status rs/web-rev1').stderr).toBe('error: no status viewer has been implemented for ReplicaSet.apps\n');
  });

  it('selects by label, and says when nothing matches', () => {
    const h = kubectlHarness();
    expect(h.run('kubectl rollout status deployment -l app=none')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', code: 0 });
    expect(h.run('kubectl rollout status deployment/nope').stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
  });
});
