import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { rfc3339 } from '../../base/time.ts';
import { backoffRecord, podFinishedMs, remainingBackoffMs } from './backoff.ts';

const T0 = Date.UTC(2025, 2, 17, 9, 0, 0);

const finished = (atMs: number): KubeObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', creationTimestamp: rfc3339(T0) },
  status: { containerStatuses: [{ state: { terminated: { finishedAt: rfc3339(atMs) } } }] },
});

describe('pod failure back-off', () => {
  it('doubles from 10 s per failure since the last success, up to 10 min', () => {
    const waits = [1, 2, 3, 4, 7, 12].map((n) => remainingBackoffMs({ failuresAfterLastSuccess: n, lastFailureMs: T0 }, T0));
    expect(waits).toEqual([10_000, 20_000, 40_000, 80_000, 600_000, 600_000]);
  });

  it('counts the time already waited since the last failure', () => {
    expect(remainingBackoffMs({ failuresAfterLastSuccess: 2, lastFailureMs: T0 }, T0 + 15_000)).toBe(5_000);
    expect(remainingBackoffMs({ failuresAfterLastSuccess: 2, lastFailureMs: T0 }, T0 + 25_000)).toBe(0);
    expect(remainingBackoffMs({ failuresAfterLastSuccess: 0, lastFailureMs: undefined }, T0)).toBe(0);
  });

  it('forgets the failures that finished before the last success', () => {
    const record = backoffRecord([finished(T0 + 5_000)], [finished(T0), finished(T0 + 7_000), finished(T0 + 9_000)]);
    expect(record).toEqual({ failuresAfterLastSuccess: 2, lastFailureMs: T0 + 9_000 });
  });

  it('dates a deleted pod by its deletion time minus the grace period', () => {
    const pod: KubeObject = {
      apiVersion: 'v1', kind: 'Pod',
      metadata: { name: 'p', creationTimestamp: rfc3339(T0), deletionTimestamp: rfc3339(T0 + 40_000), deletionGracePeriodSeconds: 30 },
      status: { phase: 'Running' },
    };
    expect(podFinishedMs(pod)).toBe(T0 + 10_000);
  });
});
