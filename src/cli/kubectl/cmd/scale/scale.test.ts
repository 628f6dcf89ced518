// kubectl scale against the API: every scalable kind, preconditions, selections, --timeout on the
// virtual clock, and what kubectl says about the rest.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';

function setup() {
  const h = kubectlHarness();
  h.run('kubectl create deployment web --image=nginx:1.25');
  return h;
}

const replicasOf = (h: ReturnType<typeof kubectlHarness>, resource: 'apps/deployments' | 'apps/replicasets' | 'apps/statefulsets' | '/replicationcontrollers', name: string): unknown =>
  (h.cluster.client().get(resource, 'default', name)!.spec as { replicas?: number }).replicas;

const template = { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };

describe('kubectl scale', () => {
  it('scales deployments, replica sets, stateful sets and replication controllers', () => {
    const h = setup();
    const client = h.cluster.client();
    client.create('apps/replicasets', { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'x' } }, template } });
    client.create('apps/statefulsets', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: 'default' }, spec: { serviceName: 'db', selector: { matchLabels: { app: 'x' } }, template } });
    client.create('/replicationcontrollers', { apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'rc', namespace: 'default' }, spec: { selector: { app: 'x' }, template } });
    expect(h.run('kubectl scale --replicas=3 deployment/web rs/rs statefulset/db rc/rc')).toEqual({
      stdout: 'deployment.apps/web scaled\nreplicaset.apps/rs scaled\nstatefulset.apps/db scaled\nreplicationcontroller/rc scaled\n', stderr: '', code: 0,
    });
    expect([replicasOf(h, 'apps/deployments', 'web'), replicasOf(h, 'apps/replicasets', 'rs'), replicasOf(h, 'apps/statefulsets', 'db'), replicasOf(h, '/replicationcontrollers', 'rc')])
      .toEqual([3, 3, 3, 3]);
  });

  it('checks --current-replicas and --resource-version before scaling', () => {
    const h = setup();
    expect(h.run('kubectl scale --current-replicas=2 --replicas=3 deployment/web')).toMatchObject({ stderr: 'error: Expected replicas to be 2, was 1\n', code: 1 });
    expect(h.run('kubectl scale --current-replicas=1 --replicas=3 deployment/web').stdout).toBe('deployment.apps/web scaled\n');
    const rv = h.cluster.client().get('apps/deployments', 'default', 'web')!.metadata.resourceVersion!;
    expect(h.run('kubectl scale --resource-version=1 --replicas=2 deployment/web').stderr).toBe(`error: Expected resource version to be 1, was ${rv}\n`);
    expect(h.run(`kubectl scale --resource-version=${rv} --replicas=2 deployment/web`).stdout).toBe('deployment.apps/web scaled\n');
    h.run('kubectl create deployment api --image=nginx');
    expect(h.run('kubectl scale --resource-version=1 --replicas=2 deployments --all').stderr).toBe('error: cannot use --resource-version with multiple resources\n');
  });

  it('selects with -l and --all', () => {
    const h = setup();
    h.run('kubectl create deployment api --image=nginx');
    expect(h.run('kubectl scale deployment --replicas=2').stderr).toBe('error: resource(s) were provided, but no name was specified\n');
    expect(h.run('kubectl scale deployment -l app=api --replicas=2').stdout).toBe('deployment.apps/api scaled\n');
    expect(h.run('kubectl scale deployment --all --replicas=0').stdout).toBe('deployment.apps/api scaled\ndeployment.apps/web scaled\n');
  });

  it('says what kubectl 1.31 says about missing objects and kinds without a scale subresource', () => {
    const h = setup();
    expect(h.run('kubectl scale deployment nope --replicas=2')).toMatchObject({ stderr: 'error: no objects passed to scale\n', code: 1 });
    expect(h.run('kubectl scale deployment web nope --replicas=2')).toEqual({
      stdout: 'deployment.apps/web scaled\n', stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n', code: 1,
    });
    h.run('kubectl run p --image=nginx');
    expect(h.run('kubectl scale pod p --replicas=2').stderr).toBe('Error from server (NotFound): the server could not find the requested resource\n');
  });

  it('dry runs, and records the change cause with --record', () => {
    const h = setup();
    expect(h.run('kubectl scale deployment web --replicas=4 --dry-run=client').stdout).toBe('deployment.apps/web scaled (dry run)\n');
    expect(h.run('kubectl scale deployment web --replicas=4 --dry-run=server').stdout).toBe('deployment.apps/web scaled (server dry run)\n');
    expect(replicasOf(h, 'apps/deployments', 'web')).toBe(1);
    expect(h.run('kubectl scale deployment web --replicas=2 --record').stderr).toBe('Flag --record has been deprecated, --record will be removed in the future\n');
    expect(h.cluster.client().get('apps/deployments', 'default', 'web')!.metadata.annotations?.['kubernetes.io/change-cause'])
      .toBe('kubectl scale deployment web --replicas=2 --record=true');
  });

  it('waits with --timeout until the status has caught up, on the virtual clock', () => {
    const h = setup();
    const run = h.run('kubectl scale deployment web --replicas=2 --timeout=10s');
    const p = run.process!;
    expect(run.stdout).toBe('');
    const client = h.cluster.client();
    const d = client.get('apps/deployments', 'default', 'web')!;
    client.updateStatus('apps/deployments', { ...d, status: { replicas: 2 } });
    p.poll(h.cluster.nowMs);
    expect({ done: p.done, stdout: run.stdout, code: run.code }).toEqual({ done: true, stdout: 'deployment.apps/web scaled\n', code: 0 });
    // A quota of no pods keeps the controllers from ever catching up.
    h.run('kubectl create quota none --hard=pods=0');
    const late = h.run('kubectl scale deployment web --replicas=5 --timeout=10s');
    h.cluster.advance(10_000);
    late.process!.poll(h.cluster.nowMs);
    expect({ stderr: late.stderr, code: late.code }).toEqual({ stderr: 'error: timed out waiting for "web" to be synced\n', code: 1 });
  });
});
