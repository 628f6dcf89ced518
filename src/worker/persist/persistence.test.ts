import { describe, expect, it } from 'vitest';
import type { HostApi, HostEvent } from '../host/api.ts';
import { createSandbox } from '../host/sandbox.ts';
import type { WallTimers } from '../driver.ts';
import { memoryStore, type KeyValueStore } from './kv-store.ts';
import { CLOCK_SAVE_MS, INPUT_SAVE_MS, SAVE_COST_SPACING, createPersistence } from './persistence.ts';
import { CORRUPT_KEY, CURRENT_KEY, SessionVault } from './vault.ts';

/** Wall timers the test fires by hand. */
function manualTimers(): WallTimers & { fire(times?: number): Promise<void> } {
  const fns: (() => void)[] = [];
  return {
    nowMs: () => 0,
    every: (_period, fn) => {
      fns.push(fn);
      return () => undefined;
    },
    async fire(times = 1) {
      for (let i = 0; i < times; i++) for (const fn of fns) fn();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

function output(host: HostApi, sessionId: string, line: string): string {
  let out = '';
  const stop = host.subscribe((e) => {
    if (e.type === 'output' && e.sessionId === sessionId) out += e.data;
  });
  host.runLine(sessionId, line);
  stop();
  return out;
}

function boot(store: KeyValueStore, events: HostEvent[] = []) {
  const host = createSandbox({ seed: 5 });
  const timers = manualTimers();
  const persistence = createPersistence(host, new SessionVault(store), timers, (e) => events.push(e));
  return { host, timers, persistence, session: host.openSession() };
}

describe('keeping the session', () => {
  it('autosaves soon after an input and resumes it in a new sandbox', async () => {
    const store = memoryStore();
    const first = boot(store);
    expect(await first.persistence.resume()).toEqual({ resumed: false });
    first.persistence.start();
    output(first.host, first.session, 'kubectl create deployment web --image=nginx --replicas=2');
    first.host.step(30_000);
    await first.timers.fire();
    expect(await store.get(CURRENT_KEY)).toBeDefined();

    const second = boot(store);
    expect(await second.persistence.resume()).toEqual({ resumed: true });
    expect(second.host.clock().nowMs).toBe(first.host.clock().nowMs);
    expect(output(second.host, second.session, 'kubectl get deploy,pods')).toBe(output(first.host, first.session, 'kubectl get deploy,pods'));
  });

  it('saves nothing while nothing happens', async () => {
    const store = memoryStore();
    const { timers, persistence } = boot(store);
    persistence.start();
    await timers.fire();
    await store.delete(CURRENT_KEY);
    await timers.fire(2 * CLOCK_SAVE_MS / INPUT_SAVE_MS);
    expect(await store.get(CURRENT_KEY)).toBeUndefined();
  });

  it('spaces autosaves by what the last one cost, so a big cluster does not stall the Worker', async () => {
    let now = 0;
    let saves = 0;
    const costMs = 200;
    const host = createSandbox({ seed: 5 });
    const timers = { ...manualTimers(), nowMs: () => now };
    const vault = new SessionVault(memoryStore());
    const saveCurrent = vault.saveCurrent.bind(vault);
    vault.saveCurrent = (snapshot) => {
      now += costMs;
      saves++;
      return saveCurrent(snapshot);
    };
    const persistence = createPersistence(host, vault, timers, () => undefined);
    const session = host.openSession();
    persistence.start();
    output(host, session, 'kubectl get nodes');
    await timers.fire();
    expect(saves).toBe(1);
    output(host, session, 'kubectl get pods');
    const firesBeforeNext = (SAVE_COST_SPACING * costMs) / INPUT_SAVE_MS;
    await timers.fire(firesBeforeNext - 1);
    expect(saves).toBe(1);
    await timers.fire();
    expect(saves).toBe(2);
  });

  it('keeps an unreadable saved session aside and says why', async () => {
    const store = memoryStore();
    await store.set(CURRENT_KEY, { version: 1, options: { seed: 'x' } });
    const { persistence } = boot(store);
    expect(await persistence.resume()).toEqual({ resumed: false, problem: 'the session has no seed' });
    expect(await store.get(CORRUPT_KEY)).toEqual({ version: 1, options: { seed: 'x' } });
    expect(await store.get(CURRENT_KEY)).toBeUndefined();
  });

  it('reports a storage failure as an event instead of losing it', async () => {
    const failing: KeyValueStore = { ...memoryStore(), set: () => Promise.reject(new Error('QuotaExceededError: the quota has been exceeded')) };
    const events: HostEvent[] = [];
    const { host, persistence, session } = boot(failing, events);
    output(host, session, 'kubectl get nodes');
    await persistence.saveNow();
    expect(events).toContainEqual({ type: 'storage', problem: 'Error: QuotaExceededError: the quota has been exceeded' });
  });

  it('takes, lists, restores and deletes named snapshots', async () => {
    const { host, persistence, session } = boot(memoryStore());
    output(host, session, 'kubectl create namespace before');
    const info = await persistence.saveSnapshot('  avant la panne ');
    expect(info).toEqual({ id: '1', name: 'avant la panne', timeMs: host.clock().nowMs });
    output(host, session, 'kubectl delete namespace before');
    host.step(10_000);
    expect(await persistence.restoreSnapshot('1')).toBe(true);
    expect(output(host, session, 'kubectl get namespace before -o name')).toContain('namespace/before');
    expect(await persistence.restoreSnapshot('9')).toBe(false);
    await persistence.deleteSnapshot('1');
    expect(await persistence.listSnapshots()).toEqual([]);
  });

  it('exports a session file and imports it back; a bad file changes nothing and says why', () => {
    const { host, persistence, session } = boot(memoryStore());
    output(host, session, 'kubectl create namespace exported');
    const file = persistence.exportSession();
    output(host, session, 'kubectl delete namespace exported');
    const before = output(host, session, 'kubectl get namespaces');
    expect(persistence.importSession('{"format":"kubelab-session","version":1,"snapshot":{}}')).toEqual({ ok: false, reason: 'the session has no snapshot' });
    expect(persistence.importSession('not json')).toEqual({ ok: false, reason: 'the file is not JSON' });
    expect(output(host, session, 'kubectl get namespaces')).toBe(before);
    expect(persistence.importSession(file)).toEqual({ ok: true });
    expect(output(host, session, 'kubectl get namespace exported -o name')).toContain('namespace/exported');
  });

  it('rejects a session file whose cluster does not load, leaving the sandbox as it was', () => {
    const { host, persistence, session } = boot(memoryStore());
    const before = output(host, session, 'kubectl get nodes');
    const broken = JSON.stringify({ format: 'kubelab-session', version: 1, snapshot: { version: 1, options: { seed: 1 }, cluster: { version: 2 }, files: {} } });
    expect(persistence.importSession(broken)).toEqual({ ok: false, reason: 'the session\'s cluster could not be loaded' });
    expect(output(host, session, 'kubectl get nodes')).toBe(before);
  });
});
