// Keeps the browser sandbox's session: autosaves it (within INPUT_SAVE_MS of wall time after an input
// or a change of the cluster, every CLOCK_SAVE_MS while only time passes, less often for a cluster
// whose save takes long: see SAVE_COST_SPACING), resumes it at boot, and serves named snapshots, export and import. Storage
// failures (a full or broken IndexedDB) are reported as `storage` events, never swallowed.

import type { HostApi, HostEvent } from '../host/api.ts';
import { parseSessionFile, sessionFileText } from '../host/session-file.ts';
import type { WallTimers } from '../driver.ts';
import type { BootResult, ImportResult, PersistenceApi } from './api.ts';
import type { SessionVault } from './vault.ts';

export const INPUT_SAVE_MS = 500;
export const CLOCK_SAVE_MS = 2_000;
/**
 * Autosaves are spaced by at least this many times what the last one held the Worker (taking the
 * snapshot and handing it to IndexedDB): a big cluster is saved less often rather than stalling input.
 */
export const SAVE_COST_SPACING = 10;

export interface Persistence extends PersistenceApi {
  /** Brings back the autosaved session, if there is one. */
  resume(): Promise<BootResult>;
  /** Starts autosaving. */
  start(): void;
}

export function createPersistence(host: HostApi, vault: SessionVault, timers: WallTimers, notify: (event: HostEvent) => void): Persistence {
  let changed = false;
  let timePassed = false;
  let lastNowMs = host.clock().nowMs;
  let sinceSaveMs = 0;
  let lastCostMs = 0;
  let saving: Promise<void> | undefined;

  host.subscribe((event) => {
    if (event.type !== 'clock') changed = true;
    else if (event.nowMs !== lastNowMs) {
      lastNowMs = event.nowMs;
      timePassed = true;
    }
  });

  const report = (error: unknown): void => {
    notify({ type: 'storage', problem: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  };

  const saveNow = async (): Promise<void> => {
    await saving;
    changed = false;
    timePassed = false;
    sinceSaveMs = 0;
    const startMs = timers.nowMs();
    saving = vault.saveCurrent(host.snapshot()).catch(report);
    lastCostMs = timers.nowMs() - startMs;
    await saving;
  };

  const importSnapshot = (apply: () => void): boolean => {
    try {
      apply();
      changed = true;
      return true;
    } catch {
      return false;
    }
  };

  return {
    async resume() {
      let loaded;
      try {
        loaded = await vault.loadCurrent();
      } catch (error) {
        return { resumed: false, problem: error instanceof Error ? error.message : String(error) };
      }
      if (loaded === undefined) return { resumed: false };
      if ('problem' in loaded) return { resumed: false, problem: loaded.problem };
      const snapshot = loaded.snapshot;
      return importSnapshot(() => host.restore(snapshot)) ? { resumed: true } : { resumed: false, problem: 'the saved cluster could not be loaded' };
    },
    start() {
      timers.every(INPUT_SAVE_MS, () => {
        sinceSaveMs += INPUT_SAVE_MS;
        if (sinceSaveMs < SAVE_COST_SPACING * lastCostMs) return;
        if (changed || (timePassed && sinceSaveMs >= CLOCK_SAVE_MS)) void saveNow();
      });
    },
    listSnapshots: () => vault.listSnapshots(),
    saveSnapshot: (name) => vault.saveSnapshot(name, host.snapshot(), host.clock().nowMs),
    async restoreSnapshot(id) {
      const snapshot = await vault.loadSnapshot(id);
      return snapshot !== undefined && importSnapshot(() => host.restore(snapshot));
    },
    deleteSnapshot: (id) => vault.deleteSnapshot(id),
    exportSession: () => sessionFileText(host.snapshot()),
    importSession(text): ImportResult {
      const parsed = parseSessionFile(text);
      if (!parsed.ok) return parsed;
      return importSnapshot(() => host.restore(parsed.snapshot)) ? { ok: true } : { ok: false, reason: 'the session\'s cluster could not be loaded' };
    },
    saveNow,
    async clearSavedData() {
      await vault.clearAll();
      await saveNow();
    },
  };
}
