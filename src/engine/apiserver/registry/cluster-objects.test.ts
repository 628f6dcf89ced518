import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { resource, statusMessage, testServer } from './testing/server.ts';

const obj = (apiVersion: string, kind: string, name: string, extra: Record<string, unknown>): KubeObject => ({ apiVersion, kind, metadata: { name }, ...extra });

describe('namespaces', () => {
  it('adds the name label, the kubernetes finalizer and the Active phase', () => {
    const created = testServer().create(resource('', 'namespaces'), undefined, obj('v1', 'Namespace', 'dev', {}));
    expect(created.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'dev' });
    expect(created.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(created.status).toEqual({ phase: 'Active' });
  });
});

describe('nodes', () => {
  it('keeps the registered status, defaults allocatable and taints new nodes not-ready', () => {
    const server = testServer();
    const created = server.create(resource('', 'nodes'), undefined, obj('v1', 'Node', 'node01', { status: { capacity: { cpu: '2', memory: '4046940Ki', pods: '110' } } }));
    expect(created.status).toEqual({ capacity: { cpu: '2', memory: '4046940Ki', pods: '110' }, allocatable: { cpu: '2', memory: '4046940Ki', pods: '110' } });
    expect((created.spec as { taints: unknown[] }).taints).toEqual([{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }]);
    const cordoned = structuredClone(created);
    (cordoned.spec as Record<string, unknown>).unschedulable = true;
    cordoned.status = {};
    expect(server.update(resource('', 'nodes'), undefined, cordoned).status).toEqual(created.status);
    expect(server.list(resource('', 'nodes'), undefined, { fieldSelector: 'spec.unschedulable=true' }).items).toHaveLength(1);
  });
});

describe('events', () => {
  it('supports the involvedObject field selectors', () => {
    const server = testServer();
    const events = resource('', 'events');
    server.create(events, 'default', obj('v1', 'Event', 'web.1', { involvedObject: { kind: 'Pod', name: 'web', namespace: 'default' }, reason: 'Pulled', type: 'Normal', source: { component: 'kubelet' } }));
    const names = (selector: string): string[] => server.list(events, 'default', { fieldSelector: selector }).items.map((e) => e.metadata.name!);
    expect(names('involvedObject.kind=Pod,involvedObject.name=web')).toEqual(['web.1']);
    expect(names('reason=Failed')).toEqual([]);
    expect(names('source=kubelet,type=Normal')).toEqual(['web.1']);
  });
});

describe('storage', () => {
  it('gives claims the default class, the protection finalizer and Pending', () => {
    const server = testServer();
    server.create(resource('storage.k8s.io', 'storageclasses'), undefined, obj('storage.k8s.io/v1', 'StorageClass', 'local-path', {
      provisioner: 'rancher.io/local-path', metadata: { name: 'local-path', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
    }));
    const pvc = server.create(resource('', 'persistentvolumeclaims'), 'default', obj('v1', 'PersistentVolumeClaim', 'data', {
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1024Mi' } } },
    }));
    expect(pvc.spec).toEqual({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeMode: 'Filesystem', storageClassName: 'local-path' });
    expect(pvc.metadata.finalizers).toEqual(['kubernetes.io/pvc-protection']);
    expect(pvc.status).toEqual({ phase: 'Pending' });
  });

  it('only lets bound claims of expandable classes grow', () => {
    const server = testServer();
    const pvcs = resource('', 'persistentvolumeclaims');
    const claim = server.create(pvcs, 'default', obj('v1', 'PersistentVolumeClaim', 'data', { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }));
    const bigger = structuredClone(claim);
    (bigger.spec as { resources: { requests: { storage: string } } }).resources.requests.storage = '2Gi';
    expect(statusMessage(() => server.update(pvcs, 'default', bigger))).toBe('persistentvolumeclaims "data" is forbidden: Only bound persistent volume claims can be expanded');
    const renamed = structuredClone(claim);
    (renamed.spec as { accessModes: string[] }).accessModes = ['ReadWriteMany'];
    expect(statusMessage(() => server.update(pvcs, 'default', renamed)))
      .toBe('PersistentVolumeClaim "data" is invalid: spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims');
  });

  it('requires access modes and a storage request', () => {
    expect(statusMessage(() => testServer().create(resource('', 'persistentvolumeclaims'), 'default', obj('v1', 'PersistentVolumeClaim', 'data', { spec: {} }))))
      .toBe('PersistentVolumeClaim "data" is invalid: [spec.accessModes: Required value: at least 1 access mode is required, spec.resources[storage]: Required value]');
  });

  it('defaults volumes and storage classes', () => {
    const server = testServer();
    const pv = server.create(resource('', 'persistentvolumes'), undefined, obj('v1', 'PersistentVolume', 'pv1', {
      spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/data' } },
    }));
    expect(pv.spec).toMatchObject({ persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem' });
    expect(pv.metadata.finalizers).toEqual(['kubernetes.io/pv-protection']);
    expect(pv.status).toEqual({ phase: 'Pending', lastPhaseTransitionTime: pv.metadata.creationTimestamp });
    const sc = server.create(resource('storage.k8s.io', 'storageclasses'), undefined, obj('storage.k8s.io/v1', 'StorageClass', 'fast', { provisioner: 'kubernetes.io/no-provisioner' }));
    expect(sc).toMatchObject({ reclaimPolicy: 'Delete', volumeBindingMode: 'Immediate' });
  });
});

describe('rbac', () => {
  it('requires api groups on resource rules and keeps roleRef immutable', () => {
    const server = testServer();
    expect(statusMessage(() => server.create(resource('rbac.authorization.k8s.io', 'roles'), 'default', obj('rbac.authorization.k8s.io/v1', 'Role', 'r', { rules: [{ verbs: ['get'], resources: ['pods'] }] }))))
      .toBe('Role.rbac.authorization.k8s.io "r" is invalid: rules[0].apiGroups: Required value: resource rules must supply at least one api group');
    const bindings = resource('rbac.authorization.k8s.io', 'rolebindings');
    server.create(bindings, 'default', obj('rbac.authorization.k8s.io/v1', 'RoleBinding', 'b', { roleRef: { kind: 'Role', name: 'r' }, subjects: [{ kind: 'User', name: 'jane' }] }));
    expect(statusMessage(() => server.update(bindings, 'default', obj('rbac.authorization.k8s.io/v1', 'RoleBinding', 'b', { roleRef: { kind: 'ClusterRole', name: 'view' } }))))
      .toBe('RoleBinding.rbac.authorization.k8s.io "b" is invalid: roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"view"}: cannot change roleRef');
  });
});

describe('networking', () => {
  it('requires a pathType on ingress paths', () => {
    expect(statusMessage(() => testServer().create(resource('networking.k8s.io', 'ingresses'), 'default', obj('networking.k8s.io/v1', 'Ingress', 'web', {
      spec: { rules: [{ host: 'example.com', http: { paths: [{ path: '/', backend: { service: { name: 'web', port: { number: 80 } } } }] } }] },
    })))).toBe('Ingress.networking.k8s.io "web" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified');
  });

  it('assigns the default IngressClass and checks paths', () => {
    const server = testServer();
    server.create(resource('networking.k8s.io', 'ingressclasses'), undefined, obj('networking.k8s.io/v1', 'IngressClass', 'nginx', {
      metadata: { name: 'nginx', annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } }, spec: { controller: 'k8s.io/ingress-nginx' },
    }));
    const backend = { service: { name: 'web', port: { number: 80 } } };
    const ing = server.create(resource('networking.k8s.io', 'ingresses'), 'default', obj('networking.k8s.io/v1', 'Ingress', 'web', {
      spec: { rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend }] } }] },
    }));
    expect((ing.spec as { ingressClassName: string }).ingressClassName).toBe('nginx');
    expect(ing.status).toEqual({ loadBalancer: {} });
    expect(statusMessage(() => server.create(resource('networking.k8s.io', 'ingresses'), 'default', obj('networking.k8s.io/v1', 'Ingress', 'bad', {
      spec: { rules: [{ http: { paths: [{ path: 'app', pathType: 'Prefix', backend }] } }] },
    })))).toBe('Ingress.networking.k8s.io "bad" is invalid: spec.rules[0].http.paths[0].path: Invalid value: "app": must be an absolute path');
  });

  it('defaults network policy types', () => {
    const server = testServer();
    const np = resource('networking.k8s.io', 'networkpolicies');
    const ingressOnly = server.create(np, 'default', obj('networking.k8s.io/v1', 'NetworkPolicy', 'a', { spec: { podSelector: {}, ingress: [{ ports: [{ port: 80 }] }] } }));
    expect(ingressOnly.spec).toMatchObject({ policyTypes: ['Ingress'], ingress: [{ ports: [{ port: 80, protocol: 'TCP' }] }] });
    const both = server.create(np, 'default', obj('networking.k8s.io/v1', 'NetworkPolicy', 'b', { spec: { podSelector: {}, egress: [{}] } }));
    expect((both.spec as { policyTypes: string[] }).policyTypes).toEqual(['Ingress', 'Egress']);
  });
});

describe('policy objects', () => {
  it('defaults an HPA to an 80% cpu target', () => {
    const created = testServer().create(resource('autoscaling', 'horizontalpodautoscalers'), 'default', obj('autoscaling/v1', 'HorizontalPodAutoscaler', 'web', {
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 5, targetCPUUtilizationPercentage: 50 },
    }));
    expect(created.apiVersion).toBe('autoscaling/v2');
    expect(created.spec).toEqual({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 5,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }],
    });
    expect(created.status).toEqual({ currentMetrics: null, desiredReplicas: 0 });
  });

  it('rejects both minAvailable and maxUnavailable on a PDB', () => {
    expect(statusMessage(() => testServer().create(resource('policy', 'poddisruptionbudgets'), 'default', obj('policy/v1', 'PodDisruptionBudget', 'p', { spec: { minAvailable: 1, maxUnavailable: 1 } }))))
      .toMatch(/^PodDisruptionBudget\.policy "p" is invalid: spec: Invalid value: policy\.PodDisruptionBudgetSpec\{.*\}: minAvailable and maxUnavailable cannot be both set$/);
  });

  it('allows a single global default priority class', () => {
    const server = testServer();
    const pcs = resource('scheduling.k8s.io', 'priorityclasses');
    server.create(pcs, undefined, obj('scheduling.k8s.io/v1', 'PriorityClass', 'high', { value: 1000, globalDefault: true }));
    expect(statusMessage(() => server.create(pcs, undefined, obj('scheduling.k8s.io/v1', 'PriorityClass', 'low', { value: 10, globalDefault: true }))))
      .toBe('priorityclasses.scheduling.k8s.io "low" is forbidden: PriorityClass high is marked as default. Only one default can exist');
    const pod = server.create(resource('', 'pods'), 'default', obj('v1', 'Pod', 'p', { spec: { containers: [{ name: 'c', image: 'nginx' }] } }));
    expect(pod.spec).toMatchObject({ priorityClassName: 'high', priority: 1000, preemptionPolicy: 'PreemptLowerPriority' });
  });

  it('validates quota resource names', () => {
    expect(statusMessage(() => testServer().create(resource('', 'resourcequotas'), 'default', obj('v1', 'ResourceQuota', 'q', { spec: { hard: { pods: '1.5', widgets: '2' } } }))))
      .toBe('ResourceQuota "q" is invalid: [spec.hard[pods]: Invalid value: "1500m": must be an integer, spec.hard[widgets]: Invalid value: "widgets": must be a standard resource type or fully qualified, spec.hard[widgets]: Invalid value: "widgets": must be a standard resource for quota]');
  });
});

describe('LimitRanger admission', () => {
  it('fills container resources from the namespace LimitRange and enforces max', () => {
    const server = testServer();
    server.create(resource('', 'limitranges'), 'default', obj('v1', 'LimitRange', 'limits', {
      spec: { limits: [{ type: 'Container', default: { cpu: '500m' }, defaultRequest: { cpu: '250m' }, max: { cpu: '1' } }] },
    }));
    const pod = server.create(resource('', 'pods'), 'default', obj('v1', 'Pod', 'p', { spec: { containers: [{ name: 'c', image: 'nginx' }] } }));
    expect((pod.spec as { containers: Array<{ resources: unknown }> }).containers[0]!.resources).toEqual({ limits: { cpu: '500m' }, requests: { cpu: '250m' } });
    expect(pod.metadata.annotations).toEqual({ 'kubernetes.io/limit-ranger': 'LimitRanger plugin set: cpu request for container c; cpu limit for container c' });
    expect(statusMessage(() => server.create(resource('', 'pods'), 'default', obj('v1', 'Pod', 'big', { spec: { containers: [{ name: 'c', image: 'nginx', resources: { limits: { cpu: '2' } } }] } }))))
      .toBe('pods "big" is forbidden: maximum cpu usage per Container is 1, but limit is 2');
  });
});
