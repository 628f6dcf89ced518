// The usage model: program baselines, busy loops capped by the limit, jitter stable within a window.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containerUsage, isBusyLoop, repositoryName } from './usage-model.ts';

const MI = 1024 * 1024;
const input = { podUid: 'u1', container: 'c', image: 'docker.io/library/nginx:latest', argv: ['/docker-entrypoint.sh', 'nginx'], window: 7 };

describe('usage model', () => {
  it('reads the repository from an image reference', () => {
    expect(['docker.io/library/nginx:latest', 'registry.k8s.io/etcd:3.5.15-0', 'mysql', 'a/b@sha256:00'].map(repositoryName)).toEqual(['nginx', 'etcd', 'mysql', 'b']);
  });

  it('gives nginx about 1m and 3-8Mi, the same within a window', () => {
    const u = containerUsage(input);
    expect(u.cpuNanoCores).toBeLessThanOrEqual(2_000_000);
    expect(u.memoryBytes).toBeGreaterThanOrEqual(2.5 * MI);
    expect(u.memoryBytes).toBeLessThanOrEqual(7.5 * MI);
    expect(containerUsage(input)).toEqual(u);
  });

  it('spots shell loops that never wait', () => {
    expect(isBusyLoop(['sh', '-c', 'while true; do :; done'])).toBe(true);
    expect(isBusyLoop(['sh', '-c', 'while true; do date; sleep 5; done'])).toBe(false);
    expect(isBusyLoop(['sleep', '3600'])).toBe(false);
  });

  it('never goes above the limits', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 1, max: 512 * MI }), fc.nat(), (cpu, memory, window) => {
      const u = containerUsage({ ...input, argv: ['sh', '-c', 'while :; do :; done'], window, cpuLimitMilli: cpu, memoryLimitBytes: memory });
      expect(u.cpuNanoCores).toBeLessThanOrEqual(cpu * 1_000_000);
      expect(u.memoryBytes).toBeLessThanOrEqual(memory);
    }));
  });
});
