// `kubectl expose` line by line against the objects the oracle's API server held: output and exit
// code equal real kubectl v1.31's (cases in oracle-cases.fixture.ts).

import { describe, expect, it } from 'vitest';
import type { KubeObject, ResourceName } from '../../../../engine/index.ts';
import { HARNESS_HOME, kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

const container = (name: string, ports?: object[]): object => ({ name, image: 'nginx', ...(ports ? { ports } : {}) });
const deployment = (name: string, selector: object, labels: Record<string, string> | undefined, containers: object[]): KubeObject => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: 'default', ...(labels ? { labels } : {}) },
  spec: { replicas: 1, selector, template: { metadata: { labels: { app: name, a: 'b' } }, spec: { containers } } },
});

/** The objects the oracle's API server held when the cases ran. */
export const EXPOSE_WORLD: ReadonlyArray<readonly [ResourceName, KubeObject]> = [
  ['apps/deployments', deployment('web', { matchLabels: { app: 'web' } }, { app: 'web' }, [container('nginx', [{ containerPort: 80, protocol: 'TCP' }])])],
  ['apps/deployments', deployment('noport', { matchLabels: { app: 'noport' } }, { app: 'noport' }, [container('nginx')])],
  ['apps/deployments', deployment('expr', { matchExpressions: [{ key: 'a', operator: 'In', values: ['b'] }] }, undefined, [container('nginx', [{ containerPort: 80 }])])],
  ['apps/deployments', deployment('multi', { matchLabels: { app: 'multi' } }, undefined, [
    container('a', [{ containerPort: 80, name: 'http' }, { containerPort: 443, protocol: 'UDP', name: 'https' }]), container('b', [{ containerPort: 9000 }]),
  ])],
  ['/pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p1', namespace: 'default', labels: { run: 'p1' } }, spec: { containers: [container('p1', [{ containerPort: 8080, protocol: 'TCP' }])] } }],
  ['/pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'nolabels', namespace: 'default' }, spec: { containers: [container('p1', [{ containerPort: 8080 }])] } }],
  ['/services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'svc1', namespace: 'default', labels: { app: 'svc1' } }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080, protocol: 'TCP', name: 'http' }], type: 'NodePort' } }],
  ['/nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01' } }],
  ['apps/replicasets', { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs1', namespace: 'default' }, spec: { replicas: 1, selector: { matchLabels: { app: 'rs1' } }, template: { metadata: { labels: { app: 'rs1' } }, spec: { containers: [container('nginx', [{ containerPort: 81 }])] } } } }],
  ['/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm1', namespace: 'default' }, data: { a: 'b' } }],
];

const DEPLOYMENT_FILE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: c
        image: nginx
`;

describe('kubectl expose', () => {
  const h = kubectlHarness();
  for (const [resource, obj] of EXPOSE_WORLD) h.cluster.client().create(resource, obj);
  h.fs.writeFile(`${HARNESS_HOME}/d.yaml`, DEPLOYMENT_FILE);
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    const r = h.run(line);
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout, stderr, code });
  });
});
