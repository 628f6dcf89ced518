import { describe, expect, it } from 'vitest';
import type { HostSnapshot } from '../host/api.ts';
import { memoryStore, type KeyValueStore } from './kv-store.ts';
import { SessionVault } from './vault.ts';

const SNAPSHOT = { version: 1, options: { seed: 1 }, cluster: { version: 2 }, files: {} } as unknown as HostSnapshot;

/** A store that counts the reads of whole snapshot records. */
function countingStore(): KeyValueStore & { recordReads: number } {
  const inner = memoryStore();
  const store = {
    ...inner,
    recordReads: 0,
    get: (key: string) => {
      if (key.startsWith('snapshot:')) store.recordReads++;
      return inner.get(key);
    },
  };
  return store;
}

describe('the vault of named snapshots', () => {
  it('lists snapshots without reading the clusters they hold', async () => {
    const store = countingStore();
    const vault = new SessionVault(store);
    await vault.saveSnapshot('avant', SNAPSHOT, 1_000);
    await vault.saveSnapshot('après', SNAPSHOT, 2_000);
    store.recordReads = 0;
    expect(await vault.listSnapshots()).toEqual([{ id: '1', name: 'avant', timeMs: 1_000 }, { id: '2', name: 'après', timeMs: 2_000 }]);
    expect(store.recordReads).toBe(0);
    await vault.deleteSnapshot('1');
    expect(await vault.listSnapshots()).toEqual([{ id: '2', name: 'après', timeMs: 2_000 }]);
  });

  it('lists a snapshot saved before infos were kept apart, reading it once', async () => {
    const store = countingStore();
    await store.set('snapshot:7', { id: '7', name: 'ancien', timeMs: 5, snapshot: SNAPSHOT });
    const vault = new SessionVault(store);
    expect(await vault.listSnapshots()).toEqual([{ id: '7', name: 'ancien', timeMs: 5 }]);
    store.recordReads = 0;
    expect(await vault.listSnapshots()).toEqual([{ id: '7', name: 'ancien', timeMs: 5 }]);
    expect(store.recordReads).toBe(0);
    expect(await vault.loadSnapshot('7')).toEqual(SNAPSHOT);
  });
});
