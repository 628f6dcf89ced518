import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { rfc3339 } from '../../base/time.ts';
import { rollingUpdate } from './update.ts';

const NOW = 1_700_000_000_000;
const NODES = ['n1', 'n2', 'n3', 'n4'].map((name): KubeObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name } }));

function ds(rolling: Record<string, unknown>): KubeObject {
  return {
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', namespace: 'default' },
    spec: { template: { spec: { containers: [] } }, updateStrategy: { type: 'RollingUpdate', rollingUpdate: rolling } },
  };
}

function pod(name: string, hash: string, available: boolean): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { 'controller-revision-hash': hash } },
    status: { phase: 'Running', conditions: available ? [{ type: 'Ready', status: 'True', lastTransitionTime: rfc3339(NOW - 60_000) }] : [] },
  };
}

const onNodes = (...pods: KubeObject[][]): Map<string, KubeObject[]> => new Map(pods.map((p, i) => [`n${i + 1}`, p]));

describe('DaemonSet rolling update', () => {
  it('deletes old available pods up to maxUnavailable, in node order', () => {
    const plan = rollingUpdate(ds({ maxUnavailable: 2, maxSurge: 0 }), NODES, onNodes([pod('a', 'old', true)], [pod('b', 'old', true)], [pod('c', 'old', true)], [pod('d', 'old', true)]), 'new', NOW);
    expect(plan).toEqual({ remove: ['a', 'b'], create: [] });
  });

  it('counts nodes without an available pod against maxUnavailable, but replaces unavailable old pods anyway', () => {
    const plan = rollingUpdate(ds({ maxUnavailable: 1, maxSurge: 0 }), NODES, onNodes([pod('a', 'new', false)], [pod('b', 'old', false)], [pod('c', 'old', true)], [pod('d', 'old', true)]), 'new', NOW);
    expect(plan).toEqual({ remove: ['b'], create: [] });
  });

  it('rounds a percentage up', () => {
    const plan = rollingUpdate(ds({ maxUnavailable: '30%', maxSurge: 0 }), NODES, onNodes([pod('a', 'old', true)], [pod('b', 'old', true)], [pod('c', 'old', true)], [pod('d', 'old', true)]), 'new', NOW);
    expect(plan.remove).toEqual(['a', 'b']);
  });

  it('with maxSurge, creates new pods beside old ones and deletes an old pod once its replacement is available', () => {
    const nodes = onNodes([pod('a', 'old', true), pod('a2', 'new', true)], [pod('b', 'old', true), pod('b2', 'new', false)], [pod('c', 'old', true)], [pod('d', 'old', true)]);
    const plan = rollingUpdate(ds({ maxUnavailable: 0, maxSurge: 2 }), NODES, nodes, 'new', NOW);
    expect(plan).toEqual({ remove: ['a'], create: ['n3'] });
  });

  it('places a surge pod at once where the old pod is unavailable', () => {
    const plan = rollingUpdate(ds({ maxUnavailable: 0, maxSurge: 1 }), NODES, onNodes([pod('a', 'old', false)], [pod('b', 'old', true)], [pod('c', 'old', true)], [pod('d', 'old', true)]), 'new', NOW);
    expect(plan).toEqual({ remove: [], create: ['n1', 'n2'] });
  });
});
