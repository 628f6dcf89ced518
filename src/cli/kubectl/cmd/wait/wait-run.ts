// The running `kubectl wait` (pkg/cmd/wait RunWait): visits the objects one after the other, each until
// its condition holds, the run's one deadline passes (kubectl's shared context) or Ctrl-C; failures are
// collected and reported at the end (ContinueOnError). --for=create first polls every 500 ms until the
// named objects exist. Runs on the virtual clock: the host polls it after clock advances and changes.

import { isStatusError, type KubeObject } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { reportErrors } from '../../util/error-report.ts';
import type { Target } from '../set/targets.ts';
import type { WaitFor } from './conditions.ts';
import { SteppedProcess } from '../../../shell/stepped-process.ts';

export const ERR_TIMED_OUT = 'timed out waiting for the condition';
export const ERR_TIMED_OUT_ON = (resource: string, name: string): string => `${ERR_TIMED_OUT} on ${resource}/${name}`;
export const ERR_CONDITION_NOT_MET = (resource: string, name: string): string => `condition not met for ${resource}/${name}`;
export const ERR_NO_MATCHING_RESOURCES = 'no matching resources found';
/** wait.PollUntilContextTimeout's interval in IsCreated's loop. */
const CREATE_POLL_MS = 500;
/** Inside interrupt.Handler kubectl exits 1 on Ctrl-C; the create poll runs outside it and dies of SIGINT. */
const INTERRUPTED_EXIT = 1;
const SIGINT_EXIT = 130;

export interface WaitPlan {
  readonly waitFor: WaitFor;
  /** 0 checks once and does not wait. */
  readonly timeoutMs: number;
  /** The resource builder's visits, each fetched when its turn comes; they throw StatusErrors. */
  readonly visits: ReadonlyArray<() => readonly Target[]>;
  /** The text printed for an object whose condition is met (`pod/web condition met`). */
  readonly print: (obj: KubeObject) => string;
}

/** The object being waited on: where it lives, the uid it had, and what is printed when it is done. */
interface Waiting {
  readonly target: Target;
  readonly namespace: string | undefined;
  readonly name: string;
  readonly uid: string | undefined;
  readonly shown: KubeObject;
}

export class WaitRun extends SteppedProcess {
  private readonly deadlineMs: number | undefined;
  private creating: boolean;
  private nextCreatePollMs: number;
  private visitIndex = 0;
  private pending: Target[] = [];
  private current: Waiting | undefined;
  private visitCount = 0;
  private readonly errors: unknown[] = [];

  constructor(private readonly ctx: KubectlContext, private readonly plan: WaitPlan, private readonly startMs: number) {
    super();
    this.deadlineMs = plan.timeoutMs > 0 ? startMs + plan.timeoutMs : undefined;
    this.creating = plan.waitFor.kind === 'create';
    this.nextCreatePollMs = startMs;
  }

  wakeAtMs(): number | undefined {
    if (this.done) return undefined;
    const times = [this.deadlineMs, this.creating ? this.nextCreatePollMs : undefined].filter((t): t is number => t !== undefined);
    return times.length === 0 ? undefined : Math.min(...times);
  }

  cancel(): void {
    if (!this.done) this.exit = this.creating ? SIGINT_EXIT : INTERRUPTED_EXIT;
  }

  private expired(nowMs: number): boolean {
    return this.deadlineMs !== undefined && nowMs >= this.deadlineMs;
  }

  protected advance(nowMs: number): void {
    if (this.creating && !this.pollCreated(nowMs)) return;
    while (this.exit === undefined) {
      if (this.current !== undefined && !this.settle(this.current, nowMs)) return;
      this.current = undefined;
      const next = this.nextTarget();
      if (next === undefined) {
        this.finish();
        return;
      }
      this.current = this.begin(next, nowMs);
    }
  }

  /**
   * The create poll: every visit must succeed. One NotFound keeps polling; several errors fail at once,
   * as kubectl's aggregate is no longer a NotFound.
   */
  private pollCreated(nowMs: number): boolean {
    if (nowMs >= this.nextCreatePollMs) {
      const errors = this.plan.visits.flatMap((fetch) => fetchErrors(fetch));
      if (errors.length === 0) {
        this.creating = false;
        return true;
      }
      if (errors.length > 1 || !isNotFound(errors[0])) {
        this.errors.push(...errors);
        this.finish();
        return false;
      }
      this.nextCreatePollMs = this.startMs + (Math.floor((nowMs - this.startMs) / CREATE_POLL_MS) + 1) * CREATE_POLL_MS;
    }
    if (this.plan.timeoutMs === 0 || this.expired(nowMs)) {
      this.errors.push(new KubectlError(ERR_TIMED_OUT));
      this.finish();
    }
    return false;
  }

  private nextTarget(): Target | undefined {
    while (this.pending.length === 0) {
      const fetch = this.plan.visits[this.visitIndex++];
      if (fetch === undefined) return undefined;
      try {
        this.pending = [...fetch()];
      } catch (e) {
        if (!isStatusError(e)) throw e;
        // --for=delete: an object already gone is no error (IgnoreErrors(IsNotFound)).
        if (!(this.plan.waitFor.kind === 'delete' && isNotFound(e))) this.errors.push(e);
      }
    }
    return this.pending.shift();
  }

  /** Starts waiting on one object; undefined when it is settled at once. */
  private begin(target: Target, nowMs: number): Waiting | undefined {
    this.visitCount++;
    const { info, obj } = target;
    const namespace = info.namespaced ? obj.metadata.namespace : undefined;
    const name = obj.metadata.name ?? '';
    const kind = this.plan.waitFor.kind;
    if (kind === 'create') return this.met(obj);
    if (kind === 'check' && this.expired(nowMs)) return this.fail(new KubectlError(ERR_TIMED_OUT_ON(info.resource, name)));
    let live: KubeObject;
    try {
      live = this.ctx.client.server.get(info, namespace, name);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return kind === 'delete' && isNotFound(e) ? this.met(obj) : this.fail(e);
    }
    return { target, namespace, name, uid: kind === 'delete' ? live.metadata.uid : undefined, shown: live };
  }

  /** One look at the object: true when its wait is over (met or failed). */
  private settle(w: Waiting, nowMs: number): boolean {
    let shown: KubeObject | undefined;
    try {
      shown = this.metObject(w);
    } catch (e) {
      if (!(e instanceof KubectlError)) throw e;
      this.fail(e);
      return true;
    }
    const resource = w.target.info.resource;
    if (shown !== undefined) this.met(shown);
    else if (this.plan.timeoutMs === 0) this.fail(new KubectlError(ERR_CONDITION_NOT_MET(resource, w.name)));
    else if (this.expired(nowMs)) this.fail(new KubectlError(ERR_TIMED_OUT_ON(resource, w.name)));
    else return false;
    return true;
  }

  /** The object to print when the condition holds now (a deleted one as it was first seen). */
  private metObject(w: Waiting): KubeObject | undefined {
    const live = this.ctx.client.server.tryGet(w.target.info, w.namespace, w.name);
    const waitFor = this.plan.waitFor;
    if (waitFor.kind === 'delete') return live === undefined || live.metadata.uid !== w.uid ? w.shown : undefined;
    return waitFor.kind === 'check' && live !== undefined && waitFor.met(live) ? live : undefined;
  }

  private met(obj: KubeObject): undefined {
    this.ctx.io.stdout.write(this.plan.print(obj));
    return undefined;
  }

  private fail(error: unknown): undefined {
    this.errors.push(error);
    return undefined;
  }

  private finish(): void {
    if (this.errors.length === 0 && this.visitCount === 0 && this.plan.waitFor.kind !== 'delete') {
      this.errors.push(new KubectlError(ERR_NO_MATCHING_RESOURCES));
    }
    this.exit = reportErrors(this.ctx, this.errors);
  }
}

function fetchErrors(fetch: () => readonly Target[]): unknown[] {
  try {
    fetch();
    return [];
  } catch (e) {
    if (!isStatusError(e)) throw e;
    return [e];
  }
}

function isNotFound(e: unknown): boolean {
  return isStatusError(e) && e.status.reason === 'NotFound';
}
