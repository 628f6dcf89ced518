import type { ContainerStatus, PodStatus } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { courseProfile, createCluster, type KubeObject } from '../index.ts';

function cluster() {
  return createCluster({ seed: 3, profile: courseProfile });
}

function pod(name: string, spec: Record<string, unknown>): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { nodeName: 'k8s-worker-1', ...spec } };
}

type Status = Omit<PodStatus, 'containerStatuses'> & { containerStatuses: ContainerStatus[] };
const statusOf = (c: ReturnType<typeof cluster>, name: string): Status => c.client().get('/pods', 'default', name)!.status as Status;
const reasons = (c: ReturnType<typeof cluster>, name: string): string[] =>
  c.client().list('/events', 'default').filter((e) => (e.involvedObject as { name: string }).name === name).map((e) => `${e.reason as string}`);

describe('kubelet', () => {
  it('starts a pod: ContainerCreating, pull, Running and Ready, with the real events', () => {
    const c = cluster();
    c.client().create('/pods', pod('web', { containers: [{ name: 'nginx', image: 'nginx' }] }));
    c.advance(200);
    expect(statusOf(c, 'web').containerStatuses![0]!.state).toEqual({ waiting: { reason: 'ContainerCreating' } });
    c.advance(20_000);
    const s = statusOf(c, 'web');
    expect(s.phase).toBe('Running');
    expect(s.containerStatuses![0]!.ready).toBe(true);
    expect(s.containerStatuses![0]!.image).toBe('docker.io/library/nginx:latest');
    expect(s.podIP).toMatch(/^192\.168\.118\./);
    expect(reasons(c, 'web')).toEqual(['Pulling', 'Pulled', 'Created', 'Started']);
  });

  it('restarts a container that exits with the crash back-off', () => {
    const c = cluster();
    c.client().create('/pods', pod('busy', { containers: [{ name: 'busy', image: 'busybox', args: ['sleep', '5'] }] }));
    c.advance(15_000);
    c.advance(60_000);
    const cs = statusOf(c, 'busy').containerStatuses![0]!;
    expect(cs.restartCount).toBeGreaterThanOrEqual(2);
    expect(cs.lastState?.terminated?.reason).toBe('Completed');
    expect(reasons(c, 'busy')).toContain('BackOff');
  });

  it('ends a restartPolicy Never pod in Succeeded or Failed', () => {
    const c = cluster();
    c.client().create('/pods', pod('ok', { restartPolicy: 'Never', containers: [{ name: 'a', image: 'busybox', command: ['sh', '-c', 'echo hi'] }] }));
    c.client().create('/pods', pod('ko', { restartPolicy: 'Never', containers: [{ name: 'a', image: 'busybox', command: ['sh', '-c', 'exit 3'] }] }));
    c.advance(30_000);
    expect(statusOf(c, 'ok').phase).toBe('Succeeded');
    expect(statusOf(c, 'ko').phase).toBe('Failed');
    expect(statusOf(c, 'ko').containerStatuses[0]!.state?.terminated).toMatchObject({ exitCode: 3, reason: 'Error' });
  });

  it('reports an unknown tag as ErrImagePull then ImagePullBackOff', () => {
    const c = cluster();
    c.client().create('/pods', pod('bad', { containers: [{ name: 'nginx', image: 'nginx:doesnotexist' }] }));
    c.advance(5_000);
    expect(statusOf(c, 'bad').containerStatuses[0]!.state?.waiting?.reason).toMatch(/ErrImagePull|ImagePullBackOff/);
    c.advance(5_000);
    expect(statusOf(c, 'bad').containerStatuses[0]!.state?.waiting?.reason).toBe('ImagePullBackOff');
  });

  it('runs init containers first', () => {
    const c = cluster();
    c.client().create('/pods', pod('init', {
      initContainers: [{ name: 'setup', image: 'busybox', command: ['sh', '-c', 'sleep 3'] }],
      containers: [{ name: 'app', image: 'busybox', command: ['sleep', '3600'] }],
    }));
    c.advance(3_000);
    expect(statusOf(c, 'init').phase).toBe('Pending');
    c.advance(30_000);
    expect(statusOf(c, 'init').phase).toBe('Running');
  });

  it('waits the grace period for a process that ignores SIGTERM, then removes the pod', () => {
    const c = cluster();
    c.client().create('/pods', pod('sleeper', { containers: [{ name: 's', image: 'busybox', command: ['sleep', '3600'] }] }));
    c.advance(10_000);
    c.client().delete('/pods', 'default', 'sleeper');
    c.advance(29_000);
    expect(c.client().get('/pods', 'default', 'sleeper')).toBeDefined();
    c.advance(2_000);
    expect(c.client().get('/pods', 'default', 'sleeper')).toBeUndefined();
  });

  it('restarts a container whose liveness probe fails', () => {
    const c = cluster();
    c.client().create('/pods', pod('live', { containers: [{
      name: 'liveness', image: 'registry.k8s.io/busybox', args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'],
      livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 },
    }] }));
    c.advance(90_000);
    expect(statusOf(c, 'live').containerStatuses![0]!.restartCount).toBe(1);
    expect(reasons(c, 'live')).toContain('Unhealthy');
    expect(reasons(c, 'live')).toContain('Killing');
  });

  it('continues identically after a snapshot round trip', () => {
    const a = cluster();
    a.client().create('/pods', pod('loop', { containers: [{ name: 'l', image: 'busybox', command: ['sh', '-c', 'i=0; while true; do echo $i; i=$((i+1)); sleep 1; done'] }] }));
    a.advance(12_345);
    const snap = JSON.parse(JSON.stringify(a.snapshot()));
    const b = cluster();
    b.restore(snap);
    a.advance(20_000);
    b.advance(20_000);
    expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(a.snapshot()));
  });

  it('resolves resourceFieldRef env: the limit or the node allocatable, over the divisor, rounded up', () => {
    const c = cluster();
    const created = c.client().create('/pods', pod('res', { containers: [{
      name: 'c', image: 'busybox', command: ['sleep', '3600'], resources: { limits: { cpu: '500m' } },
      env: [
        { name: 'CPU', valueFrom: { resourceFieldRef: { resource: 'limits.cpu' } } },
        { name: 'MEM', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } },
      ],
    }] }));
    c.advance(15_000);
    const env = c.kubelets.kubelet('k8s-worker-1')!.runtime.pods[created.metadata.uid!]!.containers[0]!.env!;
    expect(env).toContain('CPU=1');
    expect(env).toContain('MEM=3822');
  });
});
