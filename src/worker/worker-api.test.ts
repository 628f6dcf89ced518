import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostApi, HostEvent, SandboxOptions } from './host/api.ts';
import type { WorkerApi } from './protocol.ts';
import { createWorkerApi } from './worker-api.ts';
import type { WallTimers } from './driver.ts';

// A host that echoes keys as output; enough to check the wiring, not the sandbox. The features'
// own calls are not needed here, hence the cast.
function echoHost(options: SandboxOptions): HostApi {
  const listeners = new Set<(e: HostEvent) => void>();
  const emit = (e: HostEvent): void => listeners.forEach((l) => l(e));
  let paused = false;
  let speed = 1;
  let nowMs = options.seed * 1_000;
  const clockEvent = (): void => emit({ type: 'clock', nowMs, speed, paused });
  const host: Partial<HostApi> = {
    openSession: () => {
      emit({ type: 'output', sessionId: 's1', data: '$ ' });
      return 's1';
    },
    sendKeys: (sessionId, data) => emit({ type: 'output', sessionId, data }),
    runLine: () => undefined,
    cancel: () => undefined,
    tick: (wallMs) => { nowMs += wallMs * speed; clockEvent(); },
    setSpeed: (s) => { speed = s; clockEvent(); },
    pause: () => { paused = true; clockEvent(); },
    resume: () => { paused = false; clockEvent(); },
    step: (ms) => { nowMs += ms; clockEvent(); },
    clock: () => ({ nowMs, speed, paused }),
    snapshot: () => ({ version: 1, options, cluster: null, files: {} }),
    restore: () => undefined,
    subscribe: (l) => { listeners.add(l); return () => listeners.delete(l); },
  };
  return host as HostApi;
}

const stoppedTimers: WallTimers = { nowMs: () => 0, every: () => () => undefined };
const channels: MessageChannel[] = [];

// The global MessageChannel (Node and browsers alike) stands in for the Worker boundary.
function connect(): Comlink.Remote<WorkerApi> {
  const channel = new MessageChannel();
  channels.push(channel);
  Comlink.expose(createWorkerApi(echoHost, stoppedTimers), channel.port1 as unknown as Comlink.Endpoint);
  return Comlink.wrap<WorkerApi>(channel.port2 as unknown as Comlink.Endpoint);
}

afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

describe('worker api over comlink', () => {
  it('boots with the seed and forwards host events through the proxy callback', async () => {
    const remote = connect();
    const events: HostEvent[] = [];
    await remote.boot({ seed: 7 }, Comlink.proxy((e: HostEvent) => void events.push(e)));
    const sessionId = await remote.openSession();
    await remote.sendKeys(sessionId, 'k');
    await remote.step(500);
    await expect.poll(() => events.length).toBe(3);
    expect(events).toEqual([
      { type: 'output', sessionId: 's1', data: '$ ' },
      { type: 'output', sessionId: 's1', data: 'k' },
      { type: 'clock', nowMs: 7_500, speed: 1, paused: false },
    ]);
  });

  it('routes pause, resume and speed through to the host', async () => {
    const remote = connect();
    await remote.boot({ seed: 1 }, Comlink.proxy(() => undefined));
    await remote.setSpeed(10);
    await remote.pause();
    expect(await remote.clock()).toEqual({ nowMs: 1_000, speed: 10, paused: true });
    await remote.resume();
    expect((await remote.clock()).paused).toBe(false);
  });

  it('returns an unsubscribe proxy from subscribe', async () => {
    const remote = connect();
    await remote.boot({ seed: 1 }, Comlink.proxy(() => undefined));
    const seen: HostEvent[] = [];
    const unsubscribe = await remote.subscribe(Comlink.proxy((e: HostEvent) => void seen.push(e)));
    await remote.step(1);
    await expect.poll(() => seen.length).toBe(1);
    await unsubscribe();
    await remote.step(1);
    await remote.clock();
    expect(seen).toHaveLength(1);
  });

  it('refuses calls before boot, and a second boot', async () => {
    const remote = connect();
    await expect(remote.openSession()).rejects.toThrow(/not booted/);
    await remote.boot({ seed: 1 }, Comlink.proxy(() => undefined));
    await expect(remote.boot({ seed: 1 }, Comlink.proxy(() => undefined))).rejects.toThrow(/already booted/);
  });
});
