// `kubectl taint` on the course's nodes, and the oracle cases (output equal to real kubectl v1.31's).

import { describe, expect, it } from 'vitest';
import { courseProfile } from '../../../../engine/index.ts';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

const course = () => kubectlHarness({ profile: courseProfile });
const taintsOf = (h: ReturnType<typeof course>, node: string): unknown =>
  (h.cluster.client().get('/nodes', undefined, node)!.spec as { taints?: unknown }).taints;

describe('kubectl taint (oracle)', () => {
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    expect(kubectlHarness().run(`kubectl ${line}`)).toMatchObject({ stdout, stderr, code });
  });
});

describe('kubectl taint', () => {
  it('adds, refuses to repeat, overwrites and removes a taint', () => {
    const h = course();
    expect(h.run('taint nodes k8s-worker-1 dedicated=db:NoSchedule')).toMatchObject({ stdout: 'node/k8s-worker-1 tainted\n', code: 0 });
    expect(taintsOf(h, 'k8s-worker-1')).toEqual([{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }]);
    expect(h.run('taint node k8s-worker-1 dedicated=web:NoSchedule')).toMatchObject({
      stderr: 'error: node k8s-worker-1 already has dedicated taint(s) with same effect(s) and --overwrite is false\n', code: 1,
    });
    expect(h.run('taint no k8s-worker-1 dedicated=web:NoSchedule --overwrite').stdout).toBe('node/k8s-worker-1 modified\n');
    expect(h.run('taint nodes k8s-worker-1 dedicated:NoSchedule-').stdout).toBe('node/k8s-worker-1 untainted\n');
    expect(taintsOf(h, 'k8s-worker-1')).toBeUndefined();
  });

  it('removes the control plane taint by key, and reports a taint that is not there', () => {
    const h = course();
    expect(h.run('taint nodes k8s-master-1 node-role.kubernetes.io/control-plane-').stdout).toBe('node/k8s-master-1 untainted\n');
    expect(h.run('taint nodes k8s-master-1 node-role.kubernetes.io/control-plane:NoSchedule-')).toMatchObject({
      stderr: 'error: taint "node-role.kubernetes.io/control-plane:NoSchedule" not found\n', code: 1,
    });
    expect(h.run('taint nodes k8s-master-1 node-role.kubernetes.io/control-plane:NoSchedule').stdout).toBe('node/k8s-master-1 tainted\n');
    expect(h.run('taint nodes k8s-master-1 node-role.kubernetes.io/control-plane:NoSchedule')).toMatchObject({
      stderr: 'error: node k8s-master-1 already has node-role.kubernetes.io/control-plane taint(s) with same effect(s) and --overwrite is false\n',
    });
  });

  it('taints every node with --all or -l, and prints dry runs and -o name', () => {
    const h = course();
    expect(h.run('taint nodes --all maintenance:NoExecute --dry-run=client').stdout)
      .toBe(['k8s-master-1', 'k8s-worker-1', 'k8s-worker-2', 'k8s-worker-3'].map((n) => `node/${n} tainted (dry run)\n`).join(''));
    expect(taintsOf(h, 'k8s-worker-2')).toBeUndefined();
    expect(h.run('taint nodes -l kubernetes.io/hostname=k8s-worker-2 maintenance:NoExecute -o name').stdout).toBe('node/k8s-worker-2\n');
    expect(taintsOf(h, 'k8s-worker-2')).toEqual([{ key: 'maintenance', effect: 'NoExecute' }]);
  });

  it.each([
    ['taint pods web a:NoSchedule', 'error: invalid resource type pods, only node types are supported\n'],
    ['taint nodes k8s-worker-1 a:NoSchedule a-', 'error: can not both modify and remove the following taint(s) in the same command: a=\n'],
    ['taint nodes a:NoSchedule', "error: at least one resource name must be specified since 'all' parameter is not set\n"],
    ['taint nodes --all -l a=b x:NoSchedule', "error: setting 'all' parameter with a non empty selector is prohibited\n"],
    ['taint nodes nope a:NoSchedule', 'Error from server (NotFound): nodes "nope" not found\n'],
    ['taint nodes k8s-worker-1 a:NoSchedule -o bogus', 'error: unable to match a printer suitable for the output format "bogus", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n'],
  ])('%s fails as kubectl does', (line, stderr) => {
    const h = course();
    expect(h.run(line)).toMatchObject({ stdout: '', stderr, code: 1 });
  });
});
