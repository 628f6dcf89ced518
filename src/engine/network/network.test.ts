import { describe, expect, it } from 'vitest';
import { courseProfile, createCluster, type KubeObject } from '../index.ts';
import type { HttpRequest } from '../infra/images/http-types.ts';

function cluster() {
  const c = createCluster({ seed: 5, profile: courseProfile });
  const api = c.client();
  api.create('apps/deployments', {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
    spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx', ports: [{ containerPort: 80 }] }] } } },
  } as KubeObject);
  api.create('/services', {
    apiVersion: 'v1', kind: 'Service', metadata: { name: 'web-service', namespace: 'default' },
    spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 8080, targetPort: 80, nodePort: 31008 }] },
  } as KubeObject);
  c.advance(40_000);
  return c;
}

const get = (path = '/'): HttpRequest => ({ method: 'GET', path, headers: { Host: 'x', 'User-Agent': 'curl/8.5.0', Accept: '*/*' } });
const clusterIp = (c: ReturnType<typeof cluster>, ns: string, name: string): string =>
  (c.client().get('/services', ns, name)!.spec as { clusterIP: string }).clusterIP;
const firstPod = (c: ReturnType<typeof cluster>, ns: string, prefix: string): KubeObject =>
  c.client().list('/pods', ns).find((p) => p.metadata.name!.startsWith(prefix))!;

describe('network', () => {
  it('reaches a Service by ClusterIP from a pod and by NodePort from the workstation; ClusterIPs stay unreachable from outside', () => {
    const c = cluster();
    const web = firstPod(c, 'default', 'web-');
    const fromPod = c.network.stackOf({ kind: 'pod', namespace: 'default', name: web.metadata.name! });
    const res = fromPod.http(clusterIp(c, 'default', 'web-service'), 8080, get());
    expect(res.kind === 'response' && res.response.status).toBe(200);
    const outside = c.network.stackOf({ kind: 'external' });
    const viaNode = outside.http('192.168.56.12', 31008, get());
    expect(viaNode.kind === 'response' && viaNode.response.body).toContain('Welcome to nginx!');
    expect(outside.http(clusterIp(c, 'default', 'web-service'), 8080, get()).kind).toBe('timeout');
    expect(outside.http('192.168.56.12', 31009, get()).kind).toBe('refused');
    expect(fromPod.http(clusterIp(c, 'default', 'web-service'), 9999, get()).kind).toBe('timeout');
  });

  it('refuses a Service without ready endpoints, and pings pods but not ClusterIPs', () => {
    const c = cluster();
    c.client().patch('apps/deployments', 'default', 'web', 'merge', { spec: { replicas: 0 } });
    c.advance(40_000);
    const node = c.network.stackOf({ kind: 'node', node: 'k8s-worker-1' });
    expect(node.http(clusterIp(c, 'default', 'web-service'), 8080, get()).kind).toBe('refused');
    expect(node.ping(clusterIp(c, 'default', 'web-service')).reply).toBe(false);
    const coredns = firstPod(c, 'kube-system', 'coredns-');
    expect(node.ping((coredns.status as { podIP: string }).podIP).reply).toBe(true);
  });

  it('answers DNS through the kube-dns Service as CoreDNS does', () => {
    const c = cluster();
    const web = firstPod(c, 'default', 'web-');
    const net = c.network.stackOf({ kind: 'pod', namespace: 'default', name: web.metadata.name! });
    const a = net.dns('10.96.0.10', 'web-service.default.svc.cluster.local', 'A');
    expect(a).toMatchObject({ kind: 'answer', rcode: 'NOERROR', answers: [{ type: 'A', data: clusterIp(c, 'default', 'web-service'), ttl: 30 }] });
    expect(net.dns('10.96.0.10', 'kubernetes.default.svc.cluster.local', 'A')).toMatchObject({ answers: [{ data: '10.96.0.1' }] });
    expect(net.dns('10.96.0.10', 'nope.default.svc.cluster.local', 'A')).toMatchObject({ rcode: 'NXDOMAIN' });
    expect(net.dns('10.96.0.10', 'web-service.svc.cluster.local', 'A')).toMatchObject({ rcode: 'NXDOMAIN' });
    expect(net.dns('10.96.0.10', 'default.svc.cluster.local', 'A')).toMatchObject({ rcode: 'NOERROR', answers: [] });
    const podIp = (web.status as { podIP: string }).podIP;
    expect(net.dns('10.96.0.10', `${podIp.replaceAll('.', '-')}.default.pod.cluster.local`, 'A')).toMatchObject({ answers: [{ data: podIp }] });
    c.client().patch('apps/deployments', 'kube-system', 'coredns', 'merge', { spec: { replicas: 0 } });
    c.advance(60_000);
    expect(net.dns('10.96.0.10', 'web-service.default.svc.cluster.local', 'A').kind).toBe('refused');
  });
});
