import type { NodeSelectorRequirement, PodSpec } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import type { PreFilterResult } from '../../framework/types.ts';
import { nodeInfo, podInfo } from '../../testing.ts';
import { ERR_REASON_CONFLICT, ERR_REASON_POD, NodeAffinity } from './plugin.ts';

const preFilter = (spec: Partial<PodSpec>): PreFilterResult => new NodeAffinity().preFilter(podInfo('p', undefined, { spec }));

function fits(spec: Partial<PodSpec>, labels: Record<string, string>, name = 'n'): boolean {
  const r = preFilter(spec);
  if (r.kind !== 'filter') throw new Error('expected a filter');
  const status = r.filter.filter(nodeInfo(name, { labels }));
  if (status) expect(status).toEqual({ code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_POD] });
  return status === undefined;
}

const required = (...matchExpressions: NodeSelectorRequirement[]): Partial<PodSpec> => ({
  affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions }] } } },
});

describe('NodeAffinity filter', () => {
  it('is skipped without nodeSelector or required affinity', () => {
    expect(preFilter({})).toEqual({ kind: 'skip' });
  });

  it('requires every nodeSelector label', () => {
    expect(fits({ nodeSelector: { disk: 'ssd' } }, { disk: 'ssd' })).toBe(true);
    expect(fits({ nodeSelector: { disk: 'ssd' } }, {})).toBe(false);
    expect(ERR_REASON_POD).toBe("node(s) didn't match Pod's node affinity/selector");
  });

  it('evaluates In, NotIn, Exists, DoesNotExist, Gt and Lt', () => {
    expect(fits(required({ key: 'zone', operator: 'In', values: ['a', 'b'] }), { zone: 'b' })).toBe(true);
    expect(fits(required({ key: 'zone', operator: 'NotIn', values: ['a'] }), { zone: 'a' })).toBe(false);
    expect(fits(required({ key: 'zone', operator: 'NotIn', values: ['a'] }), {})).toBe(true);
    expect(fits(required({ key: 'gpu', operator: 'Exists' }), { gpu: '' })).toBe(true);
    expect(fits(required({ key: 'gpu', operator: 'DoesNotExist' }), { gpu: '' })).toBe(false);
    expect(fits(required({ key: 'cores', operator: 'Gt', values: ['4'] }), { cores: '8' })).toBe(true);
    expect(fits(required({ key: 'cores', operator: 'Lt', values: ['4'] }), { cores: '8' })).toBe(false);
    expect(fits(required({ key: 'cores', operator: 'Gt', values: ['4'] }), { cores: 'many' })).toBe(false);
  });

  it('ORs terms and ANDs the expressions of one term', () => {
    const spec: Partial<PodSpec> = {
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [
        { matchExpressions: [{ key: 'a', operator: 'Exists' }, { key: 'b', operator: 'Exists' }] },
        { matchExpressions: [{ key: 'c', operator: 'Exists' }] },
      ] } } },
    };
    expect(fits(spec, { a: '1' })).toBe(false);
    expect(fits(spec, { a: '1', b: '1' })).toBe(true);
    expect(fits(spec, { c: '1' })).toBe(true);
  });

  it('narrows the search to the nodes named by metadata.name fields', () => {
    const spec: Partial<PodSpec> = {
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [
        { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['w1'] }] },
      ] } } },
    };
    const r = preFilter(spec);
    expect(r.kind === 'filter' && [...(r.nodeNames ?? [])]).toEqual(['w1']);
    expect(fits(spec, {}, 'w1')).toBe(true);
    expect(fits(spec, {}, 'w2')).toBe(false);
  });

  it('rejects terms whose node names cannot all hold', () => {
    const spec: Partial<PodSpec> = {
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [
        { key: 'metadata.name', operator: 'In', values: ['w1'] }, { key: 'metadata.name', operator: 'In', values: ['w2'] },
      ] }] } } },
    };
    expect(preFilter(spec)).toEqual({ kind: 'reject', status: { code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_CONFLICT] } });
  });
});

describe('NodeAffinity score', () => {
  it('sums the weights of the matching preferred terms, normalised to 100', () => {
    const pod = podInfo('p', undefined, { spec: { affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [
      { weight: 20, preference: { matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] } },
      { weight: 60, preference: { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] } },
    ] } } } });
    const nodes = [nodeInfo('a', { labels: { disk: 'ssd', zone: 'a' } }), nodeInfo('b', { labels: { zone: 'a' } }), nodeInfo('c', { labels: { disk: 'ssd' } }), nodeInfo('d')];
    const scorer = new NodeAffinity().preScore(pod)!;
    const scores = nodes.map((n) => scorer.score(n));
    expect(scores).toEqual([80, 60, 20, 0]);
    scorer.normalize!(scores, nodes);
    expect(scores).toEqual([100, 75, 25, 0]);
  });

  it('is skipped without preferred terms', () => {
    expect(new NodeAffinity().preScore(podInfo('p'))).toBeUndefined();
  });
});
