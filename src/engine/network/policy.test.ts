// NetworkPolicy semantics on the course cluster (Calico): default deny, peers by pod and namespace
// labels (AND and OR forms), ipBlock with except, named ports and ranges, egress with a DNS
// allowance, ICMP, nodes reaching their own pods, NodePort masquerading, no calico-node no filter.

import { describe, expect, it } from 'vitest';
import { courseFlannelProfile, courseProfile, createCluster, type KubeObject } from '../index.ts';
import type { HttpRequest } from '../infra/images/http-types.ts';

type Cluster = ReturnType<typeof createCluster>;
const get: HttpRequest = { method: 'GET', path: '/', headers: { Host: 'x', 'User-Agent': 'Wget', Accept: '*/*' } };

function pod(namespace: string, name: string, labels: Record<string, string>, image = 'nginx'): KubeObject {
  const container = image === 'nginx'
    ? { name: 'web', image, ports: [{ name: 'http', containerPort: 80 }] }
    : { name: 'client', image, command: ['sleep', '3600'] };
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace, labels }, spec: { containers: [container] } } as KubeObject;
}

function policy(namespace: string, name: string, spec: object): KubeObject {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace }, spec } as KubeObject;
}

/** web (app=web) in default, clients in default and in the `other` namespace (team=a). */
function cluster(profile = courseProfile): Cluster {
  const c = createCluster({ seed: 7, profile });
  const api = c.client();
  api.create('/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'other', labels: { team: 'a' } } } as KubeObject);
  api.create('/pods', pod('default', 'web', { app: 'web' }));
  api.create('/pods', pod('default', 'client', { role: 'client' }, 'busybox'));
  api.create('/pods', pod('default', 'stranger', { role: 'stranger' }, 'busybox'));
  api.create('/pods', pod('other', 'client', { role: 'client' }, 'busybox'));
  api.create('/pods', pod('other', 'stranger', { role: 'stranger' }, 'busybox'));
  api.create('/services', {
    apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' },
    spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80, nodePort: 31008 }] },
  } as KubeObject);
  c.advance(40_000);
  return c;
}

const ipOf = (c: Cluster, ns: string, name: string): string => (c.client().get('/pods', ns, name)!.status as { podIP: string }).podIP;
const nodeOf = (c: Cluster, ns: string, name: string): string => (c.client().get('/pods', ns, name)!.spec as { nodeName: string }).nodeName;
const from = (c: Cluster, ns: string, name: string) => c.network.stackOf({ kind: 'pod', namespace: ns, name });
const fetchWeb = (c: Cluster, ns: string, name: string, port = 80): string => {
  const res = from(c, ns, name).http(ipOf(c, 'default', 'web'), port, get);
  return res.kind === 'response' ? String(res.response.status) : res.kind;
};
const apply = (c: Cluster, np: KubeObject): void => {
  c.client().create('networking.k8s.io/networkpolicies', np);
};

describe('NetworkPolicy under Calico', () => {
  it('denies all ingress to the selected pods, then allows the labelled clients', () => {
    const c = cluster();
    expect(fetchWeb(c, 'default', 'client')).toBe('200');
    apply(c, policy('default', 'deny', { podSelector: {} }));
    expect(fetchWeb(c, 'default', 'client')).toBe('timeout');
    expect(from(c, 'default', 'client').ping(ipOf(c, 'default', 'web')).reply).toBe(false);
    expect(from(c, 'default', 'client').http((c.client().get('/services', 'default', 'web')!.spec as { clusterIP: string }).clusterIP, 80, get).kind).toBe('timeout');
    apply(c, policy('default', 'allow-clients', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ podSelector: { matchLabels: { role: 'client' } } }] }] }));
    expect(fetchWeb(c, 'default', 'client')).toBe('200');
    expect(fetchWeb(c, 'default', 'stranger')).toBe('timeout');
    expect(fetchWeb(c, 'other', 'client')).toBe('timeout');
  });

  it('combines namespaceSelector and podSelector in one peer (AND), or lists them as two peers (OR)', () => {
    const c = cluster();
    const both = { namespaceSelector: { matchLabels: { team: 'a' } }, podSelector: { matchLabels: { role: 'client' } } };
    apply(c, policy('default', 'and', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [both] }] }));
    expect(fetchWeb(c, 'other', 'client')).toBe('200');
    expect(fetchWeb(c, 'other', 'stranger')).toBe('timeout');
    expect(fetchWeb(c, 'default', 'client')).toBe('timeout');
    c.client().delete('networking.k8s.io/networkpolicies', 'default', 'and');
    const either = [{ namespaceSelector: both.namespaceSelector }, { podSelector: both.podSelector }];
    apply(c, policy('default', 'or', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: either }] }));
    expect(fetchWeb(c, 'other', 'stranger')).toBe('200');
    expect(fetchWeb(c, 'default', 'client')).toBe('200');
    expect(fetchWeb(c, 'default', 'stranger')).toBe('timeout');
  });

  it('matches an ipBlock but not its except ranges', () => {
    const c = cluster();
    const except = [`${ipOf(c, 'default', 'stranger')}/32`];
    apply(c, policy('default', 'block', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ ipBlock: { cidr: '192.168.0.0/16', except } }] }] }));
    expect(fetchWeb(c, 'default', 'client')).toBe('200');
    expect(fetchWeb(c, 'default', 'stranger')).toBe('timeout');
  });

  it('resolves a named port on the destination pod and drops other ports instead of refusing them', () => {
    const c = cluster();
    expect(fetchWeb(c, 'default', 'client', 8080)).toBe('refused');
    apply(c, policy('default', 'http-only', { podSelector: {}, ingress: [{ ports: [{ port: 'http' }] }] }));
    expect(fetchWeb(c, 'default', 'client')).toBe('200');
    expect(fetchWeb(c, 'default', 'client', 8080)).toBe('timeout');
    apply(c, policy('default', 'range', { podSelector: {}, ingress: [{ ports: [{ port: 8000, endPort: 8100 }] }] }));
    expect(fetchWeb(c, 'default', 'client', 8080)).toBe('refused');
  });

  it('isolates egress: DNS fails until kube-dns is allowed on port 53, other traffic stays blocked', () => {
    const c = cluster();
    const dns = () => from(c, 'default', 'client').dns('10.96.0.10', 'web.default.svc.cluster.local', 'A').kind;
    apply(c, policy('default', 'no-egress', { podSelector: { matchLabels: { role: 'client' } }, policyTypes: ['Egress'] }));
    expect(dns()).toBe('timeout');
    expect(fetchWeb(c, 'default', 'client')).toBe('timeout');
    expect(fetchWeb(c, 'default', 'stranger')).toBe('200');
    const kubeDns = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } };
    apply(c, policy('default', 'dns', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [kubeDns], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }] }));
    expect(dns()).toBe('answer');
    expect(fetchWeb(c, 'default', 'client')).toBe('timeout');
  });

  it('lets a node reach its own pods; other nodes and NodePort traffic masqueraded by another node are filtered', () => {
    const c = cluster();
    apply(c, policy('default', 'workstation', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ ipBlock: { cidr: '192.168.56.1/32' } }] }] }));
    const webNode = nodeOf(c, 'default', 'web');
    const other = ['k8s-worker-1', 'k8s-worker-2', 'k8s-worker-3'].find((n) => n !== webNode)!;
    const nodeIp = (name: string): string => (c.client().get('/nodes', undefined, name)!.status as { addresses: Array<{ address: string }> }).addresses[0]!.address;
    const web = ipOf(c, 'default', 'web');
    expect(c.network.stackOf({ kind: 'node', node: webNode }).http(web, 80, get).kind).toBe('response');
    expect(c.network.stackOf({ kind: 'node', node: other }).http(web, 80, get).kind).toBe('timeout');
    const outside = c.network.stackOf({ kind: 'external' });
    expect(outside.http(nodeIp(webNode), 31008, get).kind).toBe('response');
    expect(outside.http(nodeIp(other), 31008, get).kind).toBe('timeout');
  });

  it('enforces nothing on a node where calico-node does not run', () => {
    const c = cluster();
    apply(c, policy('default', 'deny', { podSelector: {} }));
    const webNode = nodeOf(c, 'default', 'web');
    c.client().patch('apps/daemonsets', 'kube-system', 'calico-node', 'merge', {
      spec: { template: { spec: { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'NotIn', values: [webNode] }] }] } } } } } },
    });
    c.advance(120_000);
    const calicoOn = c.client().list('/pods', 'kube-system').filter((p) => p.metadata.labels?.['k8s-app'] === 'calico-node').map((p) => (p.spec as { nodeName: string }).nodeName);
    expect(calicoOn).not.toContain(webNode);
    expect(fetchWeb(c, 'default', 'client')).toBe('200');
  });
});

describe('NetworkPolicy under Flannel', () => {
  it('accepts the objects and enforces nothing; pods get addresses from their node\'s 10.244.x.0/24', () => {
    const c = cluster(courseFlannelProfile);
    expect(ipOf(c, 'default', 'web')).toMatch(/^10\.244\.[1-3]\.\d+$/);
    apply(c, policy('default', 'deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }));
    expect(c.client().list('networking.k8s.io/networkpolicies', 'default')).toHaveLength(1);
    expect(fetchWeb(c, 'default', 'client')).toBe('200');
    expect(from(c, 'default', 'client').dns('10.96.0.10', 'web.default.svc.cluster.local', 'A').kind).toBe('answer');
  });
});
