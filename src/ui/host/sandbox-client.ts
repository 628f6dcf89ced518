// The page's side of the sandbox Worker: boots the sandbox in it with comlink, opens the
// terminal session, and feeds host events, batched per animation frame, to the store and terminal.

import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { HostEvent, SandboxOptions, SessionId } from '../../worker/host/api.ts';
import type { WorkerApi } from '../../worker/protocol.ts';
import { markFailed, markReady } from '../store/sandbox-store.ts';
import { firstSessionOptions } from '../terminal/terminal-tabs.ts';
import { noteBoot } from '../store/session-store.ts';
import { HOST_EVENT_SINKS } from './event-sinks.ts';
import { createEventBatcher } from './event-batcher.ts';
import { createOutputRouter, type OutputWriter } from './output-router.ts';
import { startWatchdog, takeRecoveredNotice, type Watchdog } from './watchdog.ts';
import { exposeTestHooks } from '../test-hooks.ts';

export interface SandboxClient {
  /** The Worker's API, for the few calls below and for tests. */
  readonly host: Remote<WorkerApi>;
  attachOutput(sessionId: SessionId, writer: OutputWriter): () => void;
  sendKeys(sessionId: SessionId, data: string): void;
  pause(): void;
  resume(): void;
  setSpeed(speed: number): void;
  step(ms: number): void;
  dispose(): void;
}

/** Boots the sandbox in `worker` (`sandboxWorker`, started as early as the page can). */
export function startSandboxClient(options: SandboxOptions, worker: Worker): SandboxClient {
  const host = wrap<WorkerApi>(worker);
  const router = createOutputRouter();
  const batcher = createEventBatcher((events) => {
    for (const event of events) if (event.type === 'output') router.write(event.sessionId, event.data);
    for (const sink of HOST_EVENT_SINKS) sink(events);
  });
  const fail = (error: unknown): void => markFailed(error instanceof Error ? error.message : String(error));
  const call = (request: Promise<unknown>): void => void request.catch(fail);

  let watchdog: Watchdog | undefined;
  worker.addEventListener('error', (event) => {
    const reason = event.message || 'the sandbox worker failed';
    if (watchdog) watchdog.workerFailed(reason);
    else markFailed(reason);
  });
  void boot(host, options, (event) => batcher.push(event)).then(() => {
    watchdog = startWatchdog({
      ping: () => host.clock(), reload: () => location.reload(), fail: markFailed, storage: sessionStorage, nowMs: () => Date.now(),
    });
    exposeTestHooks({ killWorker: () => worker.terminate() });
  }, fail);

  return {
    host,
    attachOutput: (sessionId, writer) => router.attach(sessionId, writer),
    sendKeys: (sessionId, data) => call(host.sendKeys(sessionId, data)),
    pause: () => call(host.pause()),
    resume: () => call(host.resume()),
    setSpeed: (speed) => call(host.setSpeed(speed)),
    step: (ms) => call(host.step(ms)),
    dispose() {
      watchdog?.stop();
      batcher.dispose();
      host[releaseProxy]();
      worker.terminate();
    },
  };
}

async function boot(host: Remote<WorkerApi>, options: SandboxOptions, onEvent: (event: HostEvent) => void): Promise<void> {
  noteBoot(await host.boot(options, proxy(onEvent)), takeRecoveredNotice(sessionStorage));
  const sessionId = await host.openSession(firstSessionOptions());
  markReady(sessionId, await host.clock());
}
