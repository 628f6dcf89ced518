import type { PodAffinityTerm, PodSpec } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { createCluster, emptyProfile } from '../../../index.ts';
import { SchedulerCache } from '../../cache/cache.ts';
import { ClusterLister } from '../../cache/cluster-lister.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import { nodeObject, podInfo, podObject, type PodFixture } from '../../testing.ts';
import { ERR_REASON_AFFINITY, ERR_REASON_ANTI_AFFINITY, ERR_REASON_EXISTING_ANTI_AFFINITY } from './filtering.ts';
import { InterPodAffinity } from './plugin.ts';

const HOST = 'kubernetes.io/hostname';
const term = (labels: Record<string, string>, topologyKey = HOST): PodAffinityTerm => ({ labelSelector: { matchLabels: labels }, topologyKey });

function setup(pods: Array<[string, string, PodFixture]>): { cache: SchedulerCache; plugin: InterPodAffinity } {
  const cache = new SchedulerCache();
  for (const n of ['n1', 'n2', 'n3']) cache.setNode(nodeObject(n, { labels: { zone: n === 'n3' ? 'b' : 'a' } }));
  for (const [name, node, f] of pods) cache.setPod(podObject(name, undefined, { ...f, nodeName: node }));
  const lister = new ClusterLister(createCluster({ seed: 1, profile: emptyProfile }).client());
  return { cache, plugin: new InterPodAffinity(cache, lister) };
}

function verdicts(cache: SchedulerCache, plugin: InterPodAffinity, pod: PodInfo): Record<string, string> {
  const r = plugin.preFilter(pod);
  if (r.kind === 'skip') return {};
  if (r.kind !== 'filter') throw new Error('unexpected rejection');
  return Object.fromEntries(cache.nodes.map((n) => [n.name, r.filter.filter(n)?.reasons[0] ?? 'ok']));
}

const withAffinity = (affinity: PodSpec['affinity'], labels: Record<string, string> = {}): PodInfo => podInfo('new', undefined, { labels, spec: { affinity } });

describe('InterPodAffinity filter', () => {
  it('places a pod in the topology of the pods it requires', () => {
    const { cache, plugin } = setup([['db', 'n3', { labels: { app: 'db' } }]]);
    const pod = withAffinity({ podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term({ app: 'db' }, 'zone')] } });
    expect(verdicts(cache, plugin, pod)).toEqual({ n1: ERR_REASON_AFFINITY, n2: ERR_REASON_AFFINITY, n3: 'ok' });
  });

  it('lets the first pod of a group that matches its own affinity go anywhere', () => {
    const { cache, plugin } = setup([]);
    const pod = withAffinity({ podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term({ app: 'web' })] } }, { app: 'web' });
    expect(verdicts(cache, plugin, pod)).toEqual({ n1: 'ok', n2: 'ok', n3: 'ok' });
  });

  it('keeps a pod away from the pods its anti-affinity names', () => {
    const { cache, plugin } = setup([['web-0', 'n1', { labels: { app: 'web' } }]]);
    const pod = withAffinity({ podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term({ app: 'web' })] } }, { app: 'web' });
    expect(verdicts(cache, plugin, pod)).toEqual({ n1: ERR_REASON_ANTI_AFFINITY, n2: 'ok', n3: 'ok' });
  });

  it("honours running pods' anti-affinity towards the incoming pod", () => {
    const guard = { labels: { app: 'guard' }, spec: { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term({ app: 'web' }, 'zone')] } } } };
    const { cache, plugin } = setup([['guard', 'n1', guard]]);
    expect(verdicts(cache, plugin, podInfo('new', undefined, { labels: { app: 'web' } }))).toEqual({
      n1: ERR_REASON_EXISTING_ANTI_AFFINITY, n2: ERR_REASON_EXISTING_ANTI_AFFINITY, n3: 'ok',
    });
    expect(verdicts(cache, plugin, podInfo('other', undefined, { labels: { app: 'api' } }))).toEqual({});
  });

  it('only matches pods of the namespaces a term names', () => {
    const { cache, plugin } = setup([['web-0', 'n1', { namespace: 'other', labels: { app: 'web' } }]]);
    const pod = withAffinity({ podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term({ app: 'web' })] } });
    expect(verdicts(cache, plugin, pod)).toEqual({ n1: 'ok', n2: 'ok', n3: 'ok' });
  });
});

describe('InterPodAffinity score', () => {
  it('scores preferred affinity and anti-affinity between the lowest and the highest node', () => {
    const { cache, plugin } = setup([['db', 'n1', { labels: { app: 'db' } }], ['web-0', 'n2', { labels: { app: 'web' } }]]);
    const pod = withAffinity({
      podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 10, podAffinityTerm: term({ app: 'db' }) }] },
      podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 5, podAffinityTerm: term({ app: 'web' }) }] },
    });
    const scorer = plugin.preScore(pod, cache.nodes)!;
    const scores = cache.nodes.map((n) => scorer.score(n));
    expect(scores).toEqual([10, -5, 0]);
    scorer.normalize!(scores, cache.nodes);
    expect(scores).toEqual([100, 0, 33]);
  });

  it('is skipped when no pod has affinity terms', () => {
    const { cache, plugin } = setup([['db', 'n1', { labels: { app: 'db' } }]]);
    expect(plugin.preScore(podInfo('p'), cache.nodes)).toBeUndefined();
  });
});
