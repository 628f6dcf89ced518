import { describe, expect, it } from 'vitest';
import { courseProfile, createCluster, type KubeObject } from '../index.ts';

const deployment = (replicas: number): KubeObject => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
  spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
} as KubeObject);

describe('snapshot restore', () => {
  it('leaves every component seeing the restored objects: a scale after a restore adds only the missing pods', () => {
    const c = createCluster({ seed: 1, profile: courseProfile });
    c.client().create('apps/deployments', deployment(3));
    c.advance(30_000);
    const snap = c.snapshot();
    c.client().delete('apps/deployments', 'default', 'web');
    c.advance(30_000);
    c.restore(snap);
    c.client().patch('apps/deployments', 'default', 'web', 'merge', { spec: { replicas: 5 } });
    c.advance(30_000);
    const pods = c.client().list('/pods', 'default').filter((p) => p.metadata.labels?.app === 'web' && !p.metadata.deletionTimestamp);
    expect(pods).toHaveLength(5);
  });
});
