// ImageLocality: prefers nodes that already hold the pod's images, weighted by image size and by
// how widely the image is spread (to avoid piling pods on the one node that has it). Image names
// are compared as written, with `:latest` added when the name has no tag. Mirrors
// plugins/imagelocality (v1.31).

import type { Container } from 'kubernetes-types/core/v1';
import type { SchedulerCache } from '../../cache/cache.ts';
import type { NodeInfo } from '../../cache/node-info.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import { MAX_NODE_SCORE, type PodScorer, type ScorePlugin } from '../../framework/types.ts';

export const NAME = 'ImageLocality';

const MB = 1024 * 1024;
const MIN_THRESHOLD = 23 * MB;
const MAX_CONTAINER_THRESHOLD = 1000 * MB;

export function normalizedImageName(name: string): string {
  return name.lastIndexOf(':') <= name.lastIndexOf('/') ? `${name}:latest` : name;
}

/** calculatePriority: the summed scores clamped to [23 MB, 1000 MB × containers] and scaled to 0..100. */
export function imageScore(sum: number, containers: number): number {
  const max = MAX_CONTAINER_THRESHOLD * containers;
  const clamped = Math.min(Math.max(sum, MIN_THRESHOLD), max);
  return Math.trunc((MAX_NODE_SCORE * (clamped - MIN_THRESHOLD)) / (max - MIN_THRESHOLD));
}

export class ImageLocality implements ScorePlugin {
  readonly name = NAME;

  constructor(private readonly cache: SchedulerCache) {}

  preScore(pod: PodInfo): PodScorer {
    const containers: Container[] = [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])];
    const images = containers.map((c) => normalizedImageName(c.image ?? ''));
    const totalNodes = this.cache.nodes.length;
    return {
      score: (node: NodeInfo) => {
        let sum = 0;
        for (const image of images) {
          if (!node.imageSizes.has(image)) continue;
          const summary = this.cache.image(image);
          if (summary) sum += Math.trunc(summary.size * (summary.nodes.size / totalNodes));
        }
        return imageScore(sum, containers.length);
      },
    };
  }
}
