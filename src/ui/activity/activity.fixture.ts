// A recorded story for the activity pane's tests: `kubectl create deployment api`, its ReplicaSet and
// one pod, bound and started, then kubectl reading the pods. Shaped as the host sends it.

import type { ActivityEntry } from '../../worker/host/api.ts';

const NOW = 1_700_000_000_000;
const DEPLOY = { kind: 'Deployment', namespace: 'default', name: 'api' };
const RS = { kind: 'ReplicaSet', namespace: 'default', name: 'api-5d8f', owner: { kind: 'Deployment', name: 'api' } };
const POD = { kind: 'Pod', namespace: 'default', name: 'api-5d8f-x7k2p', owner: { kind: 'ReplicaSet', name: 'api-5d8f' } };
const OTHER = { kind: 'Pod', namespace: 'dev', name: 'web' };

type Row = [ActivityEntry['actor'], ActivityEntry['action'], ActivityEntry['object'], ActivityEntry['params'], string?, number?];

const ROWS: readonly Row[] = [
  ['kubectl', 'request', DEPLOY, { verb: 'create', resource: 'deployments', method: 'POST', path: '/apis/apps/v1/namespaces/default/deployments' }],
  ['kube-apiserver', 'admit', DEPLOY, { verb: 'create' }, undefined, 0],
  ['etcd', 'persist', DEPLOY, { op: 'create', resourceVersion: '600' }, undefined, 0],
  ['kube-controller-manager', 'reconcile', DEPLOY, { key: 'default/api' }, 'deployment-controller'],
  ['kube-controller-manager', 'request', RS, { verb: 'create', resource: 'replicasets', method: 'POST' }, 'deployment-controller', 3],
  ['kube-apiserver', 'admit', RS, { verb: 'create' }, undefined, 4],
  ['etcd', 'persist', RS, { op: 'create', resourceVersion: '601' }, undefined, 4],
  ['kube-controller-manager', 'request', POD, { verb: 'create', resource: 'pods', method: 'POST' }, 'replicaset-controller'],
  ['kube-apiserver', 'admit', POD, { verb: 'create' }, undefined, 7],
  ['etcd', 'persist', POD, { op: 'create', resourceVersion: '602' }, undefined, 7],
  ['kube-scheduler', 'filter', POD, { feasible: 3, total: 4 }],
  ['kube-scheduler', 'bind', POD, { node: 'k8s-worker-2' }, undefined, 10],
  ['kube-scheduler', 'request', POD, { verb: 'create', resource: 'pods', subresource: 'binding', method: 'POST' }, undefined, 11],
  ['kube-scheduler', 'event', POD, { reason: 'Scheduled', type: 'Normal', message: 'Successfully assigned' }],
  ['kubelet', 'sandbox', POD, { ip: '192.168.1.5' }, 'k8s-worker-2'],
  ['kubelet', 'pull', POD, { image: 'nginx', container: 'nginx' }, 'k8s-worker-2'],
  ['kubelet', 'start', POD, { container: 'nginx' }, 'k8s-worker-2'],
  ['kubectl', 'request', { kind: 'Pod', namespace: 'default', name: '' }, { verb: 'list', resource: 'pods', method: 'GET' }],
  ['kubectl', 'request', OTHER, { verb: 'create', resource: 'pods', method: 'POST' }],
];

export const STORY: readonly ActivityEntry[] = ROWS.map(([actor, action, object, params, detail, parent], seq) => ({
  seq, timeMs: NOW + seq * 10, actor, action, object, params,
  ...(detail !== undefined ? { detail } : {}), ...(parent !== undefined ? { parent } : {}),
}));
