import type { Container } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { nodeInfo, podInfo } from '../../testing.ts';
import { NodeResourcesFit } from './fit.ts';
import { BalancedAllocation } from './balanced-allocation.ts';

function filter(requests: Record<string, string> | undefined, node = nodeInfo('n')): unknown {
  const r = new NodeResourcesFit().preFilter(podInfo('p', requests));
  if (r.kind !== 'filter') throw new Error('expected a filter');
  return r.filter.filter(node);
}

const container = (name: string, cpu: string, extra: Partial<Container> = {}): Container =>
  ({ name, image: 'busybox', resources: { requests: { cpu } }, ...extra });

describe('NodeResourcesFit filter', () => {
  it('fits while the node has room', () => {
    expect(filter({ cpu: '1', memory: '1Gi' })).toBeUndefined();
  });

  it('reports each insufficient resource', () => {
    expect(filter({ cpu: '3' })).toEqual({ code: 'Unschedulable', reasons: ['Insufficient cpu'] });
    expect(filter({ cpu: '3', memory: '5Gi' })).toEqual({ code: 'Unschedulable', reasons: ['Insufficient cpu', 'Insufficient memory'] });
    expect(filter({ 'nvidia.com/gpu': '1' })).toEqual({ code: 'Unschedulable', reasons: ['Insufficient nvidia.com/gpu'] });
  });

  it('counts what the pods on the node already request', () => {
    const node = nodeInfo('n', {}, [podInfo('a', { cpu: '1500m' }, { nodeName: 'n' })]);
    expect(filter({ cpu: '600m' }, node)).toEqual({ code: 'Unschedulable', reasons: ['Insufficient cpu'] });
    expect(filter({ cpu: '500m' }, node)).toBeUndefined();
  });

  it('reports Too many pods, even for a pod requesting nothing', () => {
    const node = nodeInfo('n', { allocatable: { cpu: '2', memory: '4Gi', pods: '1' } }, [podInfo('a', undefined, { nodeName: 'n' })]);
    expect(filter(undefined, node)).toEqual({ code: 'Unschedulable', reasons: ['Too many pods'] });
  });

  it('takes the largest init container when it exceeds the containers, and adds the overhead', () => {
    const pod = podInfo('p', undefined, { spec: {
      initContainers: [container('init', '1500m')],
      containers: [container('a', '200m'), container('b', '300m')],
      overhead: { cpu: '100m' },
    } });
    expect(pod.requests.milliCpu).toBe(1600);
    const sidecar = podInfo('s', undefined, { spec: {
      initContainers: [container('sidecar', '500m', { restartPolicy: 'Always' }), container('init', '1')],
      containers: [container('a', '200m')],
    } });
    expect(sidecar.requests.milliCpu).toBe(1500);
  });
});

describe('resource scores', () => {
  it('LeastAllocated scores the free share of CPU and memory with the non-zero defaults', () => {
    const node = nodeInfo('n', { allocatable: { cpu: '4', memory: '8Gi', pods: '110' } }, [podInfo('a', { cpu: '1', memory: '2Gi' }, { nodeName: 'n' })]);
    const scorer = new NodeResourcesFit().preScore(podInfo('p', { cpu: '1', memory: '2Gi' }));
    expect(scorer.score(node)).toBe(50);
    const bestEffort = new NodeResourcesFit().preScore(podInfo('q'));
    expect(bestEffort.score(nodeInfo('m', { allocatable: { cpu: '1', memory: '1Gi', pods: '110' } }))).toBe(85);
  });

  it('BalancedAllocation prefers equal CPU and memory fractions', () => {
    const node = nodeInfo('n', { allocatable: { cpu: '4', memory: '8Gi', pods: '110' } });
    const balanced = new BalancedAllocation().preScore(podInfo('p', { cpu: '2', memory: '4Gi' }));
    const skewed = new BalancedAllocation().preScore(podInfo('p', { cpu: '2', memory: '0' }));
    expect(balanced.score(node)).toBe(100);
    expect(skewed.score(node)).toBe(75);
  });
});
