import { beforeAll, describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { podTemplateHash } from '../../base/names.ts';
import { stableStringify } from '../../base/json.ts';
import type { ApiClient } from '../../client/client.ts';
import { Cluster } from '../../sim/cluster.ts';
import { courseProfile } from './index.ts';

type Dict = Record<string, unknown>;
const spec = (o: KubeObject): Dict => o.spec as Dict;
const status = (o: KubeObject): Dict => o.status as Dict;

describe('the course profile', () => {
  let cluster: Cluster;
  let api: ApiClient;

  beforeAll(() => {
    cluster = new Cluster({ seed: 1, profile: courseProfile });
    api = cluster.client();
  });

  it('opens the session on 2025-03-17 08:30 UTC, ten days after kubeadm init', () => {
    expect(new Date(cluster.nowMs).toISOString()).toBe('2025-03-17T08:30:00.000Z');
    expect(api.get('/namespaces', undefined, 'kube-system')!.metadata.creationTimestamp).toBe('2025-03-07T14:22:31Z');
  });

  it('registers the four lab machines with kubeadm labels, addresses and the control-plane taint', () => {
    const nodes = api.list('/nodes');
    expect(nodes.map((n) => n.metadata.name)).toEqual(['k8s-master-1', 'k8s-worker-1', 'k8s-worker-2', 'k8s-worker-3']);
    nodes.forEach((node, i) => {
      const name = node.metadata.name!;
      expect(node.metadata.labels).toMatchObject({
        'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux',
      });
      expect(status(node).addresses).toEqual([{ type: 'InternalIP', address: `192.168.56.${11 + i}` }, { type: 'Hostname', address: name }]);
      expect(spec(node).podCIDR).toBe(`192.168.${i}.0/24`);
      expect(status(node).nodeInfo).toMatchObject({
        osImage: 'Ubuntu 22.04.5 LTS', kernelVersion: '5.15.0-130-generic', containerRuntimeVersion: 'containerd://1.7.24', kubeletVersion: 'v1.31.4',
      });
    });
    const [master, ...workers] = nodes;
    expect(master!.metadata.labels).toMatchObject({ 'node-role.kubernetes.io/control-plane': '', 'node.kubernetes.io/exclude-from-external-load-balancers': '' });
    expect(spec(master!).taints).toEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
    for (const worker of workers) {
      expect(worker.metadata.labels).not.toHaveProperty('node-role.kubernetes.io/control-plane');
      expect(spec(worker).taints).toBeUndefined();
    }
  });

  it('reports every node Ready, with Calico up and a fresh lease', () => {
    for (const node of api.list('/nodes')) {
      const conditions = status(node).conditions as Dict[];
      expect(conditions.map((c) => `${String(c.type)}=${String(c.status)}`))
        .toEqual(['NetworkUnavailable=False', 'MemoryPressure=False', 'DiskPressure=False', 'PIDPressure=False', 'Ready=True']);
      const lease = api.get('coordination.k8s.io/leases', 'kube-node-lease', node.metadata.name!)!;
      const renewMs = Date.parse(String(spec(lease).renewTime));
      expect(cluster.nowMs - renewMs).toBeLessThan(40_000);
      expect(spec(lease).renewTime).toMatch(/^2025-03-17T08:29:\d\d\.\d{6}Z$/);
    }
  });

  it('runs every kube-system pod, owned the way its controller made it', () => {
    const pods = api.list('/pods', 'kube-system');
    expect(pods).toHaveLength(15);
    for (const pod of pods) {
      expect(status(pod).phase).toBe('Running');
      expect((status(pod).conditions as Dict[]).every((c) => c.status === 'True')).toBe(true);
      const owner = pod.metadata.ownerReferences![0]!;
      expect(owner.controller).toBe(true);
      const resource = ({ Node: '/nodes', DaemonSet: 'apps/daemonsets', ReplicaSet: 'apps/replicasets' } as const)[owner.kind as 'Node'];
      const found = api.get(resource, owner.kind === 'Node' ? undefined : 'kube-system', owner.name)!;
      expect(found.metadata.uid).toBe(owner.uid);
    }
    const ownerKinds = (prefix: string): string[] => pods.filter((p) => p.metadata.name!.startsWith(prefix)).map((p) => p.metadata.ownerReferences![0]!.kind);
    expect(ownerKinds('etcd-')).toEqual(['Node']);
    expect(ownerKinds('kube-proxy-')).toEqual(['DaemonSet', 'DaemonSet', 'DaemonSet', 'DaemonSet']);
    expect(ownerKinds('calico-node-')).toHaveLength(4);
    expect(ownerKinds('coredns-')).toEqual(['ReplicaSet', 'ReplicaSet']);
    for (const rs of api.list('apps/replicasets', 'kube-system')) {
      expect(rs.metadata.ownerReferences![0]!.kind).toBe('Deployment');
    }
  });

  it('gives pod-network pods addresses from their node\'s Calico block', () => {
    const ipsOf = (prefix: string): string[] => api.list('/pods', 'kube-system')
      .filter((p) => p.metadata.name!.startsWith(prefix)).map((p) => String(status(p).podIP)).sort();
    expect(ipsOf('coredns-')).toEqual(['192.168.196.1', '192.168.196.2']);
    expect(ipsOf('calico-kube-controllers-')).toEqual(['192.168.114.129']);
    expect(ipsOf('kube-proxy-')).toEqual(['192.168.56.11', '192.168.56.12', '192.168.56.13', '192.168.56.14']);
  });

  it('names ReplicaSets and DaemonSet revisions after the hash of their template', () => {
    for (const deploy of api.list('apps/deployments', 'kube-system')) {
      const hash = podTemplateHash(stableStringify(spec(deploy).template));
      expect(api.get('apps/replicasets', 'kube-system', `${deploy.metadata.name}-${hash}`)).toBeDefined();
      expect(status(deploy)).toMatchObject({ readyReplicas: spec(deploy).replicas, availableReplicas: spec(deploy).replicas });
    }
    for (const ds of api.list('apps/daemonsets', 'kube-system')) {
      const hash = podTemplateHash(stableStringify(spec(ds).template));
      expect(api.get('apps/controllerrevisions', 'kube-system', `${ds.metadata.name}-${hash}`)).toBeDefined();
      expect(status(ds)).toMatchObject({ desiredNumberScheduled: 4, numberReady: 4, numberAvailable: 4 });
    }
  });

  it('gives every namespace its default service account and root CA bundle', () => {
    const namespaces = api.list('/namespaces').map((n) => n.metadata.name!);
    expect(namespaces).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    for (const ns of namespaces) {
      expect(api.get('/serviceaccounts', ns, 'default')).toBeDefined();
      expect((api.get('/configmaps', ns, 'kube-root-ca.crt')!.data as Dict)['ca.crt']).toBe(courseProfile.info.caPem);
    }
  });

  it('serves the kubernetes and kube-dns services with their endpoints', () => {
    expect(spec(api.get('/services', 'default', 'kubernetes')!).clusterIP).toBe('10.96.0.1');
    expect(spec(api.get('/services', 'kube-system', 'kube-dns')!).clusterIP).toBe('10.96.0.10');
    const subsets = api.get('/endpoints', 'kube-system', 'kube-dns')!.subsets as Array<{ addresses: Dict[] }>;
    expect(subsets[0]!.addresses.map((a) => a.ip)).toEqual(['192.168.196.1', '192.168.196.2']);
    const slices = api.list('discovery.k8s.io/endpointslices', 'kube-system');
    expect(slices.map((s) => s.metadata.labels!['kubernetes.io/service-name'])).toEqual(['kube-dns']);
  });

  it('binds cluster-admin to kubeadm\'s admin group and aggregates view into edit and admin', () => {
    const binding = api.get('rbac.authorization.k8s.io/clusterrolebindings', undefined, 'kubeadm:cluster-admins')!;
    expect(binding.subjects).toEqual([{ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'kubeadm:cluster-admins' }]);
    const rules = (name: string): unknown[] => api.get('rbac.authorization.k8s.io/clusterroles', undefined, name)!.rules as unknown[];
    expect(rules('edit').length).toBeGreaterThan(rules('view').length);
    expect(rules('admin').length).toBeGreaterThan(rules('edit').length);
    expect(api.list('rbac.authorization.k8s.io/clusterroles').length).toBeGreaterThanOrEqual(60);
  });

  it('hands the student kubeadm\'s admin kubeconfig for https://192.168.56.11:6443', () => {
    const { kubeconfig, server } = courseProfile.info;
    expect(server).toBe('https://192.168.56.11:6443');
    expect(kubeconfig).toContain('    server: https://192.168.56.11:6443\n');
    expect(kubeconfig).toContain('current-context: kubernetes-admin@kubernetes\n');
    expect(kubeconfig).toMatch(/certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t[A-Za-z0-9+/]+=*\n/);
    expect(kubeconfig).toMatch(/client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tL[A-Za-z0-9+/]+=*\n/);
  });

  it('boots to the same store for the same seed', () => {
    const again = new Cluster({ seed: 1, profile: courseProfile });
    expect(JSON.stringify(again.snapshot())).toBe(JSON.stringify(cluster.snapshot()));
  });
});
