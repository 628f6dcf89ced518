import { describe, expect, it } from 'vitest';
import { pod, resource, statusMessage, testServer, TEST_START_MS } from '../testing/server.ts';
import { bindPod } from './binding.ts';

describe('pod binding', () => {
  it('assigns the node and marks the pod scheduled', () => {
    const created = testServer().create(resource('', 'pods'), 'default', pod('web', { containers: [{ name: 'c', image: 'nginx' }] }));
    const bound = bindPod(created, { target: { kind: 'Node', name: 'node01' } }, TEST_START_MS);
    expect((bound.spec as { nodeName: string }).nodeName).toBe('node01');
    expect((bound.status as { conditions: unknown[] }).conditions).toEqual([
      { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: '2025-03-17T08:00:00Z' },
    ]);
  });

  it('refuses to bind twice with the upstream conflict', () => {
    const created = testServer().create(resource('', 'pods'), 'default', pod('web', { nodeName: 'node01', containers: [{ name: 'c', image: 'nginx' }] }));
    expect(statusMessage(() => bindPod(created, { target: { name: 'node02' } }, TEST_START_MS)))
      .toBe('Operation cannot be fulfilled on pods/binding "web": pod web is already assigned to node "node01"');
  });
});
