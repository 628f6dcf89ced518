import { describe, expect, it } from 'vitest';
import { Cluster } from '../sim/cluster.ts';
import { emptyProfile } from '../profiles/empty/index.ts';

function setup(): { cluster: Cluster; record: (message: string) => void; messages: () => string[] } {
  const cluster = new Cluster({ seed: 3, profile: emptyProfile });
  const owner = cluster.client().create('/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web', namespace: 'default' } });
  const recorder = cluster.recorder('deployment-controller');
  return {
    cluster,
    record: (message) => recorder.record(owner, 'Normal', 'ScalingReplicaSet', message),
    messages: () => cluster.client().list('/events', 'default')
      .sort((a, b) => String(a.firstTimestamp).localeCompare(String(b.firstTimestamp)) || a.metadata.name!.localeCompare(b.metadata.name!))
      .map((e) => `${String(e.count)} ${String(e.message)}`),
  };
}

describe('event aggregation', () => {
  it('records nine distinct messages, then combines similar events into one', () => {
    const { cluster, record, messages } = setup();
    for (let i = 1; i <= 13; i++) {
      record(`Scaled up replica set web-1 to ${i}`);
      cluster.advance(1000);
    }
    const out = messages();
    expect(out).toHaveLength(10);
    expect(out.slice(0, 9)).toEqual(Array.from({ length: 9 }, (_, i) => `1 Scaled up replica set web-1 to ${i + 1}`));
    expect(out[9]).toBe('4 (combined from similar events): Scaled up replica set web-1 to 13');
  });

  it('still folds an exact repeat into its own event', () => {
    const { record, messages } = setup();
    record('same');
    record('same');
    expect(messages()).toEqual(['2 same']);
  });

  it('starts afresh once the similar events are older than ten minutes', () => {
    const { cluster, record, messages } = setup();
    for (let i = 1; i <= 9; i++) record(`m${i}`);
    cluster.advance(601_000);
    record('m10');
    expect(messages().at(-1)).toBe('1 m10');
  });
});
