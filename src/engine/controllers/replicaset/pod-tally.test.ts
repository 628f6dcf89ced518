import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { emptyProfile } from '../../profiles/empty/index.ts';
import { Cluster } from '../../sim/cluster.ts';
import { ControlledIndex } from '../common/controlled-index.ts';
import { isPodActive, isPodReady } from '../common/pod-utils.ts';
import { PodTally } from './pod-tally.ts';

const SELECTOR = { matchLabels: { tier: 'web' } };
const TEMPLATE_LABELS = { tier: 'web', track: 'stable' };

/** What the tally must say: a recount over the controlled pods. */
function recount(index: ControlledIndex, uid: string): unknown {
  const mine = index.controlledBy(uid);
  if (mine.some((p) => p.metadata.labels?.tier !== 'web')) return undefined;
  const active = mine.filter(isPodActive);
  return {
    replicas: active.length,
    fullyLabeled: active.filter((p) => p.metadata.labels?.track === 'stable').length,
    ready: active.filter(isPodReady).length,
  };
}

const op = fc.record({
  pod: fc.integer({ min: 0, max: 4 }),
  action: fc.constantFrom('create', 'relabel', 'ready', 'fail', 'delete'),
  tier: fc.constantFrom('web', 'db'),
  track: fc.constantFrom('stable', 'canary'),
});

describe('PodTally', () => {
  it('keeps the counts a recount over the controlled pods gives', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
      const cluster = new Cluster({ seed: 1, profile: emptyProfile });
      const client = cluster.client();
      const index = new ControlledIndex(client, '/pods', cluster.clock, 'tally-test');
      const tally = new PodTally(index, cluster.clock, 'tally-test');
      const owner: KubeObject = { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web', namespace: 'default', uid: 'rs-uid' } };
      const ownerReferences = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: 'rs-uid', controller: true }];
      expect(tally.counts(owner, SELECTOR, TEMPLATE_LABELS)).toEqual(recount(index, 'rs-uid'));
      for (const { pod, action, tier, track } of ops) {
        const name = `p${pod}`;
        const current = client.get('/pods', 'default', name);
        if (action === 'create' && !current) {
          client.create('/pods', {
            apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels: { tier, track }, ownerReferences },
            spec: { containers: [{ name: 'c', image: 'busybox' }] },
          });
        } else if (action === 'relabel' && current) {
          client.update('/pods', { ...current, metadata: { ...current.metadata, labels: { tier, track } } });
        } else if ((action === 'ready' || action === 'fail') && current) {
          const status = action === 'ready'
            ? { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2024-01-01T00:00:00Z' }] }
            : { phase: 'Failed' };
          client.updateStatus('/pods', { ...current, status });
        } else if (action === 'delete' && current) {
          client.delete('/pods', 'default', name, { gracePeriodSeconds: 0 });
        }
        expect(tally.counts(owner, SELECTOR, TEMPLATE_LABELS)).toEqual(recount(index, 'rs-uid'));
      }
    }), { numRuns: 40 });
  });
});
