// A bare API server wired with the real strategies, for registry tests: no controllers, a
// pass-through decoder, the default kubeadm service ranges and the four system namespaces.

import { resourceByName, type ResourceInfo } from '../../../api/kinds.ts';
import type { KubeObject } from '../../../api/types.ts';
import { VirtualClock } from '../../../base/clock.ts';
import { SeededRandom } from '../../../base/rand.ts';
import { Store } from '../../../store/store.ts';
import { createAllocators } from '../../allocators.ts';
import { ApiServer } from '../../server.ts';
import { strategyFor } from '../index.ts';

export const TEST_START_MS = Date.UTC(2025, 2, 17, 8, 0, 0);

export function testServer(seed = 1): ApiServer {
  const server = new ApiServer({
    store: new Store(),
    clock: new VirtualClock(TEST_START_MS),
    rand: new SeededRandom(seed),
    strategies: strategyFor,
    decoder: () => ({ unknownFields: [] }),
    allocators: createAllocators({ serviceCidr: '10.96.0.0/12', podCidr: '10.244.0.0/16', nodePortRange: [30000, 32767] }),
    defaultGracePeriodSeconds: () => 0,
  });
  for (const name of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) {
    server.create(resource('', 'namespaces'), undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  }
  return server;
}

export function resource(group: string, plural: string): ResourceInfo {
  const info = resourceByName(group, plural);
  if (!info) throw new Error(`unknown resource ${group}/${plural}`);
  return info;
}

/** Runs `fn` and returns the thrown Status message (or fails loudly when nothing was thrown). */
export function statusMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof Error) return e.message;
  }
  throw new Error('expected a StatusError');
}

export function pod(name: string, spec: Record<string, unknown>, extra: Partial<KubeObject['metadata']> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, ...extra }, spec };
}
