import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { Cluster } from '../../sim/cluster.ts';
import { scaleNode } from './facts.ts';
import { scaleProfile } from './index.ts';

type Dict = Record<string, unknown>;
const status = (o: KubeObject): Dict => (o.status ?? {}) as Dict;

function readyCondition(pod: KubeObject): string | undefined {
  return (status(pod).conditions as Array<{ type: string; status: string }> | undefined)?.find((c) => c.type === 'Ready')?.status;
}

describe('the scale profile', () => {
  it('registers N Ready, untainted workers with their pod CIDR, address, capacity and images', () => {
    const api = new Cluster({ seed: 1, profile: scaleProfile({ nodes: 3 }) }).client();
    const nodes = api.list('/nodes');
    expect(nodes.map((n) => n.metadata.name)).toEqual(['worker-001', 'worker-002', 'worker-003']);
    nodes.forEach((node, i) => {
      expect(node.metadata.labels).toMatchObject({ 'kubernetes.io/hostname': node.metadata.name, 'kubernetes.io/os': 'linux' });
      expect(node.spec).toEqual({ podCIDR: `10.244.${i}.0/24`, podCIDRs: [`10.244.${i}.0/24`] });
      expect(status(node).addresses).toEqual([{ type: 'InternalIP', address: `10.0.1.${2 + i}` }, { type: 'Hostname', address: node.metadata.name }]);
      expect(status(node).allocatable).toMatchObject({ cpu: '8', memory: '32Gi', pods: '110' });
      expect(readyCondition(node)).toBe('True');
      const images = (status(node).images as Array<{ names: string[] }>).flatMap((image) => image.names);
      expect(images).toEqual(expect.arrayContaining(['registry.k8s.io/pause:3.10', 'docker.io/library/busybox:latest', 'docker.io/library/nginx:latest']));
      expect(api.get('coordination.k8s.io/leases', 'kube-node-lease', node.metadata.name!)).toBeDefined();
    });
  });

  it('has the system namespaces, their default ServiceAccount and root CA, and the kubernetes Service', () => {
    const api = new Cluster({ seed: 1, profile: scaleProfile({ nodes: 1 }) }).client();
    const namespaces = api.list('/namespaces').map((n) => n.metadata.name);
    expect(namespaces).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    for (const ns of namespaces) {
      expect(api.get('/serviceaccounts', ns, 'default')).toBeDefined();
      expect(api.get('/configmaps', ns, 'kube-root-ca.crt')).toBeDefined();
    }
    expect((api.get('/services', 'default', 'kubernetes')!.spec as Dict).clusterIP).toBe('10.96.0.1');
    expect(api.list('/pods', undefined)).toEqual([]);
  });

  it('runs bare pods on its nodes from images already present, with addresses from each node podCIDR', () => {
    const cluster = new Cluster({ seed: 7, profile: scaleProfile({ nodes: 2 }) });
    const api = cluster.client();
    for (let i = 0; i < 6; i++) {
      api.create('/pods', {
        apiVersion: 'v1', kind: 'Pod', metadata: { name: `sleep-${i}`, namespace: 'default' },
        spec: { containers: [{ name: 'sleep', image: 'busybox', imagePullPolicy: 'IfNotPresent', command: ['sleep', '3600'] }] },
      });
    }
    cluster.advance(10_000);
    const pods = api.list('/pods', 'default');
    expect(pods.map((p) => [status(p).phase, readyCondition(p)])).toEqual(Array(6).fill(['Running', 'True']));
    for (const pod of pods) {
      const index = Number((pod.spec as Dict).nodeName === 'worker-001' ? 0 : 1);
      expect(status(pod).podIP).toMatch(new RegExp(`^10\\.244\\.${index}\\.\\d+$`));
    }
    const reasons = api.list('/events', 'default').map((e) => e.reason);
    expect(reasons).not.toContain('Pulling');
  });

  it('refuses node counts its pod network cannot hold', () => {
    expect(() => scaleProfile({ nodes: 0 })).toThrow();
    expect(() => scaleProfile({ nodes: 5_001 })).toThrow();
  });

  it('gives clusters past 256 nodes a /24 each of 10.128.0.0/10', () => {
    const profile = scaleProfile({ nodes: 300 });
    expect(profile.info.network.podCidr).toBe('10.128.0.0/10');
    expect(scaleNode(0, 300)).toEqual({ name: 'worker-001', ip: '10.0.1.2', podCidr: '10.128.0.0/24' });
    expect(scaleNode(4_999, 5_000)).toEqual({ name: 'worker-5000', ip: '10.0.40.9', podCidr: '10.147.135.0/24' });
    expect(scaleNode(255, 256).podCidr).toBe('10.244.255.0/24');
  });
});
