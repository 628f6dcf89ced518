import type { Taint, Toleration } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { nodeInfo, podInfo } from '../../testing.ts';
import { TaintToleration } from './plugin.ts';

const CONTROL_PLANE: Taint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

function filter(tolerations: Toleration[], taints: Taint[]): unknown {
  const r = new TaintToleration().preFilter(podInfo('p', undefined, { spec: { tolerations } }));
  if (r.kind !== 'filter') throw new Error('expected a filter');
  return r.filter.filter(nodeInfo('n', { taints }));
}

describe('TaintToleration filter', () => {
  it('names the first untolerated taint, an empty value printed as nothing', () => {
    expect(filter([], [CONTROL_PLANE])).toEqual({
      code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'],
    });
    expect(filter([], [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }])).toEqual({
      code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {dedicated: gpu}'],
    });
  });

  it('ignores PreferNoSchedule taints', () => {
    expect(filter([], [{ key: 'soft', effect: 'PreferNoSchedule' }])).toBeUndefined();
  });

  it('matches tolerations by key, operator, value and effect', () => {
    const taint: Taint = { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' };
    expect(filter([{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }], [taint])).toBeUndefined();
    expect(filter([{ key: 'dedicated', value: 'gpu' }], [taint])).toBeUndefined();
    expect(filter([{ key: 'dedicated', operator: 'Exists' }], [taint])).toBeUndefined();
    expect(filter([{ operator: 'Exists' }], [taint])).toBeUndefined();
    expect(filter([{ key: 'dedicated', value: 'cpu' }], [taint])).not.toBeUndefined();
    expect(filter([{ key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }], [taint])).not.toBeUndefined();
  });
});

describe('TaintToleration score', () => {
  it('prefers nodes with fewer untolerated PreferNoSchedule taints (reversed normalisation)', () => {
    const soft = (key: string): Taint => ({ key, effect: 'PreferNoSchedule' });
    const nodes = [nodeInfo('a'), nodeInfo('b', { taints: [soft('x')] }), nodeInfo('c', { taints: [soft('x'), soft('y')] })];
    const pod = podInfo('p', undefined, { spec: { tolerations: [{ key: 'y', operator: 'Exists', effect: 'PreferNoSchedule' }] } });
    const scorer = new TaintToleration().preScore(pod);
    const scores = nodes.map((n) => scorer.score(n));
    expect(scores).toEqual([0, 1, 1]);
    scorer.normalize!(scores, nodes);
    expect(scores).toEqual([100, 0, 0]);
  });
});
