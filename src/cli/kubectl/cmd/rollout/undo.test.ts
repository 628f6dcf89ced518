// kubectl rollout undo: a Deployment gets an old ReplicaSet's template back, a DaemonSet an old
// ControllerRevision's; skips, dry runs and errors as kubectl words them.

import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../engine/index.ts';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { seedDaemonSet, seedDeployment } from './workloads.fixture.ts';

type Template = { metadata: { labels: Record<string, string> }; spec: { containers: Array<{ image: string }> } };
const templateOf = (obj: KubeObject | undefined): Template => (obj!.spec as { template: Template }).template;

describe('kubectl rollout undo (deployments)', () => {
  it('rolls back to the previous revision, without the pod-template-hash label', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25', changeCause: 'first' }, { image: 'nginx:1.27', changeCause: 'second' }]);
    expect(h.run('kubectl rollout undo deployment/web')).toEqual({ stdout: 'deployment.apps/web rolled back\n', stderr: '', code: 0 });
    const d = h.cluster.client().get('apps/deployments', 'default', 'web')!;
    expect(templateOf(d).spec.containers[0]!.image).toBe('nginx:1.25');
    expect(templateOf(d).metadata.labels).toEqual({ app: 'web' });
    expect(d.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '2', 'kubernetes.io/change-cause': 'first' });
  });

  it('skips a revision the deployment already runs, and reports unknown ones', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }, { image: 'nginx:1.27' }]);
    expect(h.run('kubectl rollout undo deployment/web --to-revision=2').stdout).toBe('deployment.apps/web skipped rollback (current template already matches revision 2)\n');
    expect(h.run('kubectl rollout undo deployment/web --to-revision=7')).toMatchObject({ stderr: 'error: unable to find specified revision 7 in history\n', code: 1 });
    expect(h.run('kubectl rollout undo deployment/web --to-revision=-1').stderr).toBe('error: unable to find specified revision -1 in history\n');
  });

  it('needs a previous revision and an unpaused deployment', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'one', [{ image: 'nginx:1.25' }]);
    expect(h.run('kubectl rollout undo deployment/one').stderr).toBe('error: no rollout history found for deployment "one"\n');
    seedDeployment(h, 'held', [{ image: 'nginx:1.25' }, { image: 'nginx:1.27' }], { paused: true });
    expect(h.run('kubectl rollout undo deployment/held').stderr)
      .toBe("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n");
  });

  it('prints the template it would restore on a client dry run, and changes nothing', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }, { image: 'nginx:1.27' }]);
    const rv = h.cluster.store.revision;
    expect(h.run('kubectl rollout undo deployment/web --dry-run=client').stdout).toBe([
      'deployment.apps/web Pod Template:',
      '  Labels:\tapp=web',
      '\tpod-template-hash=rev1',
      '  Containers:',
      '   nginx:',
      '    Image:\tnginx:1.25',
      '    Port:\t<none>',
      '    Host Port:\t<none>',
      '    Environment:\t<none>',
      '    Mounts:\t<none>',
      '  Volumes:\t<none>',
      '  Node-Selectors:\t<none>',
      '  Tolerations:\t<none>',
      ' (dry run)',
      '',
    ].join('\n'));
    expect(h.run('kubectl rollout undo deployment/web --dry-run=server').stdout).toBe('deployment.apps/web rolled back (server dry run)\n');
    expect(h.cluster.store.revision).toBe(rv);
  });

  it('has no rollbacker for other kinds', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }, { image: 'nginx:1.27' }]);
    expect(h.run('kubectl rollout undo rs/web-rev1').stderr).toBe('error: no rollbacker has been implemented for "ReplicaSet.apps"\n');
  });
});

describe('kubectl rollout undo (daemon sets)', () => {
  it('patches the revision\'s template back', () => {
    const h = kubectlHarness();
    seedDaemonSet(h, 'agent', [{ image: 'nginx:1.25' }, { image: 'nginx:1.27' }]);
    expect(h.run('kubectl rollout undo ds/agent --to-revision=2').stdout).toBe('daemonset.apps/agent skipped rollback (current template already matches revision 2)\n');
    expect(h.run('kubectl rollout undo ds/agent --dry-run=client').stdout).toMatch(/^daemonset\.apps\/agent will roll back to Pod Template:\n[\s\S]*Image:\tnginx:1\.25\n[\s\S]* \(dry run\)\n$/);
    expect(h.run('kubectl rollout undo ds/agent').stdout).toBe('daemonset.apps/agent rolled back\n');
    expect(templateOf(h.cluster.client().get('apps/daemonsets', 'default', 'agent')).spec.containers[0]!.image).toBe('nginx:1.25');
  });

  it('needs a last revision', () => {
    const h = kubectlHarness();
    seedDaemonSet(h, 'agent', [{ image: 'nginx:1.25' }]);
    expect(h.run('kubectl rollout undo ds/agent').stderr).toBe('error: no last revision to roll back to\n');
    expect(h.run('kubectl rollout undo ds/agent --to-revision=5').stderr).toBe('error: unable to find specified revision 5 in history\n');
  });
});
