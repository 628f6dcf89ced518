import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { rfc3339 } from '../../base/time.ts';
import { emptyProfile } from '../../profiles/empty/index.ts';
import { Cluster } from '../../sim/cluster.ts';

function setup(svcSpec: Record<string, unknown> = {}): Cluster {
  const c = new Cluster({ seed: 5, profile: emptyProfile });
  c.client().create('/services', {
    apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
    spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }], ...svcSpec },
  });
  return c;
}

function runningPod(c: Cluster, name: string, ip: string, ready: boolean, labels: Record<string, string> = { app: 'web' }): void {
  const client = c.client();
  client.create('/pods', {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels },
    spec: { containers: [{ name: 'nginx', image: 'nginx', ports: [{ name: 'http', containerPort: 8080 }] }] },
  });
  client.bind('default', name, 'node-1');
  const pod = client.get('/pods', 'default', name)!;
  client.updateStatus('/pods', {
    ...pod,
    status: { phase: 'Running', podIP: ip, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: rfc3339(c.nowMs) }] },
  });
}

const endpoints = (c: Cluster): KubeObject | undefined => c.client().get('/endpoints', 'default', 'web');
const slices = (c: Cluster): KubeObject[] => c.client().list('discovery.k8s.io/endpointslices', 'default')
  .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web');

describe('endpoints and EndpointSlice controllers', () => {
  it('publishes ready pods as addresses and the others as notReadyAddresses, on the named target port', () => {
    const c = setup();
    runningPod(c, 'b', '10.0.0.2', true);
    runningPod(c, 'a', '10.0.0.1', false);
    runningPod(c, 'other', '10.0.0.3', true, { app: 'db' });
    c.runUntilIdle(1000);
    const subsets = endpoints(c)!.subsets as Array<Record<string, unknown>>;
    expect(subsets).toHaveLength(1);
    expect((subsets[0]!.addresses as Array<{ ip: string }>).map((a) => a.ip)).toEqual(['10.0.0.2']);
    expect((subsets[0]!.notReadyAddresses as Array<{ ip: string }>).map((a) => a.ip)).toEqual(['10.0.0.1']);
    expect(subsets[0]!.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
    expect(endpoints(c)!.metadata.labels).toEqual({ app: 'web' });
    const [slice] = slices(c);
    expect(slice!.ports).toEqual([{ name: 'http', protocol: 'TCP', port: 8080 }]);
    expect((slice!.endpoints as Array<{ addresses: string[]; conditions: unknown }>).map((e) => [e.addresses[0], e.conditions])).toEqual([
      ['10.0.0.1', { ready: false, serving: false, terminating: false }],
      ['10.0.0.2', { ready: true, serving: true, terminating: false }],
    ]);
    expect(slice!.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Service', name: 'web', controller: true });
  });

  it('follows a selector switch (blue/green)', () => {
    const c = setup({ selector: { app: 'web', version: 'blue' } });
    runningPod(c, 'blue', '10.0.0.1', true, { app: 'web', version: 'blue' });
    runningPod(c, 'green', '10.0.0.2', true, { app: 'web', version: 'green' });
    c.runUntilIdle(1000);
    const ips = (): string[] => ((endpoints(c)!.subsets as Array<{ addresses: Array<{ ip: string }> }>)[0]!.addresses).map((a) => a.ip);
    expect(ips()).toEqual(['10.0.0.1']);
    c.client().patch('/services', 'default', 'web', 'merge', { spec: { selector: { app: 'web', version: 'green' } } });
    c.runUntilIdle(1000);
    expect(ips()).toEqual(['10.0.0.2']);
  });

  it('leaves a Service without selector alone and removes its Endpoints with a Service', () => {
    const c = setup({ selector: undefined });
    c.runUntilIdle(1000);
    expect(endpoints(c)).toBeUndefined();
    c.client().patch('/services', 'default', 'web', 'merge', { spec: { selector: { app: 'web' } } });
    c.runUntilIdle(1000);
    expect(endpoints(c)!.subsets).toBeUndefined();
    expect(slices(c)[0]!.endpoints).toBeNull();
    c.client().delete('/services', 'default', 'web');
    c.runUntilIdle(1000);
    expect(endpoints(c)).toBeUndefined();
    expect(slices(c)).toEqual([]);
  });

  it('marks a terminating pod in the slice and drops it from the Endpoints', () => {
    const c = setup();
    runningPod(c, 'a', '10.0.0.1', true);
    c.runUntilIdle(1000);
    c.client().delete('/pods', 'default', 'a', { gracePeriodSeconds: 30 });
    c.runUntilIdle(1000);
    expect(endpoints(c)!.subsets).toBeUndefined();
    expect((slices(c)[0]!.endpoints as Array<{ conditions: unknown }>)[0]!.conditions).toEqual({ ready: false, serving: true, terminating: true });
  });
});
