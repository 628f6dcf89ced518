import { describe, expect, it } from 'vitest';
import { courseProfile } from '../../../../engine/index.ts';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';

describe('kubectl cordon, uncordon and drain', () => {
  it('cordons once, says so the second time, and uncordons', () => {
    const h = kubectlHarness({ profile: courseProfile });
    expect(h.run('cordon k8s-worker-1').stdout).toBe('node/k8s-worker-1 cordoned\n');
    expect(h.run('cordon k8s-worker-1').stdout).toBe('node/k8s-worker-1 already cordoned\n');
    expect(h.cluster.client().get('/nodes', undefined, 'k8s-worker-1')!.spec).toMatchObject({ unschedulable: true });
    expect(h.run('uncordon k8s-worker-1').stdout).toBe('node/k8s-worker-1 uncordoned\n');
  });

  it('refuses a node with DaemonSet pods without --ignore-daemonsets, after cordoning it', () => {
    const h = kubectlHarness({ profile: courseProfile });
    const r = h.run('drain k8s-worker-2');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('node/k8s-worker-2 cordoned\n');
    expect(r.stderr).toMatch(/^error: unable to drain node "k8s-worker-2" due to error: cannot delete DaemonSet-managed Pods \(use --ignore-daemonsets to ignore\): kube-system\/calico-node-\w+, kube-system\/kube-proxy-\w+, continuing command\.\.\.\nThere are pending nodes to be drained:\n k8s-worker-2\ncannot delete DaemonSet-managed Pods/);
  });

  it('checks its arguments as kubectl does', () => {
    const h = kubectlHarness({ profile: courseProfile });
    expect(h.run('drain').stderr).toBe("error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples\n");
    expect(h.run('drain k8s-worker-1 -l a=b').stderr).toBe("error: cannot specify both a node name and a --selector option\nSee 'kubectl drain -h' for help and examples\n");
    expect(h.run('drain k8s-worker-1 --pod-selector=a=(').stderr).toBe('error: --pod-selector=<pod_selector> must be a valid label selector\n');
    expect(h.run('cordon nope').stderr).toBe('Error from server (NotFound): nodes "nope" not found\n');
  });
});
