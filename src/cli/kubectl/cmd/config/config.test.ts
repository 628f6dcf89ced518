// `kubectl config ...` against the kubeconfig in the student's files: output, exit code and the
// file written, case by case, equal real kubectl v1.31's on the same starting file.

import { describe, expect, it } from 'vitest';
import { HARNESS_HOME, kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE, SETUPS } from './oracle-cases.fixture.ts';

const CONFIG_PATH = `${HARNESS_HOME}/.kube/config`;

describe('kubectl config', () => {
  it.each(ORACLE)('[%s] %s', (setup, line, stdout, stderr, code, file) => {
    const h = kubectlHarness();
    if (setup === 'none') h.fs.remove(CONFIG_PATH);
    else h.fs.writeFile(CONFIG_PATH, SETUPS[setup]!);
    h.fs.writeFile(`${HARNESS_HOME}/ca.crt`, 'CADATA\n');
    const r = h.run(line);
    const written = h.fs.exists(CONFIG_PATH) ? h.fs.readFile(CONFIG_PATH) : null;
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout, stderr, code });
    // kubectl rewrites the file only when it changes something; the original text then stays.
    expect(written === (setup === 'none' ? null : SETUPS[setup]) ? file : written).toEqual(file);
  });
});

describe('kubectl config and the commands after it', () => {
  it('lists clusters and users sorted by name (Go prints them in map order)', () => {
    const h = kubectlHarness();
    h.fs.writeFile(CONFIG_PATH, SETUPS['cfg2.yaml']!);
    expect(h.run('config get-clusters').stdout).toBe('NAME\nkubernetes\nother\n');
    expect(h.run('config get-users').stdout).toBe('NAME\njane\nkubernetes-admin\n');
  });

  it('makes later commands use the namespace set on the current context', () => {
    const h = kubectlHarness();
    h.run('create namespace dev');
    expect(h.run('config set-context --current --namespace=dev').stdout).toBe('Context "kubernetes-admin@kubernetes" modified.\n');
    expect(h.run('run web --image=nginx').stdout).toBe('pod/web created\n');
    expect(h.cluster.client().get('/pods', 'dev', 'web')).toBeDefined();
  });

  it('creates the file --kubeconfig names, which other commands require to exist', () => {
    const h = kubectlHarness();
    expect(h.run('--kubeconfig=new.yaml config set-context x --cluster=c').stdout).toBe('Context "x" created.\n');
    expect(h.fs.readFile(`${HARNESS_HOME}/new.yaml`)).toBe(
      'apiVersion: v1\nclusters: null\ncontexts:\n- context:\n    cluster: c\n    user: ""\n  name: x\ncurrent-context: ""\nkind: Config\npreferences: {}\nusers: null\n',
    );
    expect(h.run('--kubeconfig=new.yaml config delete-context x').stdout).toBe('deleted context x from new.yaml\n');
    expect(h.run('--kubeconfig=missing.yaml get pods').stderr).toBe('error: stat missing.yaml: no such file or directory\n');
  });
});
