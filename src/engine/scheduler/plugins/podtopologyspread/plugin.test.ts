import type { TopologySpreadConstraint } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { createCluster, emptyProfile } from '../../../index.ts';
import { SchedulerCache } from '../../cache/cache.ts';
import { ClusterLister } from '../../cache/cluster-lister.ts';
import { nodeObject, podInfo, podObject } from '../../testing.ts';
import { ERR_REASON_CONSTRAINTS_NOT_MATCH, ERR_REASON_NODE_LABEL_NOT_MATCH } from './filtering.ts';
import { PodTopologySpread } from './plugin.ts';

const APP = { app: 'web' };

function setup(nodes: Record<string, Record<string, string>>, podsOnNodes: Record<string, number>): { cache: SchedulerCache; plugin: PodTopologySpread } {
  const cache = new SchedulerCache();
  for (const [name, labels] of Object.entries(nodes)) cache.setNode(nodeObject(name, { labels }));
  let i = 0;
  for (const [node, count] of Object.entries(podsOnNodes)) {
    for (let k = 0; k < count; k++) cache.setPod(podObject(`web-${i++}`, undefined, { nodeName: node, labels: APP }));
  }
  const lister = new ClusterLister(createCluster({ seed: 1, profile: emptyProfile }).client());
  return { cache, plugin: new PodTopologySpread(cache, lister) };
}

const spread = (c: Partial<TopologySpreadConstraint>) => podInfo('new', undefined, {
  labels: APP,
  spec: { topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: APP }, ...c }] },
});

const ZONES = { a1: { zone: 'a' }, a2: { zone: 'a' }, b1: { zone: 'b' }, none: {} };

describe('PodTopologySpread filter', () => {
  it('keeps the skew between domains within maxSkew', () => {
    const { cache, plugin } = setup(ZONES, { a1: 1, a2: 1, b1: 1 });
    const r = plugin.preFilter(spread({}));
    if (r.kind !== 'filter') throw new Error('expected a filter');
    expect(r.filter.filter(cache.node('b1')!)).toBeUndefined();
    expect(r.filter.filter(cache.node('a1')!)).toEqual({ code: 'Unschedulable', reasons: [ERR_REASON_CONSTRAINTS_NOT_MATCH] });
    expect(r.filter.filter(cache.node('none')!)).toEqual({ code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_NODE_LABEL_NOT_MATCH] });
    expect(ERR_REASON_NODE_LABEL_NOT_MATCH).toBe("node(s) didn't match pod topology spread constraints (missing required label)");
  });

  it('treats the global minimum as 0 while there are fewer domains than minDomains', () => {
    const { cache, plugin } = setup(ZONES, { a1: 1, b1: 1 });
    const r = plugin.preFilter(spread({ minDomains: 3 }));
    if (r.kind !== 'filter') throw new Error('expected a filter');
    expect(r.filter.filter(cache.node('b1')!)).toEqual({ code: 'Unschedulable', reasons: [ERR_REASON_CONSTRAINTS_NOT_MATCH] });
  });

  it('follows pods added and removed by preemption', () => {
    const { cache, plugin } = setup(ZONES, { a1: 2, b1: 1 });
    const r = plugin.preFilter(spread({}));
    if (r.kind !== 'filter') throw new Error('expected a filter');
    const a1 = cache.node('a1')!;
    expect(r.filter.filter(a1)).not.toBeUndefined();
    const copy = r.filter.clone!();
    copy.removePod!(a1.pods[0]!, a1);
    expect(copy.filter(a1)).toBeUndefined();
    expect(r.filter.filter(a1)).not.toBeUndefined();
  });

  it('is skipped without DoNotSchedule constraints', () => {
    const { plugin } = setup(ZONES, {});
    expect(plugin.preFilter(spread({ whenUnsatisfiable: 'ScheduleAnyway' }))).toEqual({ kind: 'skip' });
  });
});

describe('PodTopologySpread score', () => {
  it('prefers the emptier domains for ScheduleAnyway constraints', () => {
    const { cache, plugin } = setup(ZONES, { a1: 2, b1: 0 });
    const nodes = [cache.node('a1')!, cache.node('a2')!, cache.node('b1')!];
    const scorer = plugin.preScore(spread({ whenUnsatisfiable: 'ScheduleAnyway' }), nodes)!;
    const scores = nodes.map((n) => scorer.score(n));
    scorer.normalize!(scores, nodes);
    expect(scores[2]).toBe(100);
    expect(scores[0]).toBe(scores[1]);
    expect(scores[0]).toBeLessThan(100);
  });

  it('has nothing to say about a pod no Service or controller selects', () => {
    const { cache, plugin } = setup(ZONES, {});
    expect(plugin.preScore(podInfo('lonely'), cache.nodes)).toBeUndefined();
  });
});
