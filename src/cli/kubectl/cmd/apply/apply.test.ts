// kubectl apply: create → configured → unchanged, the last-applied annotation, the missing-annotation
// warning, and rejected inputs leaving the cluster and files untouched.

import { describe, expect, it } from 'vitest';
import { kubectlHarness, HARNESS_HOME } from '../../../testing/kubectl-harness.ts';

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
`;

function setup() {
  const h = kubectlHarness();
  h.fs.writeFile(`${HARNESS_HOME}/web.yaml`, DEPLOY);
  return h;
}

describe('kubectl apply', () => {
  it('creates, then reports unchanged, then configured', () => {
    const h = setup();
    expect(h.run('kubectl apply -f web.yaml')).toMatchObject({ stdout: 'deployment.apps/web created\n', stderr: '', code: 0 });
    const rev = h.cluster.store.revision;
    expect(h.run('kubectl apply -f web.yaml')).toMatchObject({ stdout: 'deployment.apps/web unchanged\n', code: 0 });
    expect(h.cluster.store.revision).toBe(rev);
    h.fs.writeFile(`${HARNESS_HOME}/web.yaml`, DEPLOY.replace('replicas: 2', 'replicas: 3').replace('nginx:1.25', 'nginx:1.27'));
    expect(h.run('kubectl apply -f web.yaml')).toMatchObject({ stdout: 'deployment.apps/web configured\n', code: 0 });
    const live = h.cluster.client().get('apps/deployments', 'default', 'web')!;
    expect((live.spec as { replicas: number }).replicas).toBe(3);
    const annotation = live.metadata.annotations!['kubectl.kubernetes.io/last-applied-configuration']!;
    expect(annotation.startsWith('{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"name":"web","namespace":"default"}')).toBe(true);
    expect(annotation.endsWith('\n')).toBe(true);
  });

  it('removes a field dropped from the file', () => {
    const h = setup();
    h.fs.writeFile(`${HARNESS_HOME}/cm.yaml`, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "1"\n  b: "2"\n');
    h.run('kubectl apply -f cm.yaml');
    h.fs.writeFile(`${HARNESS_HOME}/cm.yaml`, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "1"\n');
    expect(h.run('kubectl apply -f cm.yaml').stdout).toBe('configmap/c configured\n');
    expect(h.cluster.client().get('/configmaps', 'default', 'c')!.data).toEqual({ a: '1' });
  });

  it('warns when the live object was created imperatively', () => {
    const h = setup();
    h.run('kubectl create -f web.yaml');
    const r = h.run('kubectl apply -f web.yaml');
    expect(r.stderr).toBe('Warning: resource deployments/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n');
    expect(r.stdout).toBe('deployment.apps/web configured\n');
  });

  it('prints the would-be object with --dry-run=client and changes nothing', () => {
    const h = setup();
    const rev = h.cluster.store.revision;
    const r = h.run('kubectl apply -f web.yaml --dry-run=client');
    expect(r.stdout).toBe('deployment.apps/web created (dry run)\n');
    expect(h.cluster.store.revision).toBe(rev);
  });

  it('reads stdin with -f -', () => {
    const h = setup();
    expect(h.run('kubectl apply -f -', DEPLOY).stdout).toBe('deployment.apps/web created\n');
  });

  it.each([
    ['kubectl apply', 'error: must specify one of -f and -k\n'],
    ['kubectl apply -f nope.yaml', 'error: the path "nope.yaml" does not exist\n'],
  ])('rejects %s', (line, stderr) => {
    const h = setup();
    const rev = h.cluster.store.revision;
    const files = h.fs.snapshot();
    expect(h.run(line)).toMatchObject({ stdout: '', stderr, code: 1 });
    expect(h.cluster.store.revision).toBe(rev);
    expect(h.fs.snapshot()).toEqual(files);
  });

  it('prefixes server errors with the file', () => {
    const h = setup();
    h.fs.writeFile(`${HARNESS_HOME}/pod.yaml`, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: nope\nspec:\n  containers:\n  - name: c\n    image: nginx\n');
    const rev = h.cluster.store.revision;
    expect(h.run('kubectl apply -f pod.yaml')).toMatchObject({
      stderr: 'Error from server (NotFound): error when creating "pod.yaml": namespaces "nope" not found\n', code: 1,
    });
    expect(h.cluster.store.revision).toBe(rev);
  });
});
