// kubectl delete: messages, NotFound, selectors, --force, dry runs, and waiting for Terminating objects.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';

function withConfigMaps() {
  const h = kubectlHarness();
  h.run('kubectl create configmap a --from-literal=k=v');
  h.run('kubectl create configmap b --from-literal=k=v');
  return h;
}

describe('kubectl delete', () => {
  it('deletes by TYPE NAME and TYPE/NAME', () => {
    const h = withConfigMaps();
    expect(h.run('kubectl delete configmap a')).toMatchObject({ stdout: 'configmap "a" deleted\n', code: 0 });
    expect(h.run('kubectl delete cm/b')).toMatchObject({ stdout: 'configmap "b" deleted\n', code: 0 });
  });

  it('reports NotFound and leaves the cluster unchanged', () => {
    const h = withConfigMaps();
    const rev = h.cluster.store.revision;
    expect(h.run('kubectl delete configmap nope')).toMatchObject({ stderr: 'Error from server (NotFound): configmaps "nope" not found\n', code: 1 });
    expect(h.cluster.store.revision).toBe(rev);
    expect(h.run('kubectl delete configmap nope --ignore-not-found')).toMatchObject({ stdout: 'No resources found\n', stderr: '', code: 0 });
  });

  it('deletes by selector and says so when nothing matched', () => {
    const h = withConfigMaps();
    expect(h.run('kubectl delete cm -l nothing=here').stdout).toBe('No resources found\n');
  });

  it('prints the dry-run and force messages', () => {
    const h = withConfigMaps();
    const rev = h.cluster.store.revision;
    expect(h.run('kubectl delete cm a --dry-run=client').stdout).toBe('configmap "a" deleted (dry run)\n');
    expect(h.cluster.store.revision).toBe(rev);
    const r = h.run('kubectl delete cm a --force --grace-period=0');
    expect(r.stderr).toBe('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
    expect(r.stdout).toBe('configmap "a" force deleted\n');
  });

  it.each([
    ['kubectl delete', "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n"],
    ['kubectl delete configmaps', 'error: resource(s) were provided, but no name was specified\n'],
    ['kubectl delete foo x', 'error: the server doesn\'t have a resource type "foo"\n'],
    ['kubectl delete cm a --now --grace-period=5', 'error: --now and --grace-period cannot be specified together\n'],
  ])('rejects %s', (line, stderr) => {
    const h = withConfigMaps();
    const rev = h.cluster.store.revision;
    expect(h.run(line)).toMatchObject({ stdout: '', stderr, code: 1 });
    expect(h.cluster.store.revision).toBe(rev);
  });

  it('keeps running until a Terminating namespace is gone', () => {
    const h = kubectlHarness();
    h.run('kubectl create namespace dev');
    const r = h.run('kubectl delete namespace dev');
    expect(r.stdout).toBe('namespace "dev" deleted\n');
    if (r.process) {
      h.cluster.runUntilIdle();
      r.process.poll(h.cluster.nowMs);
      expect(r.process.done).toBe(true);
    }
  });
});
