// The object the Worker exposes: a sandbox created on `boot`, with pause/resume/speed/step routed
// through the clock driver so the driver always knows whether to pace time.

import { proxy } from 'comlink';
import { browserTimers, createClockDriver, type ClockDriver, type WallTimers } from './driver.ts';
import type { HostApi, SandboxOptions } from './host/api.ts';
import type { WorkerApi } from './protocol.ts';
import { memoryStore, type KeyValueStore } from './persist/kv-store.ts';
import { createPersistence, type Persistence } from './persist/persistence.ts';
import { SessionVault } from './persist/vault.ts';

/** The host's methods the Worker passes through unchanged: every method but the driver's and `subscribe`. */
type Forwarded = Exclude<keyof HostApi, 'subscribe' | 'setSpeed' | 'pause' | 'resume' | 'step'>;

// A record, not a list, so the compiler insists that each new host method is named here.
const FORWARDED: Record<Forwarded, true> = {
  openSession: true,
  closeSession: true,
  sessionHistory: true,
  resize: true,
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
  shareScenario: true,
  playScenario: true,
  viewSnapshot: true,
  inspect: true,
  whyPending: true,
  listFiles: true,
  readFile: true,
  writeFile: true,
  renameFile: true,
  deleteFile: true,
  attachEditor: true,
  finishEdit: true,
  editorSchema: true,
  diffFile: true,
  activitySince: true,
  browse: true,
  forwards: true,
  lessonCatalogue: true,
  lessonContent: true,
  startLesson: true,
  resumeLesson: true,
  leaveLesson: true,
  goToStep: true,
  setLessonLang: true,
  answerQuiz: true,
  runBlock: true,
  doItForMe: true,
  lessonStatus: true,
};

function forwarded(host: () => HostApi): Pick<HostApi, Forwarded> {
  const methods: Partial<Record<Forwarded, unknown>> = {};
  for (const name of Object.keys(FORWARDED) as Forwarded[]) {
    methods[name] = (...args: unknown[]) => (host()[name] as (...a: unknown[]) => unknown)(...args);
  }
  return methods as Pick<HostApi, Forwarded>;
}

export type HostFactory = (options: SandboxOptions) => HostApi;

/** The Worker's API over a host made on boot; sessions are kept in `store` (IndexedDB in the browser). */
export function createWorkerApi(createHost: HostFactory, timers: WallTimers = browserTimers, store: KeyValueStore = memoryStore()): WorkerApi {
  let booted: { host: HostApi; driver: ClockDriver; persistence: Persistence } | undefined;

  const get = (): { host: HostApi; driver: ClockDriver; persistence: Persistence } => {
    if (booted === undefined) throw new Error('kubelab: the sandbox is not booted yet (call boot first)');
    return booted;
  };
  const host = (): HostApi => get().host;
  const persistence = (): Persistence => get().persistence;

  return {
    async boot(options, onEvent) {
      if (booted !== undefined) throw new Error('kubelab: the sandbox is already booted');
      const created = createHost(options);
      const kept = createPersistence(created, new SessionVault(store), timers, onEvent);
      booted = { host: created, driver: createClockDriver(created, timers), persistence: kept };
      const result = await kept.resume();
      created.subscribe(onEvent);
      booted.driver.start();
      kept.start();
      return result;
    },
    subscribe: (listener) => proxy(host().subscribe(listener)),
    setSpeed: (speed) => get().driver.setSpeed(speed),
    pause: () => get().driver.pause(),
    resume: () => get().driver.resume(),
    step: (ms) => get().driver.step(ms),
    ...forwarded(host),
    listSnapshots: () => persistence().listSnapshots(),
    saveSnapshot: (name) => persistence().saveSnapshot(name),
    restoreSnapshot: (id) => persistence().restoreSnapshot(id),
    deleteSnapshot: (id) => persistence().deleteSnapshot(id),
    exportSession: () => persistence().exportSession(),
    importSession: (text) => persistence().importSession(text),
    saveNow: () => persistence().saveNow(),
    clearSavedData: () => persistence().clearSavedData(),
  };
}
