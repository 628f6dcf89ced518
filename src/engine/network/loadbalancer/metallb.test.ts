import { describe, expect, it } from 'vitest';
import { courseProfile, createCluster, type KubeObject } from '../../index.ts';

type TestCluster = ReturnType<typeof createCluster>;
const NS = 'metallb-system';

const crd = (plural: string, kind: string): KubeObject => ({
  apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: `${plural}.metallb.io` },
  spec: {
    group: 'metallb.io', scope: 'Namespaced', names: { plural, kind, singular: kind.toLowerCase(), listKind: `${kind}List` },
    versions: [{ name: 'v1beta1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } } } }],
  },
}) as KubeObject;

const workload = (kind: 'Deployment' | 'DaemonSet', name: string, image: string, hostNetwork: boolean): KubeObject => ({
  apiVersion: 'apps/v1', kind, metadata: { name, namespace: NS },
  spec: {
    selector: { matchLabels: { app: 'metallb', component: name } },
    template: { metadata: { labels: { app: 'metallb', component: name } }, spec: { hostNetwork, containers: [{ name, image }] } },
  },
}) as KubeObject;

function install(c: TestCluster, withPool = true): void {
  const api = c.client();
  api.create('/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } } as KubeObject);
  api.create('apiextensions.k8s.io/customresourcedefinitions', crd('ipaddresspools', 'IPAddressPool'));
  api.create('apiextensions.k8s.io/customresourcedefinitions', crd('l2advertisements', 'L2Advertisement'));
  api.create('apps/deployments', workload('Deployment', 'controller', 'quay.io/metallb/controller:v0.14.8', false));
  api.create('apps/daemonsets', workload('DaemonSet', 'speaker', 'quay.io/metallb/speaker:v0.14.8', true));
  api.create('apps/deployments', {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
    spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
  } as KubeObject);
  api.create('/services', {
    apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' },
    spec: { type: 'LoadBalancer', selector: { app: 'web' }, ports: [{ port: 80 }] },
  } as KubeObject);
  c.advance(40_000);
  if (!withPool) return;
  api.create('metallb.io/ipaddresspools', { apiVersion: 'metallb.io/v1beta1', kind: 'IPAddressPool', metadata: { name: 'first-pool', namespace: NS }, spec: { addresses: ['192.168.56.200-192.168.56.250'] } } as KubeObject);
  api.create('metallb.io/l2advertisements', { apiVersion: 'metallb.io/v1beta1', kind: 'L2Advertisement', metadata: { name: 'l2', namespace: NS } } as KubeObject);
  c.advance(1_000);
}

const ingressOf = (c: TestCluster, name = 'web'): unknown => (c.client().get('/services', 'default', name)?.status as { loadBalancer?: unknown }).loadBalancer;
const reasons = (c: TestCluster): string[] =>
  c.client().list('/events', 'default').filter((e) => (e as { involvedObject?: { kind?: string } }).involvedObject?.kind === 'Service')
    .map((e) => `${(e as { source?: { component?: string } }).source?.component} ${(e as { reason?: string }).reason}: ${(e as { message?: string }).message}`);
const curl = (c: TestCluster, ip: string): string => {
  const r = c.network.stackOf({ kind: 'external' }).http(ip, 80, { method: 'GET', path: '/', headers: { Host: ip } });
  return r.kind === 'response' ? String(r.response.status) : r.kind;
};

describe('MetalLB', () => {
  it('leaves a LoadBalancer Service pending without a pool', () => {
    const c = createCluster({ seed: 3, profile: courseProfile });
    install(c, false);
    expect(ingressOf(c)).toEqual({});
    expect(c.client().get('/secrets', NS, 'memberlist')).toBeDefined();
  });

  it('assigns an address from the pool, records the events and answers from the workstation', () => {
    const c = createCluster({ seed: 3, profile: courseProfile });
    install(c);
    expect(ingressOf(c)).toEqual({ ingress: [{ ip: '192.168.56.200', ipMode: 'VIP' }] });
    expect(c.client().get('/services', 'default', 'web')?.metadata.annotations).toEqual({ 'metallb.universe.tf/ip-allocated-from-pool': 'first-pool' });
    expect(reasons(c)[0]).toBe('metallb-controller IPAllocated: Assigned IP ["192.168.56.200"]');
    expect(reasons(c)[1]).toMatch(/^metallb-speaker nodeAssigned: announcing from node "k8s-worker-\d" with protocol "layer2"$/);
    expect(curl(c, '192.168.56.200')).toBe('200');
  });

  it('stops answering from outside when no speaker runs', () => {
    const c = createCluster({ seed: 3, profile: courseProfile });
    install(c);
    c.client().delete('apps/daemonsets', NS, 'speaker');
    c.advance(5_000);
    expect(curl(c, '192.168.56.200')).toBe('unreachable');
  });

  it('frees the address when the Service goes and gives it to the next one', () => {
    const c = createCluster({ seed: 3, profile: courseProfile });
    install(c);
    c.client().create('/services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'other', namespace: 'default' }, spec: { type: 'LoadBalancer', ports: [{ port: 80 }] } } as KubeObject);
    c.advance(100);
    expect(ingressOf(c, 'other')).toEqual({ ingress: [{ ip: '192.168.56.201', ipMode: 'VIP' }] });
    c.client().delete('/services', 'default', 'web');
    c.client().create('/services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'third', namespace: 'default' }, spec: { type: 'LoadBalancer', ports: [{ port: 80 }] } } as KubeObject);
    c.advance(100);
    expect(ingressOf(c, 'third')).toEqual({ ingress: [{ ip: '192.168.56.200', ipMode: 'VIP' }] });
  });

  it('keeps watching its configuration across a rewind to before and after the CRDs existed', () => {
    const c = createCluster({ seed: 3, profile: courseProfile });
    const empty = c.snapshot();
    install(c, false);
    const installed = c.snapshot();
    c.restore(empty);
    c.restore(installed);
    c.client().create('metallb.io/ipaddresspools', { apiVersion: 'metallb.io/v1beta1', kind: 'IPAddressPool', metadata: { name: 'p', namespace: NS }, spec: { addresses: ['192.168.56.240/30'] } } as KubeObject);
    c.advance(100);
    expect(ingressOf(c)).toEqual({ ingress: [{ ip: '192.168.56.240', ipMode: 'VIP' }] });
  });
});
