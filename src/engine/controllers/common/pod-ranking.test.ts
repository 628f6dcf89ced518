import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { rfc3339 } from '../../base/time.ts';
import { rankPodsForDeletion } from './pod-ranking.ts';

const NOW = 1_700_000_000_000;

function pod(name: string, opts: { node?: string; phase?: string; readySinceMs?: number; createdMs?: number; restarts?: number; cost?: number }): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, uid: `uid-${name}`, creationTimestamp: rfc3339(opts.createdMs ?? NOW - 3_600_000),
      ...(opts.cost !== undefined ? { annotations: { 'controller.kubernetes.io/pod-deletion-cost': String(opts.cost) } } : {}),
    },
    spec: { ...(opts.node ? { nodeName: opts.node } : {}) },
    status: {
      phase: opts.phase ?? 'Running',
      conditions: opts.readySinceMs !== undefined ? [{ type: 'Ready', status: 'True', lastTransitionTime: rfc3339(opts.readySinceMs) }] : [],
      containerStatuses: [{ restartCount: opts.restarts ?? 0 }],
    },
  };
}

const order = (pods: KubeObject[], related: KubeObject[] = pods): string[] => rankPodsForDeletion(pods, related, NOW).map((p) => p.metadata.name!);

describe('rankPodsForDeletion', () => {
  it('puts unassigned, then pending, then not-ready pods first', () => {
    const ready = pod('ready', { node: 'n1', readySinceMs: NOW - 60_000 });
    const notReady = pod('not-ready', { node: 'n1' });
    const pending = pod('pending', { node: 'n1', phase: 'Pending' });
    const unassigned = pod('unassigned', { phase: 'Pending' });
    expect(order([ready, notReady, pending, unassigned])).toEqual(['unassigned', 'pending', 'not-ready', 'ready']);
  });

  it('honours the pod-deletion-cost annotation before doubling up', () => {
    const cheap = pod('cheap', { node: 'n1', readySinceMs: NOW - 60_000, cost: -5 });
    const doubled = [pod('d1', { node: 'n2', readySinceMs: NOW - 60_000 }), pod('d2', { node: 'n2', readySinceMs: NOW - 60_000 })];
    expect(order([...doubled, cheap])[0]).toBe('cheap');
  });

  it('deletes doubled-up pods before lone ones', () => {
    const lone = pod('lone', { node: 'n1', readySinceMs: NOW - 60_000 });
    const d1 = pod('d1', { node: 'n2', readySinceMs: NOW - 60_000 });
    const d2 = pod('d2', { node: 'n2', readySinceMs: NOW - 60_000 });
    expect(order([lone, d1, d2]).at(-1)).toBe('lone');
  });

  it('prefers the more recently ready pod, bucketed logarithmically (same bucket: by uid)', () => {
    const old = pod('old', { node: 'n1', readySinceMs: NOW - 3_600_000 });
    const young = pod('young', { node: 'n2', readySinceMs: NOW - 10_000 });
    expect(order([old, young])).toEqual(['young', 'old']);
    const b = pod('b', { node: 'n1', readySinceMs: NOW - 10_000 });
    const a = pod('a', { node: 'n2', readySinceMs: NOW - 10_500 });
    expect(order([b, a])).toEqual(['a', 'b']);
  });

  it('then deletes the pod with more restarts', () => {
    const calm = pod('calm', { node: 'n1' });
    const crashy = pod('crashy', { node: 'n2', restarts: 4 });
    expect(order([calm, crashy])).toEqual(['crashy', 'calm']);
  });

  it('gives with a limit the first pods of the whole order', () => {
    const arbPod = fc.record({
      node: fc.constantFrom(undefined, 'n1', 'n2', 'n3'),
      phase: fc.constantFrom('Pending', 'Running', 'Unknown'),
      readySinceMs: fc.option(fc.integer({ min: NOW - 7_200_000, max: NOW }), { nil: undefined }),
      createdMs: fc.integer({ min: NOW - 7_200_000, max: NOW }),
      restarts: fc.integer({ min: 0, max: 3 }),
      cost: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
    });
    fc.assert(fc.property(fc.array(arbPod, { maxLength: 40 }), fc.nat(45), (specs, limit) => {
      const pods = specs.map((o, i) => pod(`p${i % 7}`, o));
      const all = rankPodsForDeletion(pods, pods, NOW);
      expect(rankPodsForDeletion(pods, pods, NOW, limit)).toEqual(all.slice(0, limit));
    }), { seed: 7, numRuns: 300 });
  });
});
