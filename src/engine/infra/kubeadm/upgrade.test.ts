import { describe, expect, it } from 'vitest';
import { courseProfile, createCluster } from '../../index.ts';
import { packagesOf } from '../machine/packages.ts';
import { postUpgrade, storedClusterVersion, upgradedManifest, versionPolicyErrors } from './upgrade.ts';
import type { KubeObject } from '../../api/types.ts';

const MASTER = 'k8s-master-1';
const kubeletVersion = (node: KubeObject | undefined): string | undefined => (node?.status as { nodeInfo?: { kubeletVersion?: string } } | undefined)?.nodeInfo?.kubeletVersion;

describe('kubeadm upgrade policy', () => {
  it('accepts one minor version up with a kubeadm of that minor', () => {
    expect(versionPolicyErrors('v1.31.4', 'v1.32.0', 'v1.32.0')).toEqual({ mandatory: [], skippable: [] });
  });

  it('refuses skipping a minor version and targets beyond kubeadm', () => {
    expect(versionPolicyErrors('v1.31.4', 'v1.32.0', 'v1.33.0').mandatory).toEqual([
      'Specified version to upgrade to "v1.33.0" is too high; kubeadm can upgrade only 1 minor version at a time',
      'Specified version to upgrade to "v1.33.0" is at least one minor release higher than the kubeadm minor release (33 > 32). Such an upgrade is not supported',
    ]);
    expect(versionPolicyErrors('v1.31.4', 'v1.31.4', 'v1.32.0').mandatory).toEqual([
      'Specified version to upgrade to "v1.32.0" is at least one minor release higher than the kubeadm minor release (32 > 31). Such an upgrade is not supported',
    ]);
    expect(versionPolicyErrors('v1.31.4', 'v1.32.0', 'v1.32.3').skippable).toEqual([
      'Specified version to upgrade to "v1.32.3" is higher than the kubeadm version "v1.32.0". Upgrade kubeadm first using the tool you used to install kubeadm',
    ]);
    expect(versionPolicyErrors('v1.31.4', 'v1.32.0', 'v1.31.7').skippable).toEqual(['Kubeadm version v1.32.0 can only be used to upgrade to Kubernetes version 1.32']);
  });
});

describe('kubeadm upgrade in the course cluster', () => {
  it('restarts a static pod with the new image and reports the API server version', () => {
    const c = createCluster({ seed: 5, profile: courseProfile });
    const manifest = JSON.parse(c.machines.state(MASTER)!.staticPods['kube-apiserver']!) as KubeObject;
    const before = c.client().get('/pods', 'kube-system', `kube-apiserver-${MASTER}`)!;
    c.machines.pullImages(MASTER, ['registry.k8s.io/kube-apiserver:v1.32.0']);
    c.machines.replaceStaticPod(MASTER, upgradedManifest(manifest, 'v1.32.0', 'v1.32.0'));
    c.advance(30_000);
    const after = c.client().get('/pods', 'kube-system', `kube-apiserver-${MASTER}`)!;
    expect(after.metadata.uid).not.toBe(before.metadata.uid);
    expect((after.status as { phase?: string }).phase).toBe('Running');
    expect(c.machines.serverVersion()).toBe('v1.32.0');
    expect(c.machines.fs(MASTER)!.readFile('/etc/kubernetes/manifests/kube-apiserver.yaml')).toContain('image: registry.k8s.io/kube-apiserver:v1.32.0');
  });

  it('moves etcd to the release kubeadm deploys and updates the stored configuration', () => {
    const c = createCluster({ seed: 5, profile: courseProfile });
    const etcd = JSON.parse(c.machines.state(MASTER)!.staticPods.etcd!) as KubeObject;
    expect(JSON.stringify(upgradedManifest(etcd, 'v1.32.0', 'v1.32.0'))).toContain('registry.k8s.io/etcd:3.5.16-0');
    postUpgrade(c.client(), 'v1.32.0');
    expect(storedClusterVersion(c.client())).toBe('v1.32.0');
    expect(JSON.stringify(c.client().get('apps/daemonsets', 'kube-system', 'kube-proxy')!.spec)).toContain('registry.k8s.io/kube-proxy:v1.32.0');
  });

  it('reports the installed kubelet version once the kubelet restarts', () => {
    const c = createCluster({ seed: 5, profile: courseProfile });
    packagesOf(c.machines.state('k8s-worker-1')!).installed.kubelet = '1.32.0-1.1';
    expect(kubeletVersion(c.client().get('/nodes', undefined, 'k8s-worker-1'))).toBe('v1.31.4');
    c.machines.systemctl('k8s-worker-1', 'restart', 'kubelet');
    expect(kubeletVersion(c.client().get('/nodes', undefined, 'k8s-worker-1'))).toBe('v1.32.0');
  });
});
