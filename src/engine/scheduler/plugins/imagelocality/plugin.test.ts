import { describe, expect, it } from 'vitest';
import { SchedulerCache } from '../../cache/cache.ts';
import { nodeObject, podInfo } from '../../testing.ts';
import { ImageLocality, imageScore, normalizedImageName } from './plugin.ts';

const MB = 1024 * 1024;

describe('ImageLocality', () => {
  it('adds :latest to untagged names only', () => {
    expect(normalizedImageName('nginx')).toBe('nginx:latest');
    expect(normalizedImageName('nginx:1.27')).toBe('nginx:1.27');
    expect(normalizedImageName('registry:5000/app')).toBe('registry:5000/app:latest');
  });

  it('clamps the summed size between 23 MB and 1000 MB per container', () => {
    expect(imageScore(10 * MB, 1)).toBe(0);
    expect(imageScore(2000 * MB, 1)).toBe(100);
    expect(imageScore(500 * MB, 1)).toBe(48);
  });

  it('scales an image by the share of nodes holding it', () => {
    const cache = new SchedulerCache();
    cache.setNode(nodeObject('a', { images: [{ names: ['nginx:1.27'], sizeBytes: 500 * MB }] }));
    cache.setNode(nodeObject('b'));
    const scorer = new ImageLocality(cache).preScore(podInfo('p', undefined, { spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } }));
    expect(scorer.score(cache.node('a')!)).toBe(imageScore(250 * MB, 1));
    expect(scorer.score(cache.node('b')!)).toBe(0);
  });
});
