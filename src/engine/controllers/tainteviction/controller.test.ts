import { describe, expect, it } from 'vitest';
import { evictionDueMs } from './controller.ts';

const unreachable = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: '2025-03-17T08:00:00Z' };
const addedMs = Date.UTC(2025, 2, 17, 8);

describe('evictionDueMs', () => {
  it('evicts at once a pod that does not tolerate a NoExecute taint', () => {
    expect(evictionDueMs([{ key: 'gpu', effect: 'NoExecute' }], [], 5)).toBe(5);
  });

  it('waits the smallest tolerationSeconds from when the taint was added', () => {
    const tolerations = [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }];
    expect(evictionDueMs([unreachable], tolerations, addedMs + 1)).toBe(addedMs + 300_000);
  });

  it('never evicts a pod that tolerates the taint without a time limit, nor one on an untainted node', () => {
    expect(evictionDueMs([unreachable], [{ operator: 'Exists' }], addedMs)).toBeUndefined();
    expect(evictionDueMs([{ key: 'x', effect: 'NoSchedule' }], [], addedMs)).toBeUndefined();
  });
});
