// kubectl rollout history: revisions from ReplicaSets and ControllerRevisions, one revision's template, errors.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { seedDaemonSet, seedDeployment } from './workloads.fixture.ts';

describe('kubectl rollout history', () => {
  it('lists a deployment\'s revisions with their change causes', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }, { image: 'nginx:1.27', changeCause: 'kubectl set image deployment/web nginx=nginx:1.27 --record=true' }]);
    expect(h.run('kubectl rollout history deployment/web')).toEqual({
      stdout: 'deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         kubectl set image deployment/web nginx=nginx:1.27 --record=true\n\n',
      stderr: '', code: 0,
    });
    expect(h.run('kubectl rollout history deploy web').stdout).toBe(h.run('kubectl rollout history deployment/web').stdout);
  });

  it('prints one revision\'s pod template with the tabs describe writes', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }, { image: 'nginx:1.27', changeCause: 'kubectl set image …' }]);
    expect(h.run('kubectl rollout history deployment/web --revision=2').stdout).toBe([
      'deployment.apps/web with revision #2',
      'Pod Template:',
      '  Labels:\tapp=web',
      '\tpod-template-hash=rev2',
      '  Annotations:\tkubernetes.io/change-cause: kubectl set image …',
      '  Containers:',
      '   nginx:',
      '    Image:\tnginx:1.27',
      '    Port:\t<none>',
      '    Host Port:\t<none>',
      '    Environment:\t<none>',
      '    Mounts:\t<none>',
      '  Volumes:\t<none>',
      '  Node-Selectors:\t<none>',
      '  Tolerations:\t<none>',
      '',
      '',
    ].join('\n'));
    expect(h.run('kubectl rollout history deployment/web --revision=3')).toMatchObject({ stdout: '', stderr: 'error: unable to find the specified revision\n', code: 1 });
  });

  it('prints the revisions\' objects with -o', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', [{ image: 'nginx:1.25' }, { image: 'nginx:1.27' }]);
    expect(h.run('kubectl rollout history deployment/web -o name').stdout).toBe('replicaset.apps/web-rev1\nreplicaset.apps/web-rev2\n');
    expect(h.run('kubectl rollout history deployment/web -o name --revision=1').stdout).toBe('replicaset.apps/web-rev1\n');
    expect(h.run('kubectl rollout history deployment/web -o yaml').stdout.match(/^---$/gm)).toHaveLength(1);
  });

  it('says when there is no history, and which kinds have none', () => {
    const h = kubectlHarness();
    seedDeployment(h, 'web', []);
    expect(h.run('kubectl rollout history deployment/web').stdout).toBe('deployment.apps/web \nNo rollout history found.\n');
    h.cluster.client().create('/services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { ports: [{ port: 80 }] } });
    expect(h.run('kubectl rollout history svc/web').stderr).toBe('error: error retrieving history for "Service", no visitor method exists for { Service}\n');
    expect(h.run('kubectl rollout history deploy/nope')).toMatchObject({ stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n', code: 1 });
  });

  it('reads a daemon set\'s history from its controller revisions', () => {
    const h = kubectlHarness();
    seedDaemonSet(h, 'agent', [{ image: 'nginx:1.25', changeCause: 'first' }, { image: 'nginx:1.27' }]);
    expect(h.run('kubectl rollout history ds/agent').stdout).toBe('daemonset.apps/agent \nREVISION  CHANGE-CAUSE\n1         first\n2         <none>\n\n');
    expect(h.run('kubectl rollout history ds/agent --revision=1').stdout).toContain('daemonset.apps/agent with revision #1\nPod Template:\n  Labels:\tapp=agent\n  Containers:\n   nginx:\n    Image:\tnginx:1.25\n');
    expect(h.run('kubectl rollout history ds/agent -o name').stdout).toBe('daemonset.apps/agent\ndaemonset.apps/agent\n');
  });
});
