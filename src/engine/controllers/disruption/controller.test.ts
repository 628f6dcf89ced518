import { describe, expect, it } from 'vitest';
import { isStatusError } from '../../api/errors.ts';
import { courseProfile } from '../../profiles/course/index.ts';
import { Cluster } from '../../sim/cluster.ts';

function setup(budget: Record<string, unknown>): Cluster {
  const c = new Cluster({ seed: 11, profile: courseProfile });
  c.client().create('apps/deployments', {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
    spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
  });
  c.client().create('policy/poddisruptionbudgets', {
    apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'web' } }, ...budget },
  });
  c.advance(20_000);
  return c;
}

const statusOf = (c: Cluster): Record<string, unknown> => c.client().get('policy/poddisruptionbudgets', 'default', 'web')!.status as Record<string, unknown>;
const firstPod = (c: Cluster): string => c.client().list('/pods', 'default')[0]!.metadata.name!;

describe('disruption controller and the eviction API', () => {
  it('keeps the budget status from the healthy pods and their Deployment scale', () => {
    const c = setup({ maxUnavailable: 1 });
    expect(statusOf(c)).toMatchObject({ currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1, expectedPods: 3, observedGeneration: 1 });
    expect((statusOf(c).conditions as Array<Record<string, unknown>>)[0]).toMatchObject({ type: 'DisruptionAllowed', status: 'True', reason: 'SufficientPods' });
  });

  it('evicts while the budget allows, recording the disrupted pod, then answers 429', () => {
    const c = setup({ minAvailable: 2 });
    const name = firstPod(c);
    c.client().server.evict('default', name, { metadata: { name, namespace: 'default' } });
    expect(c.client().get('/pods', 'default', name)?.metadata.deletionTimestamp).toBeDefined();
    expect(statusOf(c)).toMatchObject({ disruptionsAllowed: 0 });
    const other = c.client().list('/pods', 'default').find((p) => !p.metadata.deletionTimestamp)!.metadata.name!;
    let error: unknown;
    try {
      c.client().server.evict('default', other, { metadata: { name: other, namespace: 'default' } });
    } catch (e) {
      error = e;
    }
    expect(isStatusError(error) && error.code).toBe(429);
    expect((error as Error).message).toBe("Cannot evict pod as it would violate the pod's disruption budget.");
    expect(c.client().get('/pods', 'default', other)?.metadata.deletionTimestamp).toBeUndefined();
  });

  it('evicts a pod no budget covers without a check', () => {
    const c = setup({ minAvailable: 3, selector: { matchLabels: { app: 'other' } } });
    const name = firstPod(c);
    expect(c.client().server.evict('default', name, {})).toMatchObject({ status: 'Success', code: 201 });
    expect(statusOf(c)).toMatchObject({ expectedPods: 0, disruptionsAllowed: 0 });
  });
});
