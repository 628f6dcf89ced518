import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/types.ts';
import { Cluster } from '../sim/cluster.ts';
import { scaleProfile } from '../profiles/scale/index.ts';

function pod(name: string, command: string[]): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' },
    spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'busybox', imagePullPolicy: 'IfNotPresent', command }] },
  };
}

const podIp = (p: KubeObject | undefined): string | undefined => (p?.status as { podIP?: string } | undefined)?.podIP;

describe('pod addresses from the node podCIDR', () => {
  it('skips the address a finished pod still shows, and hands it out again once that pod is gone', () => {
    const cluster = new Cluster({ seed: 3, profile: scaleProfile({ nodes: 1 }) });
    const api = cluster.client();
    api.create('/pods', pod('done', ['true']));
    cluster.advance(10_000);
    const done = api.get('/pods', 'default', 'done');
    expect((done?.status as { phase?: string }).phase).toBe('Succeeded');
    expect(podIp(done)).toBe('10.244.0.2');
    api.create('/pods', pod('next', ['sleep', '3600']));
    cluster.advance(10_000);
    expect(podIp(api.get('/pods', 'default', 'next'))).toBe('10.244.0.3');
    api.delete('/pods', 'default', 'done');
    cluster.advance(10_000);
    api.create('/pods', pod('reuse', ['sleep', '3600']));
    cluster.advance(10_000);
    expect(podIp(api.get('/pods', 'default', 'reuse'))).toBe('10.244.0.2');
  });
});
