// kubectl set env against the API: add, update, remove, --from ConfigMaps and Secrets, stdin, --list.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';

function setup() {
  const h = kubectlHarness();
  h.run('kubectl create deployment web --image=nginx:1.25');
  return h;
}

const envOf = (h: ReturnType<typeof kubectlHarness>): unknown =>
  ((h.cluster.client().get('apps/deployments', 'default', 'web')!.spec as { template: { spec: { containers: Array<{ env?: unknown }> } } }).template.spec.containers[0]!.env);

describe('kubectl set env', () => {
  it('adds, replaces and removes variables', () => {
    const h = setup();
    expect(h.run('kubectl set env deployment/web A=1 B=2')).toEqual({ stdout: 'deployment.apps/web env updated\n', stderr: '', code: 0 });
    expect(h.run('kubectl set env deployment/web A=3 B-').stdout).toBe('deployment.apps/web env updated\n');
    expect(envOf(h)).toEqual([{ name: 'A', value: '3' }]);
    expect(h.run('kubectl set env deployment/web A-').stdout).toBe('deployment.apps/web env updated\n');
    expect(envOf(h)).toBeUndefined();
    expect(h.run('kubectl set env deployment/web A-')).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('refuses to overwrite with --overwrite=false', () => {
    const h = setup();
    h.run('kubectl set env deployment/web A=1');
    expect(h.run('kubectl set env deployment/web A=2 --overwrite=false').stderr).toBe("error: deployments/web 'A' already has a value (1), and --overwrite is false\n");
  });

  it('reads KEY=VALUE lines from stdin with -', () => {
    const h = setup();
    expect(h.run('kubectl set env deployment/web -e -', 'X=1\n# comment\nY=2\nnot a pair\n').stdout).toBe('deployment.apps/web env updated\n');
    expect(envOf(h)).toEqual([{ name: 'X', value: '1' }, { name: 'Y', value: '2' }]);
  });

  it('imports a ConfigMap\'s and a Secret\'s keys as references, renaming keys that are not variable names', () => {
    const h = setup();
    h.run('kubectl create configmap cfg --from-literal=color=blue --from-literal=MODE=prod');
    h.run('kubectl create secret generic db --from-literal=PASSWORD=s3cret');
    expect(h.run('kubectl set env deployment/web --from=configmap/cfg --keys=color --prefix=APP_'))
      .toEqual({ stdout: 'deployment.apps/web env updated\n', stderr: 'Warning: key color transferred to COLOR\n', code: 0 });
    h.run('kubectl set env deployment/web --from=secret/db');
    expect(envOf(h)).toEqual([
      { name: 'APP_COLOR', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'color' } } },
      { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'PASSWORD' } } },
    ]);
    expect(h.run('kubectl set env deployment/web --list').stdout)
      .toBe('# Deployment web, container nginx\n# APP_COLOR from configmap cfg, key color\n# PASSWORD from secret db, key PASSWORD\n');
    expect(h.run('kubectl set env deployment/web --list --resolve').stdout).toBe('# Deployment web, container nginx\nAPP_COLOR=blue\nPASSWORD=s3cret\n');
    expect(h.run('kubectl set env deployment/web --from=deployment/web').stderr).toBe('error: unsupported resource specified in --from\n');
  });

  it('resolves what it can and explains the rest on stderr', () => {
    const h = setup();
    h.run('kubectl set env deployment/web --from=configmap/gone');
    h.cluster.client().patch('apps/deployments', 'default', 'web', 'json', [{ op: 'add', path: '/spec/template/spec/containers/0/env', value: [
      { name: 'GONE', valueFrom: { configMapKeyRef: { name: 'gone', key: 'k' } } },
      { name: 'ME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    ] }]);
    expect(h.run('kubectl set env deployment/web --list --resolve')).toEqual({
      stdout: '# Deployment web, container nginx\n# GONE from configmap gone, key k\nME=web\n',
      stderr: 'error retrieving reference for GONE: configmaps "gone" not found\n',
      code: 0,
    });
  });

  it('warns when no container matches', () => {
    const h = setup();
    expect(h.run('kubectl set env deployment/web -c side* A=1')).toEqual({ stdout: '', stderr: 'Warning: Deployment/web does not have any containers matching "side*"\n', code: 0 });
  });
});
