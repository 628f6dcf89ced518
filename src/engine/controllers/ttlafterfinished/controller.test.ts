import { describe, expect, it } from 'vitest';
import { parseTime } from '../../base/time.ts';
import { emptyProfile } from '../../profiles/empty/index.ts';
import { Cluster } from '../../sim/cluster.ts';
import { finishPod, jobManifest, jobOf, podsOf } from '../job/testing.ts';

function setup(name: string, spec: Record<string, unknown>): Cluster {
  const c = new Cluster({ seed: 31, profile: emptyProfile });
  c.client().create('batch/jobs', jobManifest(name, spec));
  c.runUntilIdle(5_000);
  return c;
}

const status = (c: Cluster, name: string): Record<string, unknown> => jobOf(c, name).status as Record<string, unknown>;

describe('TTL-after-finished controller', () => {
  it('deletes a finished Job ttlSecondsAfterFinished after it finished', () => {
    const c = setup('short', { ttlSecondsAfterFinished: 20 });
    finishPod(c, podsOf(c, 'short')[0]!, 0);
    c.runUntilIdle(2_000);
    const finishedMs = parseTime(status(c, 'short').completionTime)!;
    c.advance(finishedMs + 19_900 - c.nowMs);
    expect(c.client().get('batch/jobs', 'default', 'short')).toBeDefined();
    c.advance(1_000);
    expect(c.client().get('batch/jobs', 'default', 'short')).toBeUndefined();
    expect(podsOf(c, 'short')).toEqual([]);
  });

  it('leaves a finished Job without a TTL alone', () => {
    const c = setup('kept', {});
    finishPod(c, podsOf(c, 'kept')[0]!, 0);
    c.advance(600_000);
    expect(c.client().get('batch/jobs', 'default', 'kept')).toBeDefined();
  });
});
