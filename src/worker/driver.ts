// The clock driver: the only place that paces virtual time against the wall clock. A wall timer
// calls `host.tick(elapsedWallMs)` about every 50 ms; the host scales by its speed and runs the
// cluster for at most TICK_BUDGET_MS of it (a busy cluster falls behind rather than freezing the
// Worker). Pause, resume and speed pass through to the host; while paused the timer stops.

import type { HostApi } from './host/api.ts';

export const DRIVER_PERIOD_MS = 50;
/** The most wall time one tick spends running the cluster: the rest waits for the next tick. */
export const TICK_BUDGET_MS = 35;

/** The wall clock and timer, injected so tests can drive them. */
export interface WallTimers {
  nowMs(): number;
  /** Calls `fn` every `periodMs`; returns a function that stops it. */
  every(periodMs: number, fn: () => void): () => void;
}

export const browserTimers: WallTimers = {
  nowMs: () => performance.now(),
  every: (periodMs, fn) => {
    const id = setInterval(fn, periodMs);
    return () => clearInterval(id);
  },
};

export type DrivenHost = Pick<HostApi, 'tick' | 'pause' | 'resume' | 'setSpeed' | 'step' | 'clock'>;

export interface ClockDriver {
  readonly running: boolean;
  /** Starts pacing, unless the host is paused. */
  start(): void;
  stop(): void;
  pause(): void;
  resume(): void;
  setSpeed(speed: number): void;
  /** Advances virtual time by `ms` at once, paused or not. */
  step(ms: number): void;
}

export function createClockDriver(host: DrivenHost, timers: WallTimers = browserTimers, periodMs = DRIVER_PERIOD_MS): ClockDriver {
  let cancelTimer: (() => void) | undefined;
  let lastWallMs = 0;

  const onTimer = (): void => {
    const nowWallMs = timers.nowMs();
    const elapsedWallMs = nowWallMs - lastWallMs;
    lastWallMs = nowWallMs;
    if (elapsedWallMs <= 0) return;
    try {
      const untilMs = nowWallMs + TICK_BUDGET_MS;
      host.tick(elapsedWallMs, () => timers.nowMs() < untilMs);
    } catch (error) {
      // A failing engine would fail again every period: stop, and let the error surface once.
      stop();
      throw error;
    }
  };

  const start = (): void => {
    if (cancelTimer !== undefined || host.clock().paused) return;
    lastWallMs = timers.nowMs();
    cancelTimer = timers.every(periodMs, onTimer);
  };

  const stop = (): void => {
    cancelTimer?.();
    cancelTimer = undefined;
  };

  return {
    get running() {
      return cancelTimer !== undefined;
    },
    start,
    stop,
    pause() {
      stop();
      host.pause();
    },
    resume() {
      host.resume();
      start();
    },
    setSpeed(speed) {
      host.setSpeed(speed);
    },
    step(ms) {
      host.step(ms);
    },
  };
}
