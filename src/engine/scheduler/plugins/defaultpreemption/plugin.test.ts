import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../base/rand.ts';
import { SchedulerCache } from '../../cache/cache.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import { runPreFilter, type CycleFilters, type Profile } from '../../framework/runtime.ts';
import { unresolvable, unschedulable, type Status } from '../../framework/types.ts';
import { nodeObject, podInfo, podObject } from '../../testing.ts';
import { NodeResourcesFit } from '../noderesources/fit.ts';
import { pickOneNodeForPreemption } from './candidates.ts';
import { NOT_ELIGIBLE_NEVER, preempt, type PreemptionContext } from './plugin.ts';
import { ERR_NO_VICTIMS, splitByPdb } from './victims.ts';

const PROFILE: Profile = { filters: [new NodeResourcesFit()], scorers: [], events: new Map() };
const NO_NOMINATIONS = { nominatedPods: () => [] };

function cluster(pods: Array<[name: string, node: string, cpu: string, priority: number]>): SchedulerCache {
  const cache = new SchedulerCache();
  for (const n of ['n1', 'n2']) cache.setNode(nodeObject(n));
  for (const [name, node, cpu, priority] of pods) cache.setPod(podObject(name, { cpu }, { nodeName: node, priority }));
  return cache;
}

function context(cache: SchedulerCache, pod: PodInfo, statuses?: Map<string, Status>): PreemptionContext {
  const pre = runPreFilter(PROFILE, pod);
  const filters = pre.kind === 'ok' ? pre.filters : undefined;
  const all = statuses ?? new Map(cache.nodes.map((n) => [n.name, (filters as CycleFilters).run(n)!.status]));
  return { pod, statuses: all, filters, nodes: cache.nodes, nominator: NO_NOMINATIONS, pdbs: [], rand: new SeededRandom(1), nowMs: 0 };
}

describe('DefaultPreemption', () => {
  it('evicts the fewest, least important pods that make room', () => {
    const cache = cluster([['low-a', 'n1', '1', 1], ['low-b', 'n1', '900m', 2], ['mid', 'n2', '1900m', 50]]);
    const result = preempt(context(cache, podInfo('vip', { cpu: '1' }, { priority: 100 })));
    expect(result.kind).toBe('preempt');
    if (result.kind !== 'preempt') return;
    expect(result.node).toBe('n1');
    expect(result.victims.map((v) => v.name)).toEqual(['low-a']);
  });

  it('explains nodes where eviction cannot help', () => {
    const cache = cluster([['peer', 'n1', '1900m', 100]]);
    const statuses = new Map<string, Status>([['n1', unschedulable('Insufficient cpu')], ['n2', unresolvable('node(s) were unschedulable')]]);
    const result = preempt(context(cache, podInfo('vip', { cpu: '1' }, { priority: 100 }), statuses));
    expect(result).toEqual({
      kind: 'unresolved',
      message: `0/2 nodes are available: 1 ${ERR_NO_VICTIMS}, 1 Preemption is not helpful for scheduling.`,
    });
  });

  it('does not preempt for a pod with preemptionPolicy Never', () => {
    const cache = cluster([['low', 'n1', '1900m', 0], ['low-2', 'n2', '1900m', 0]]);
    const pod = podInfo('vip', { cpu: '1' }, { priority: 100, spec: { preemptionPolicy: 'Never' } });
    expect(preempt(context(cache, pod))).toEqual({ kind: 'ineligible', message: NOT_ELIGIBLE_NEVER });
  });

  it('prefers nodes with fewer PDB violations, then lower victim priority', () => {
    const victims = (priority: number, numPdbViolations: number) => ({ pods: [podInfo(`p${priority}`, undefined, { priority })], numPdbViolations });
    expect(pickOneNodeForPreemption([
      { node: 'a', victims: victims(1, 1) }, { node: 'b', victims: victims(5, 0) }, { node: 'c', victims: victims(3, 0) },
    ], 0)?.node).toBe('c');
  });

  it('counts a pod as violating once its budget has no disruptions left', () => {
    const pods = [podInfo('a', undefined, { labels: { app: 'db' } }), podInfo('b', undefined, { labels: { app: 'db' } })];
    const pdb = { metadata: { name: 'db', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'db' } } }, status: { disruptionsAllowed: 1 } };
    const [violating, nonViolating] = splitByPdb(pods, [pdb as never]);
    expect(violating.map((p) => p.name)).toEqual(['b']);
    expect(nonViolating.map((p) => p.name)).toEqual(['a']);
  });
});
