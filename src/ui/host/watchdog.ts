// Notices a sandbox Worker that died or hangs (the browser killed it, an endless loop, an uncaught
// error after boot) and recovers: the page reloads, the Worker boots again from the session saved
// a moment before, and a notice says so. A second failure soon after gives up (no reload loop).

const PING_EVERY_MS = 3_000;
const ANSWER_WITHIN_MS = 6_000;
/** Two missed pings in a row: a busy Worker (a big apply) may miss one. */
const MISSES_TO_RECOVER = 2;
const RECOVERED_KEY = 'kubelab-recovered-at';
const NOTICE_KEY = 'kubelab-recovered-notice';
const NO_SECOND_RECOVERY_MS = 60_000;

export interface WatchdogHooks {
  /** Resolves when the Worker answers. */
  ping(): Promise<unknown>;
  /** Reloads the page (tests replace it). */
  reload(): void;
  /** Gives up: the sandbox is shown as failed. */
  fail(reason: string): void;
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  nowMs(): number;
}

export interface Watchdog {
  /** The Worker reported an uncaught error after boot. */
  workerFailed(reason: string): void;
  stop(): void;
}

export function startWatchdog(hooks: WatchdogHooks): Watchdog {
  let misses = 0;
  let stopped = false;
  const recover = (reason: string): void => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    const last = Number(hooks.storage.getItem(RECOVERED_KEY) ?? '0');
    if (hooks.nowMs() - last < NO_SECOND_RECOVERY_MS) {
      hooks.fail(reason);
      return;
    }
    hooks.storage.setItem(RECOVERED_KEY, String(hooks.nowMs()));
    hooks.storage.setItem(NOTICE_KEY, '1');
    hooks.reload();
  };
  const timer = setInterval(() => {
    if (stopped || (typeof document !== 'undefined' && document.visibilityState === 'hidden')) return;
    let answered = false;
    void hooks.ping().then(() => {
      answered = true;
      misses = 0;
    }, () => undefined);
    setTimeout(() => {
      if (answered || stopped) return;
      misses += 1;
      if (misses >= MISSES_TO_RECOVER) recover('the sandbox stopped answering');
    }, ANSWER_WITHIN_MS);
  }, PING_EVERY_MS);
  return {
    workerFailed: (reason) => recover(reason),
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}

/** True once after a recovery reload (the notice is shown then). */
export function takeRecoveredNotice(storage: Pick<Storage, 'getItem' | 'removeItem'>): boolean {
  const flagged = storage.getItem(NOTICE_KEY) !== null;
  storage.removeItem(NOTICE_KEY);
  return flagged;
}
