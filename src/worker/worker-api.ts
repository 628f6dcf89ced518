// The object the Worker exposes: a sandbox created on `boot`, with pause/resume/speed/step routed
// through the clock driver so the driver always knows whether to pace time.

import { proxy } from 'comlink';
import { createClockDriver, type ClockDriver, type WallTimers } from './driver.ts';
import type { HostApi, SandboxOptions } from './host/api.ts';
import type { WorkerApi } from './protocol.ts';

export type HostFactory = (options: SandboxOptions) => HostApi;

export function createWorkerApi(createHost: HostFactory, timers?: WallTimers): WorkerApi {
  let booted: { host: HostApi; driver: ClockDriver } | undefined;

  const get = (): { host: HostApi; driver: ClockDriver } => {
    if (booted === undefined) throw new Error('kubelab: the sandbox is not booted yet (call boot first)');
    return booted;
  };
  const host = (): HostApi => get().host;

  return {
    boot(options, onEvent) {
      if (booted !== undefined) throw new Error('kubelab: the sandbox is already booted');
      const created = createHost(options);
      created.subscribe(onEvent);
      booted = { host: created, driver: createClockDriver(created, timers) };
      booted.driver.start();
    },
    subscribe: (listener) => proxy(host().subscribe(listener)),
    openSession: () => host().openSession(),
    sendKeys: (sessionId, data) => host().sendKeys(sessionId, data),
    runLine: (sessionId, line) => host().runLine(sessionId, line),
    cancel: (sessionId) => host().cancel(sessionId),
    tick: (wallMs) => host().tick(wallMs),
    setSpeed: (speed) => get().driver.setSpeed(speed),
    pause: () => get().driver.pause(),
    resume: () => get().driver.resume(),
    step: (ms) => get().driver.step(ms),
    clock: () => host().clock(),
    snapshot: () => host().snapshot(),
    restore: (snapshot) => host().restore(snapshot),
  };
}
