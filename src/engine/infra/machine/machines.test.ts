import { describe, expect, it } from 'vitest';
import { courseProfile, createCluster } from '../../index.ts';
import { isFsError } from '../fs/errors.ts';

const SCHEDULER_MANIFEST = '/etc/kubernetes/manifests/kube-scheduler.yaml';

function pendingPod(name: string) {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
}

describe('node machines', () => {
  it('writes kubeadm manifests for the control plane static pods', () => {
    const c = createCluster({ seed: 1, profile: courseProfile });
    const fs = c.machines.fs('k8s-master-1')!;
    expect(fs.readdir('/etc/kubernetes/manifests')).toEqual(['etcd.yaml', 'kube-apiserver.yaml', 'kube-controller-manager.yaml', 'kube-scheduler.yaml']);
    const text = fs.readFile(SCHEDULER_MANIFEST);
    expect(text).toContain('metadata:\n  creationTimestamp: null\n  labels:\n    component: kube-scheduler\n    tier: control-plane\n  name: kube-scheduler\n  namespace: kube-system\nspec:\n  containers:\n  - command:\n    - kube-scheduler\n');
    expect(text).toMatch(/status: \{\}\n$/);
    expect(c.machines.fs('k8s-worker-1')!.readdir('/etc/kubernetes/manifests')).toEqual([]);
    expect(c.machines.fs('k8s-worker-1')!.readFile('/etc/hostname')).toBe('k8s-worker-1\n');
  });

  it('stops scheduling while the scheduler manifest is away and mirrors it back', () => {
    const c = createCluster({ seed: 1, profile: courseProfile });
    const fs = c.machines.fs('k8s-master-1')!;
    expect(fs.rename(SCHEDULER_MANIFEST, '/tmp/kube-scheduler.yaml')).toBeUndefined();
    c.machines.manifestsChanged('k8s-master-1');
    c.advance(2_000);
    expect(c.client().get('/pods', 'kube-system', 'kube-scheduler-k8s-master-1')).toBeUndefined();
    c.client().create('/pods', pendingPod('waits'));
    c.advance(10_000);
    expect((c.client().get('/pods', 'default', 'waits')!.spec as { nodeName?: string }).nodeName).toBeUndefined();
    expect(isFsError(c.machines.fs('k8s-master-1')!.rename('/tmp/kube-scheduler.yaml', SCHEDULER_MANIFEST))).toBe(false);
    c.machines.manifestsChanged('k8s-master-1');
    c.advance(5_000);
    const mirror = c.client().get('/pods', 'kube-system', 'kube-scheduler-k8s-master-1')!;
    expect(mirror.metadata.annotations?.['kubernetes.io/config.source']).toBe('file');
    expect((c.client().get('/pods', 'default', 'waits')!.spec as { nodeName?: string }).nodeName).toBeDefined();
  });

  it('stops the kubelet with its unit and survives a snapshot', () => {
    const c = createCluster({ seed: 1, profile: courseProfile });
    c.machines.systemctl('k8s-worker-1', 'stop', 'kubelet');
    expect(c.kubelets.machineState('k8s-worker-1')).toBe('stopped');
    const snap = c.snapshot();
    const d = createCluster({ seed: 1, profile: courseProfile });
    d.restore(snap);
    expect(d.machines.state('k8s-worker-1')!.units.kubelet.active).toBe(false);
    d.machines.systemctl('k8s-worker-1', 'start', 'kubelet');
    expect(d.kubelets.machineState('k8s-worker-1')).toBe('running');
  });

  it('reboots a node: off at once, back after the boot', () => {
    const c = createCluster({ seed: 1, profile: courseProfile });
    c.machines.reboot('k8s-worker-2');
    expect(c.machines.poweredOn('k8s-worker-2')).toBe(false);
    c.advance(41_000);
    expect(c.machines.poweredOn('k8s-worker-2')).toBe(true);
  });
});
