// The object the Worker exposes: a sandbox created on `boot`, with pause/resume/speed/step routed
// through the clock driver so the driver always knows whether to pace time.

import { proxy } from 'comlink';
import { createClockDriver, type ClockDriver, type WallTimers } from './driver.ts';
import type { HostApi, SandboxOptions } from './host/api.ts';
import type { WorkerApi } from './protocol.ts';

/** The host's methods the Worker passes through unchanged: every method but the driver's and `subscribe`. */
type Forwarded = Exclude<keyof HostApi, 'subscribe' | 'setSpeed' | 'pause' | 'resume' | 'step'>;

// A record, not a list, so the compiler insists that each new host method is named here.
const FORWARDED: Record<Forwarded, true> = {
  openSession: true,
  sendKeys: true,
  runLine: true,
  cancel: true,
  tick: true,
  clock: true,
  snapshot: true,
  restore: true,
  timeline: true,
  rewind: true,
  reset: true,
};

function forwarded(host: () => HostApi): Pick<HostApi, Forwarded> {
  const methods: Partial<Record<Forwarded, unknown>> = {};
  for (const name of Object.keys(FORWARDED) as Forwarded[]) {
    methods[name] = (...args: unknown[]) => (host()[name] as (...a: unknown[]) => unknown)(...args);
  }
  return methods as Pick<HostApi, Forwarded>;
}

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
    setSpeed: (speed) => get().driver.setSpeed(speed),
    pause: () => get().driver.pause(),
    resume: () => get().driver.resume(),
    step: (ms) => get().driver.step(ms),
    ...forwarded(host),
  };
}
