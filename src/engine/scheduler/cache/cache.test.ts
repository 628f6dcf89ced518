import { describe, expect, it } from 'vitest';
import { nodeObject, podObject } from '../testing.ts';
import { SchedulerCache } from './cache.ts';

const ZONE = 'topology.kubernetes.io/zone';

describe('SchedulerCache', () => {
  it('walks the nodes one zone at a time, by name within a zone', () => {
    const cache = new SchedulerCache();
    for (const [name, zone] of [['c', 'z2'], ['a', 'z1'], ['d', 'z2'], ['b', 'z1'], ['e', 'z1']] as const) {
      cache.setNode(nodeObject(name, { labels: { [ZONE]: zone } }));
    }
    expect(cache.nodes.map((n) => n.name)).toEqual(['a', 'c', 'b', 'd', 'e']);
    cache.removeNode('c');
    expect(cache.nodes.map((n) => n.name)).toEqual(['a', 'd', 'b', 'e']);
  });

  it('adds up what bound pods request, including the non-zero defaults, and forgets them again', () => {
    const cache = new SchedulerCache();
    cache.setNode(nodeObject('n'));
    cache.setPod(podObject('a', { cpu: '250m', memory: '64Mi' }, { nodeName: 'n' }));
    cache.setPod(podObject('b', undefined, { nodeName: 'n' }));
    const node = cache.node('n')!;
    expect([node.requested.milliCpu, node.requested.memory, node.pods.length]).toEqual([250, 64 * 1024 * 1024, 2]);
    expect([node.nonZeroMilliCpu, node.nonZeroMemory]).toEqual([350, (64 + 200) * 1024 * 1024]);
    cache.removePod('uid-a');
    expect([node.requested.milliCpu, node.nonZeroMilliCpu, node.pods.map((p) => p.name)]).toEqual([0, 100, ['b']]);
  });

  it('keeps the pods of a node whose Node object is gone, out of the search', () => {
    const cache = new SchedulerCache();
    cache.setNode(nodeObject('n'));
    cache.setPod(podObject('a', undefined, { nodeName: 'n' }));
    cache.removeNode('n');
    expect(cache.nodes).toEqual([]);
    expect(cache.pod('uid-a')?.name).toBe('a');
    cache.setNode(nodeObject('n'));
    expect(cache.node('n')?.pods.length).toBe(1);
  });

  it('counts the nodes holding each image', () => {
    const cache = new SchedulerCache();
    const images = [{ names: ['docker.io/library/nginx:1.27', 'nginx:1.27'], sizeBytes: 70_000_000 }];
    cache.setNode(nodeObject('a', { images }));
    cache.setNode(nodeObject('b', { images }));
    expect(cache.image('nginx:1.27')).toEqual({ size: 70_000_000, nodes: new Set(['a', 'b']) });
    cache.setNode(nodeObject('b'));
    expect(cache.image('nginx:1.27')?.nodes).toEqual(new Set(['a']));
  });
});
