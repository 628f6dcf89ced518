import { beforeEach, describe, expect, it } from 'vitest';
import type { KubeObject, ResourceName } from '../../../../engine/index.ts';
import { kubectlHarness, type KubectlHarness } from '../../../testing/kubectl-harness.ts';

let h: KubectlHarness;

beforeEach(() => {
  h = kubectlHarness();
});

function create(resource: ResourceName, obj: Record<string, unknown>, status?: unknown): KubeObject {
  const created = h.cluster.client().create(resource, obj as KubeObject);
  if (status === undefined) return created;
  return h.cluster.client().updateStatus(resource, { ...created, status });
}

const pod = (name: string): Record<string, unknown> => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' },
  spec: { containers: [{ name: 'app', image: 'busybox:1.36', command: ['sleep', '3600'] }] },
});

describe('kubectl describe', () => {
  it('describes every object of a type, two blank lines apart', () => {
    create('/pods', pod('one'));
    create('/pods', pod('two'));
    const out = h.run('kubectl describe pods').stdout;
    expect(out.match(/^Name: {13}\S+$/gm)).toEqual(['Name:             one', 'Name:             two']);
    expect(out).toContain('Events:                      <none>\n\n\nName:             two\n');
  });

  it('falls back to a name prefix, and reports NotFound when nothing matches', () => {
    create('/pods', pod('web-abc'));
    create('/pods', pod('web-def'));
    const out = h.run('kubectl describe pod web').stdout;
    expect(out.match(/^Name:.*$/gm)).toEqual(['Name:             web-abc', 'Name:             web-def']);
    expect(out.endsWith('Events:                      <none>\n\n')).toBe(true);
    expect(h.run('kubectl describe pod db')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "db" not found\n', code: 1 });
    expect(h.run('kubectl describe pod/web')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "web" not found\n', code: 1 });
  });

  it('prints command and args lines and hides events with --show-events=false', () => {
    create('/pods', pod('sleeper'));
    const out = h.run('kubectl describe pod sleeper --show-events=false').stdout;
    expect(out).toContain('    Command:\n      sleep\n      3600\n');
    expect(out).not.toContain('Events:');
  });

  it('says so when there is nothing to describe', () => {
    expect(h.run('kubectl describe pods').stderr).toBe('No resources found in default namespace.\n');
    expect(h.run('kubectl describe')).toEqual({
      stdout: '',
      stderr: 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
      code: 1,
    });
  });

  it('describes a service with its ports and endpoints', () => {
    create('/services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' },
      spec: { type: 'NodePort', selector: { app: 'web' }, clusterIP: '10.96.0.20', ports: [{ name: 'http', port: 80, targetPort: 8080, nodePort: 30080 }] } });
    expect(h.run('kubectl describe svc web').stdout).toBe(`Name:                     web
Namespace:                default
Labels:                   <none>
Annotations:              <none>
Selector:                 app=web
Type:                     NodePort
IP Family Policy:         SingleStack
IP Families:              IPv4
IP:                       10.96.0.20
IPs:                      10.96.0.20
Port:                     http  80/TCP
TargetPort:               8080/TCP
NodePort:                 http  30080/TCP
Endpoints:                <none>
Session Affinity:         None
External Traffic Policy:  Cluster
Internal Traffic Policy:  Cluster
Events:                   <none>
`);
  });

  it('describes a node with capacity, pods and allocated resources', () => {
    create('/nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01', labels: { 'kubernetes.io/hostname': 'node01' } }, spec: { podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'] } }, {
      capacity: { cpu: '2', memory: '4015876Ki', pods: '110' },
      allocatable: { cpu: '2', memory: '3913476Ki', pods: '110' },
      addresses: [{ type: 'InternalIP', address: '172.30.2.2' }, { type: 'Hostname', address: 'node01' }],
      nodeInfo: { machineID: 'm', systemUUID: 's', bootID: 'b', kernelVersion: '5.15.0-105-generic', osImage: 'Ubuntu 22.04.4 LTS', operatingSystem: 'linux',
        architecture: 'amd64', containerRuntimeVersion: 'containerd://1.7.13', kubeletVersion: 'v1.31.4', kubeProxyVersion: '' },
    });
    const p = pod('web');
    create('/pods', { ...p, spec: { ...(p.spec as object), nodeName: 'node01', containers: [{ name: 'app', image: 'nginx', resources: { requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } } }] } });
    const out = h.run('kubectl describe node node01').stdout;
    expect(out.startsWith('Name:               node01\nRoles:              <none>\nLabels:             kubernetes.io/hostname=node01\n')).toBe(true);
    expect(out).toContain('Unschedulable:      false\nLease:              Failed to get lease: leases.coordination.k8s.io "node01" not found\n');
    expect(out).toContain('Capacity:\n  cpu:     2\n  memory:  4015876Ki\n  pods:    110\n');
    expect(out).toContain([
      'Non-terminated Pods:          (1 in total)',
      '  Namespace                   Name    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age',
      '  ---------                   ----    ------------  ----------  ---------------  -------------  ---',
      '  default                     web     250m (12%)    500m (25%)  64Mi (1%)        128Mi (3%)     0s',
      'Allocated resources:',
      '  (Total limits may be over 100 percent, i.e., overcommitted.)',
      '  Resource           Requests    Limits',
      '  --------           --------    ------',
      '  cpu                250m (12%)  500m (25%)',
      '  memory             64Mi (1%)   128Mi (3%)',
      '  ephemeral-storage  0 (0%)      0 (0%)',
      'Events:              <none>',
      '',
    ].join('\n'));
  });

  it('describes config maps with a blank line after each value (1.31)', () => {
    create('/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { b: 'two', a: 'one\n' } });
    expect(h.run('kubectl describe cm cfg').stdout).toBe(`Name:         cfg
Namespace:    default
Labels:       <none>
Annotations:  <none>

Data
====
a:
----
one


b:
----
two


BinaryData
====

Events:  <none>
`);
  });

  it('describes secrets by size and kinds without a describer generically', () => {
    create('/secrets', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default' }, type: 'Opaque', data: { password: 'c2VjcmV0' } });
    expect(h.run('kubectl describe secret s').stdout).toBe('Name:         s\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\npassword:  6 bytes\n');
    create('coordination.k8s.io/leases', { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'l', namespace: 'default' }, spec: { holderIdentity: 'me', leaseDurationSeconds: 40 } });
    const lease = h.run('kubectl describe lease l').stdout;
    expect(lease).toContain('API Version:  coordination.k8s.io/v1\nKind:         Lease\nMetadata:\n  Creation Timestamp:  2025-03-17T09:00:00Z\n');
    expect(lease).toContain('Spec:\n  Holder Identity:         me\n  Lease Duration Seconds:  40\nEvents:                    <none>\n');
  });

  it('describes roles with their compacted rules', () => {
    create('rbac.authorization.k8s.io/roles', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader', namespace: 'default' },
      rules: [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }, { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get'] }] });
    expect(h.run('kubectl describe role pod-reader').stdout).toBe(`Name:         pod-reader
Labels:       <none>
Annotations:  <none>
PolicyRule:
  Resources         Non-Resource URLs  Resource Names  Verbs
  ---------         -----------------  --------------  -----
  pods/log          []                 []              [get list watch]
  pods              []                 []              [get list watch]
  deployments.apps  []                 []              [get]
`);
  });

  it('describes network policies in words', () => {
    create('networking.k8s.io/networkpolicies', { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'db', namespace: 'default' },
      spec: { podSelector: { matchLabels: { app: 'db' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { app: 'api' } } }], ports: [{ protocol: 'TCP', port: 5432 }] }] } });
    expect(h.run('kubectl describe netpol db').stdout).toBe(`Name:         db
Namespace:    default
Created on:   2025-03-17 09:00:00 +0000 UTC
Labels:       <none>
Annotations:  <none>
Spec:
  PodSelector:     app=db
  Allowing ingress traffic:
    To Port: 5432/TCP
    From:
      PodSelector: app=api
  Not affecting egress traffic
  Policy Types: Ingress
`);
  });

  it('describes autoscalers with current / target metrics', () => {
    create('autoscaling/horizontalpodautoscalers', { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web', namespace: 'default' },
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 5,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] } });
    expect(h.run('kubectl describe hpa web').stdout).toBe(`Name:                                                  web
Namespace:                                             default
Labels:                                                <none>
Annotations:                                           <none>
CreationTimestamp:                                     Mon, 17 Mar 2025 09:00:00 +0000
Reference:                                             Deployment/web
Metrics:                                               ( current / target )
  resource cpu on pods  (as a percentage of request):  <unknown> / 50%
Min replicas:                                          1
Max replicas:                                          5
Deployment pods:                                       0 current / 0 desired
Events:                                                <none>
`);
  });
});
