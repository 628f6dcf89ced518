import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { bareProfile, createCluster, type Cluster } from '../../index.ts';
import { apiServerAnswers } from './apiserver-endpoint.ts';
import { crashLoopJournal } from './bare-machine.ts';
import { calicoManifestObjects } from './cni-manifests.ts';
import {
  applyAddons, CONTROL_PLANE_IMAGES, controlPlaneUp, kubeletRegisters, nodeFacts, pullImages, restartKubelet, uploadConfigAndToken,
  writeControlPlane, writeJoinedKubelet,
} from './init.ts';

const MASTER = 'k8s-master-1';
const POD_CIDR = '192.168.0.0/16';

function ready(c: Cluster, node: string): string | undefined {
  const conditions = (c.client().get('/nodes', undefined, node)?.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions;
  return conditions?.find((x) => x.type === 'Ready')?.status;
}

function init(c: Cluster): string {
  const facts = nodeFacts(c, MASTER, POD_CIDR, true);
  pullImages(c, MASTER, CONTROL_PLANE_IMAGES);
  writeControlPlane(c, MASTER, POD_CIDR);
  restartKubelet(c, MASTER);
  controlPlaneUp(c, facts);
  const token = uploadConfigAndToken(c, POD_CIDR);
  applyAddons(c, POD_CIDR);
  return token;
}

function applyCalico(c: Cluster): void {
  for (const obj of calicoManifestObjects()) c.client().create(resourceOf(obj), obj);
}

function resourceOf(obj: KubeObject): `${string}/${string}` {
  const plural = `${obj.kind.toLowerCase()}${obj.kind.endsWith('y') ? '' : 's'}`.replace(/ys$/, 'ies');
  const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0]! : '';
  return group ? `${group}/${plural}` : `/${plural}`;
}

describe('the bare machines', () => {
  it('are machines without nodes, their kubelet restarting for want of its config', () => {
    const c = createCluster({ seed: 7, profile: bareProfile });
    expect(c.client().list('/nodes')).toEqual([]);
    expect(c.machines.nodes()).toEqual(['k8s-master-1', 'k8s-worker-1', 'k8s-worker-2', 'k8s-worker-3']);
    expect(c.machines.resolve('192.168.56.13')).toEqual({ node: 'k8s-worker-2', ip: '192.168.56.13' });
    const state = c.machines.state(MASTER)!;
    expect(state.units.kubelet.active).toBe(false);
    const texts = crashLoopJournal(state, c.nowMs).map((e) => e.text);
    expect(texts).toContain('kubelet.service: Scheduled restart job, restart counter is at 149.');
    expect(texts.some((t) => t.includes('open /var/lib/kubelet/config.yaml: no such file or directory'))).toBe(true);
    expect(c.machines.fs(MASTER)!.exists('/etc/kubernetes')).toBe(false);
    expect(apiServerAnswers(c.info, c.machines, 'http://localhost:8080')).toBe(false);
    expect(apiServerAnswers(c.info, c.machines, c.info.server)).toBe(false);
  });

  it('becomes a control plane with kubeadm init: NotReady, CoreDNS pending, kube-proxy running', () => {
    const c = createCluster({ seed: 7, profile: bareProfile });
    const token = init(c);
    c.runUntilIdle(30_000);
    expect(token).toMatch(/^[a-z0-9]{6}\.[a-z0-9]{16}$/);
    expect(apiServerAnswers(c.info, c.machines, c.info.server)).toBe(true);
    expect(c.machines.state(MASTER)!.units.kubelet.active).toBe(true);
    expect(ready(c, MASTER)).toBe('False');
    const pods = c.client().list('/pods', 'kube-system');
    const phase = (prefix: string): string[] => pods.filter((p) => p.metadata.name!.startsWith(prefix)).map((p) => (p.status as { phase: string }).phase);
    expect(phase('coredns-')).toEqual(['Pending', 'Pending']);
    expect(phase('kube-proxy-')).toEqual(['Running']);
    expect(phase('kube-apiserver-')).toEqual(['Running']);
  });

  it('turns Ready once the CNI agent runs, and a joined worker too', () => {
    const c = createCluster({ seed: 7, profile: bareProfile });
    init(c);
    applyCalico(c);
    c.runUntilIdle(60_000);
    expect(ready(c, MASTER)).toBe('True');
    const worker = nodeFacts(c, 'k8s-worker-1', POD_CIDR, false);
    writeJoinedKubelet(c, 'k8s-worker-1');
    restartKubelet(c, 'k8s-worker-1');
    kubeletRegisters(c, worker, []);
    expect(worker.podCidr).toBe('192.168.1.0/24');
    expect(ready(c, 'k8s-worker-1')).toBe('False');
    c.runUntilIdle(60_000);
    expect(ready(c, 'k8s-worker-1')).toBe('True');
  });
});
