// kubectl label / annotate / scale / patch: the §3.4 messages and their errors.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';

function withDeployment() {
  const h = kubectlHarness();
  h.run('kubectl create deployment web --image=nginx');
  return h;
}

describe('kubectl label and annotate', () => {
  it('labels, refuses to overwrite, overwrites, removes', () => {
    const h = withDeployment();
    expect(h.run('kubectl label deploy web tier=web').stdout).toBe('deployment.apps/web labeled\n');
    const rev = h.cluster.store.revision;
    expect(h.run('kubectl label deploy web tier=db')).toMatchObject({ stderr: "error: 'tier' already has a value (web), and --overwrite is false\n", code: 1 });
    expect(h.cluster.store.revision).toBe(rev);
    expect(h.run('kubectl label deploy web tier=web').stdout).toBe('deployment.apps/web not labeled\n');
    expect(h.run('kubectl label deploy web tier=db --overwrite').stdout).toBe('deployment.apps/web labeled\n');
    expect(h.run('kubectl label deploy web tier-').stdout).toBe('deployment.apps/web unlabeled\n');
  });

  it('annotates', () => {
    const h = withDeployment();
    expect(h.run('kubectl annotate deployment/web note=hi').stdout).toBe('deployment.apps/web annotated\n');
    expect(h.run('kubectl annotate deployment/web note=ho').stderr).toBe("error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (hi)\n");
  });

  it.each([
    ['kubectl label', 'error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n'],
    ['kubectl label pod', 'error: at least one label update is required\n'],
    ['kubectl label deploy nope a=b', 'Error from server (NotFound): deployments.apps "nope" not found\n'],
  ])('rejects %s', (line, stderr) => {
    const h = withDeployment();
    const rev = h.cluster.store.revision;
    expect(h.run(line)).toMatchObject({ stderr, code: 1 });
    expect(h.cluster.store.revision).toBe(rev);
  });
});

describe('kubectl scale and patch', () => {
  it('scales a deployment', () => {
    const h = withDeployment();
    expect(h.run('kubectl scale deployment web --replicas=3').stdout).toBe('deployment.apps/web scaled\n');
    expect((h.cluster.client().get('apps/deployments', 'default', 'web')!.spec as { replicas: number }).replicas).toBe(3);
    expect(h.run('kubectl scale deployment web')).toMatchObject({ stderr: 'error: required flag(s) "replicas" not set\n', code: 1 });
  });

  it('patches and reports no change', () => {
    const h = withDeployment();
    expect(h.run('kubectl patch deployment web -p {"spec":{"replicas":2}}').stdout).toBe('deployment.apps/web patched\n');
    expect(h.run('kubectl patch deployment web --type=merge -p {"spec":{"replicas":2}}').stdout).toBe('deployment.apps/web patched (no change)\n');
    expect(h.run('kubectl patch deployment web')).toMatchObject({ stderr: 'error: must specify --patch or --patch-file containing the contents of the patch\n', code: 1 });
  });
});
