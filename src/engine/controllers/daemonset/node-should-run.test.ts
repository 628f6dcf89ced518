import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { nodeShouldRunDaemonPod } from './node-should-run.ts';
import { createPodTemplate, pinToNode, targetNodeName } from './util.ts';

function node(name: string, labels: Record<string, string> = {}, taints: unknown[] = []): KubeObject {
  return { apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'kubernetes.io/hostname': name, ...labels } }, spec: { taints } };
}

function ds(podSpec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', namespace: 'default', annotations: { 'deprecated.daemonset.template.generation': '2' } },
    spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'a', image: 'busybox' }], ...podSpec } } },
  };
}

const CONTROL_PLANE = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

describe('nodeShouldRunDaemonPod', () => {
  it('runs on an untainted node, not on the control plane unless tolerated', () => {
    expect(nodeShouldRunDaemonPod(node('w1'), ds())).toEqual({ shouldRun: true, shouldContinueRunning: true });
    expect(nodeShouldRunDaemonPod(node('m1', {}, [CONTROL_PLANE]), ds())).toEqual({ shouldRun: false, shouldContinueRunning: true });
    const tolerant = ds({ tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] });
    expect(nodeShouldRunDaemonPod(node('m1', {}, [CONTROL_PLANE]), tolerant).shouldRun).toBe(true);
  });

  it('evicts only for an untolerated NoExecute taint', () => {
    expect(nodeShouldRunDaemonPod(node('w1', {}, [{ key: 'dedicated', value: 'db', effect: 'NoExecute' }]), ds()))
      .toEqual({ shouldRun: false, shouldContinueRunning: false });
  });

  it('tolerates the node-problem taints on its own', () => {
    for (const key of ['node.kubernetes.io/unschedulable', 'node.kubernetes.io/disk-pressure', 'node.kubernetes.io/pid-pressure']) {
      expect(nodeShouldRunDaemonPod(node('w1', {}, [{ key, effect: 'NoSchedule' }]), ds()).shouldRun).toBe(true);
    }
    expect(nodeShouldRunDaemonPod(node('w1', {}, [{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }]), ds()).shouldContinueRunning).toBe(true);
    const networkDown = node('w1', {}, [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }]);
    expect(nodeShouldRunDaemonPod(networkDown, ds()).shouldRun).toBe(false);
    expect(nodeShouldRunDaemonPod(networkDown, ds({ hostNetwork: true })).shouldRun).toBe(true);
  });

  it('honours nodeSelector, required node affinity and nodeName', () => {
    expect(nodeShouldRunDaemonPod(node('w1', { disk: 'ssd' }), ds({ nodeSelector: { disk: 'ssd' } })).shouldRun).toBe(true);
    expect(nodeShouldRunDaemonPod(node('w1'), ds({ nodeSelector: { disk: 'ssd' } }))).toEqual({ shouldRun: false, shouldContinueRunning: false });
    const affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }] } } };
    expect(nodeShouldRunDaemonPod(node('w1', { zone: 'a' }), ds({ affinity })).shouldRun).toBe(true);
    expect(nodeShouldRunDaemonPod(node('w1', { zone: 'b' }), ds({ affinity })).shouldRun).toBe(false);
    expect(nodeShouldRunDaemonPod(node('w2'), ds({ nodeName: 'w1' })).shouldRun).toBe(false);
  });
});

describe('daemon pod template', () => {
  it('adds the daemon tolerations once, and the generation and hash labels', () => {
    const template = createPodTemplate({ metadata: { labels: { app: 'agent' } }, spec: { containers: [], hostNetwork: true, tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' }] } }, 2, 'abc');
    expect(template.metadata!.labels).toEqual({ app: 'agent', 'controller-revision-hash': 'abc', 'pod-template-generation': '2' });
    expect(template.spec!.tolerations!.map((t) => `${t.key}:${t.effect}`)).toEqual([
      'node.kubernetes.io/not-ready:NoExecute', 'node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/disk-pressure:NoSchedule',
      'node.kubernetes.io/memory-pressure:NoSchedule', 'node.kubernetes.io/pid-pressure:NoSchedule', 'node.kubernetes.io/unschedulable:NoSchedule',
      'node.kubernetes.io/network-unavailable:NoSchedule',
    ]);
  });

  it('pins the pod by metadata.name and reads the node back', () => {
    const affinity = pinToNode({ nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [] } }, 'w2');
    expect(affinity.nodeAffinity).toEqual({
      preferredDuringSchedulingIgnoredDuringExecution: [],
      requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['w2'] }] }] },
    });
    const pod: KubeObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { affinity } };
    expect(targetNodeName(pod)).toBe('w2');
    expect(targetNodeName({ ...pod, spec: { nodeName: 'w3', affinity } })).toBe('w3');
  });
});
