// kubectl rollout pause / resume / restart: the patches they send and the refusals kubectl prints.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { seedDaemonSet, seedDeployment } from './workloads.fixture.ts';

const specOf = (h: ReturnType<typeof kubectlHarness>, resource: 'apps/deployments' | 'apps/daemonsets', name: string) =>
  h.cluster.client().get(resource, 'default', name)!.spec as { paused?: boolean; template: { metadata: { annotations?: Record<string, string> } } };

describe('kubectl rollout pause and resume', () => {
  it('pauses and resumes a deployment, refusing to do either twice', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }]);
    expect(h.run('kubectl rollout pause deployment/web')).toEqual({ stdout: 'deployment.apps/web paused\n', stderr: '', code: 0 });
    expect(specOf(h, 'apps/deployments', 'web').paused).toBe(true);
    expect(h.run('kubectl rollout pause deployment/web')).toEqual({ stdout: '', stderr: 'error: deployments.apps "web" is already paused\n', code: 1 });
    expect(h.run('kubectl rollout resume deployment web').stdout).toBe('deployment.apps/web resumed\n');
    expect(specOf(h, 'apps/deployments', 'web').paused).toBe(false);
    expect(h.run('kubectl rollout resume deployment/web').stderr).toBe('error: deployments.apps "web" is not paused\n');
    expect(h.run('kubectl rollout pause deployment/web -o name').stdout).toBe('deployment.apps/web\n');
  });

  it('pauses only deployments', () => {
    const h = kubectlHarness();
    seedDaemonSet(h, 'agent', [{ image: 'nginx:1.25' }]);
    expect(h.run('kubectl rollout pause ds/agent').stderr).toBe('error: daemonsets.apps "agent" pausing is not supported\n');
    expect(h.run('kubectl rollout resume ds/agent').stderr).toBe('error: daemonsets.apps "agent" resuming is not supported\n');
  });

  it('reports an empty selection', () => {
    const h = kubectlHarness();
    expect(h.run('kubectl rollout pause deployment')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', code: 0 });
  });
});

describe('kubectl rollout restart', () => {
  it('stamps the template with the virtual time, at most once a second', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }]);
    seedDaemonSet(h, 'agent', [{ image: 'nginx:1.25' }]);
    expect(h.run('kubectl rollout restart deployment/web ds/agent').stdout).toBe('deployment.apps/web restarted\ndaemonset.apps/agent restarted\n');
    const stamp = new Date(Math.floor(h.cluster.nowMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    expect(specOf(h, 'apps/deployments', 'web').template.metadata.annotations).toEqual({ 'kubectl.kubernetes.io/restartedAt': stamp });
    expect(h.run('kubectl rollout restart deployment/web').stderr)
      .toBe('error: failed to create patch for web: if restart has already been triggered within the past second, please wait before attempting to trigger another\n');
    h.cluster.advance(1000);
    expect(h.run('kubectl rollout restart deployment/web').stdout).toBe('deployment.apps/web restarted\n');
  });

  it('refuses paused deployments and other kinds', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }], { paused: true });
    expect(h.run('kubectl rollout restart deployment/web').stderr).toBe('error: deployments.apps "web" can\'t restart paused deployment (run rollout resume first)\n');
    h.cluster.client().create('apps/replicasets', {
      apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'solo', namespace: 'default' },
      spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    });
    expect(h.run('kubectl rollout restart rs/solo').stderr).toBe('error: replicasets.apps "solo" restarting is not supported\n');
  });
});
