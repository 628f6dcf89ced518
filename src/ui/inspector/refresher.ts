// Keeps an answer fresh without flooding the host: a change asks for a refresh, which runs at once
// if the last one is old enough, else once when it is; changes during a request run one more after it.

export interface RefreshTimers {
  nowMs(): number;
  /** Runs `fn` once after `ms`; returns a cancel. */
  after(ms: number, fn: () => void): () => void;
}

export const browserRefreshTimers: RefreshTimers = {
  nowMs: () => performance.now(),
  after: (ms, fn) => {
    const id = setTimeout(fn, ms);
    return () => clearTimeout(id);
  },
};

/** At most one inspector request per this much wall time. */
export const REFRESH_INTERVAL_MS = 1_000;

export class Refresher {
  private lastMs = -Infinity;
  private inFlight = false;
  private pending = false;
  private cancelTimer: (() => void) | undefined;
  private disposed = false;

  constructor(private readonly fetch: () => Promise<unknown>, private readonly timers: RefreshTimers, private readonly intervalMs = REFRESH_INTERVAL_MS) {}

  request(): void {
    if (this.disposed || this.cancelTimer !== undefined) return;
    if (this.inFlight) {
      this.pending = true;
      return;
    }
    const waitMs = this.lastMs + this.intervalMs - this.timers.nowMs();
    if (waitMs <= 0) this.run();
    else this.cancelTimer = this.timers.after(waitMs, () => this.run());
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }

  private run(): void {
    this.cancelTimer = undefined;
    if (this.disposed) return;
    this.inFlight = true;
    this.lastMs = this.timers.nowMs();
    const done = (): void => {
      this.inFlight = false;
      if (!this.pending) return;
      this.pending = false;
      this.request();
    };
    this.fetch().then(done, done);
  }
}
