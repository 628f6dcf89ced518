// `kubectl top node|pod`: the help and flag errors of real kubectl, no Metrics API on a kubeadm
// cluster, values after applying ~/metrics-server.yaml, and the flags.

import { describe, expect, it } from 'vitest';
import { courseProfile, METRICS_AVAILABLE_DELAY_MS } from '../../../../engine/index.ts';
import { HARNESS_HOME, kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { METRICS_SERVER_MANIFEST } from './metrics-server-manifest.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

describe('kubectl top (oracle)', () => {
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    expect(kubectlHarness().run(`kubectl ${line}`)).toMatchObject({ stdout, stderr, code });
  });
});

/** The course cluster with metrics-server installed and ready, and nginx and redis pods running. */
function withMetrics() {
  const h = kubectlHarness({ profile: courseProfile });
  h.fs.writeFile(`${HARNESS_HOME}/ms.yaml`, METRICS_SERVER_MANIFEST);
  expect(h.run('apply -f ms.yaml').stdout).toContain('apiservice.apiregistration.k8s.io/v1beta1.metrics.k8s.io created');
  h.run('run web --image=nginx --labels=app=web');
  h.run('run cache --image=redis');
  h.cluster.advance(METRICS_AVAILABLE_DELAY_MS + 30_000);
  return h;
}

describe('kubectl top', () => {
  it('says the Metrics API is not available on the course cluster', () => {
    const h = kubectlHarness({ profile: courseProfile });
    expect(h.run('top node')).toMatchObject({ stdout: '', stderr: 'error: Metrics API not available\n', code: 1 });
    expect(h.run('top pod -A')).toMatchObject({ stdout: '', stderr: 'error: Metrics API not available\n', code: 1 });
  });

  it('stays unavailable until the APIService turns Available', () => {
    const h = kubectlHarness({ profile: courseProfile });
    h.fs.writeFile(`${HARNESS_HOME}/ms.yaml`, METRICS_SERVER_MANIFEST);
    h.run('apply -f ms.yaml');
    h.cluster.advance(METRICS_AVAILABLE_DELAY_MS - 1_000);
    expect(h.run('top node').stderr).toBe('error: Metrics API not available\n');
    h.cluster.advance(2_000);
    expect(h.run('get apiservice v1beta1.metrics.k8s.io -o jsonpath={.status.conditions[0].status}').stdout).toBe('True');
  });

  it('prints node usage against allocatable', () => {
    const h = withMetrics();
    const r = h.run('top node');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^NAME\s+CPU\(cores\)\s+CPU%\s+MEMORY\(bytes\)\s+MEMORY%\s+$/);
    for (const line of lines.slice(1, -1)) expect(line).toMatch(/^\S+\s+\d+m\s+\d+%\s+\d+Mi\s+\d+%\s+$/);
    expect(h.run('top node --no-headers').stdout.split('\n')[0]).not.toMatch(/^NAME/);
    expect(h.run('top node nope')).toMatchObject({ stderr: 'Error from server (NotFound): nodemetrics.metrics.k8s.io "nope" not found\n', code: 1 });
  });

  it('prints pods and containers, with namespaces, sums and selectors', () => {
    const h = withMetrics();
    const pods = h.run('top pod').stdout.split('\n');
    expect(pods[0]).toMatch(/^NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)\s+$/);
    expect(pods.slice(1, -1).map((l) => l.split(/\s+/)[0])).toEqual(['cache', 'web']);
    expect(pods[1]).toMatch(/^cache\s+\d+m\s+[2-4]Mi\s+$/);
    expect(h.run('top pod -l app=web --no-headers').stdout).toMatch(/^web\s+\d+m\s+\d+Mi\s+\n$/);
    expect(h.run('top pod web --containers').stdout.split('\n')[0]).toMatch(/^POD\s+NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)\s+$/);
    expect(h.run('top pod -A').stdout.split('\n')[1]).toMatch(/^default\s+cache\s+/);
    const sum = h.run('top pod --sum').stdout.split('\n');
    expect(sum[3]).toMatch(/^\s+________\s+________\s+$/);
    expect(sum[4]).toMatch(/^\s+\d+m\s+\d+Mi\s+$/);
    expect(h.run('top pod --sort-by=memory --no-headers').stdout.split('\n')[0]).toMatch(/^web/);
  });

  it('explains missing pod metrics: none, too young, or past the delay', () => {
    const h = withMetrics();
    expect(h.run('top pod -n nothing-here')).toMatchObject({ stdout: '', stderr: 'No resources found in nothing-here namespace.\n', code: 0 });
    h.run('run late --image=nginx --labels=app=late');
    expect(h.run('top pod -l app=late').stderr).toBe('error: metrics not available yet\n');
    expect(h.run('top pod late').stderr).toBe('Error from server (NotFound): podmetrics.metrics.k8s.io "late" not found\n');
    h.run('run stuck --image=nginx:no-such-tag --labels=app=stuck');
    h.cluster.advance(125_000);
    expect(h.run('top pod -l app=stuck').stderr).toMatch(/^error: Metrics not available for pod default\/stuck, age: 2m5(\.\d+)?s\n$/);
  });
});
