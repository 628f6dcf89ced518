// `kubectl replace`: the oracle cases (output and exit code equal real kubectl v1.31's, in order on
// one cluster holding ConfigMap cm1), the live resourceVersion, and --force waiting for a deletion.

import { describe, expect, it } from 'vitest';
import { HARNESS_HOME, kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

const CM_FILE = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm1\ndata:\n  a: changed\n';
const CM2_FILE = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm2\ndata:\n  x: "1"\n';

function harness(): ReturnType<typeof kubectlHarness> {
  const h = kubectlHarness();
  h.cluster.client().create('/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm1', namespace: 'default' }, data: { a: 'b' } });
  h.fs.writeFile(`${HARNESS_HOME}/cm.yaml`, CM_FILE);
  h.fs.writeFile(`${HARNESS_HOME}/cm2.yaml`, CM2_FILE);
  return h;
}

describe('kubectl replace (oracle)', () => {
  const h = harness();
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    const r = h.run(line);
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout, stderr, code });
  });
});

describe('kubectl replace', () => {
  it('writes the file over the live object', () => {
    const h = harness();
    expect(h.run('replace -f cm.yaml').stdout).toBe('configmap/cm1 replaced\n');
    expect(h.cluster.client().get('/configmaps', 'default', 'cm1')?.data).toEqual({ a: 'changed' });
  });

  it('fails for an object that does not exist, naming the file', () => {
    const h = harness();
    const r = h.run('replace -f cm2.yaml');
    expect({ stderr: r.stderr, code: r.code }).toEqual({ stderr: 'Error from server (NotFound): error when replacing "cm2.yaml": configmaps "cm2" not found\n', code: 1 });
  });

  it('--force waits for a finalized object to go before creating it again', () => {
    const h = harness();
    const live = h.cluster.client().get('/configmaps', 'default', 'cm1')!;
    h.cluster.client().update('/configmaps', { ...live, metadata: { ...live.metadata, finalizers: ['example.com/hold'] } });
    const r = h.run('replace --force -f cm.yaml');
    expect(r.stdout).toBe('configmap "cm1" deleted\n');
    expect(r.process?.done).toBe(false);
    const held = h.cluster.client().get('/configmaps', 'default', 'cm1')!;
    h.cluster.client().update('/configmaps', { ...held, metadata: { ...held.metadata, finalizers: [] } });
    r.process!.poll(h.cluster.nowMs);
    expect({ stdout: r.stdout, code: r.code }).toEqual({ stdout: 'configmap "cm1" deleted\nconfigmap/cm1 replaced\n', code: 0 });
  });
});
