// `kubectl scale --timeout=D` (pkg/scale WaitForScaleHasDesiredReplicas): after each object is scaled,
// wait on the virtual clock until its status.replicas reaches the new size (or someone changed the
// size again), then print it; give up with kubectl's error when the timeout passes.

import { isStatusError } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { reportErrors } from '../../util/error-report.ts';
import type { Target } from '../set/targets.ts';
import { printScaled, scaleOne, type ScaleOptions } from './scaler.ts';
import { SteppedProcess } from '../../../shell/stepped-process.ts';

export const ERR_SYNC_TIMEOUT = (name: string): string => `timed out waiting for "${name}" to be synced`;

export class ScaleWait extends SteppedProcess {
  private index = 0;
  private deadlineMs: number | undefined;

  constructor(private readonly ctx: KubectlContext, private readonly o: ScaleOptions,
    private readonly targets: readonly Target[], private readonly errors: unknown[]) {
    super();
  }

  wakeAtMs(): number | undefined { return this.done ? undefined : this.deadlineMs; }

  cancel(): void {
    if (!this.done) this.exit = 130;
  }

  /** Scales the next object when none is pending, and moves on while the current one is synced. */
  protected advance(nowMs: number): void {
    for (;;) {
      if (this.index >= this.targets.length) {
        this.exit = reportErrors(this.ctx, this.errors);
        return;
      }
      const t = this.targets[this.index]!;
      if (this.deadlineMs === undefined && !this.scale(t, nowMs)) return;
      if (!this.synced(t)) {
        if (nowMs < this.deadlineMs!) return;
        this.exit = reportErrors(this.ctx, [new KubectlError(ERR_SYNC_TIMEOUT(t.obj.metadata.name ?? ''))]);
        return;
      }
      printScaled(this.ctx, t, this.o);
      this.deadlineMs = undefined;
      this.index++;
    }
  }

  private scale(t: Target, nowMs: number): boolean {
    try {
      scaleOne(this.ctx, t, this.o);
    } catch (e) {
      if (!isStatusError(e) && !(e instanceof KubectlError)) throw e;
      this.exit = reportErrors(this.ctx, [e]);
      return false;
    }
    this.deadlineMs = nowMs + this.o.timeoutMs;
    return true;
  }

  /** scaleHasDesiredReplicas */
  private synced(t: Target): boolean {
    const obj = this.ctx.client.server.get(t.info, t.obj.metadata.namespace, t.obj.metadata.name ?? '');
    const spec = (obj.spec as { replicas?: number } | undefined)?.replicas ?? 0;
    if (spec !== this.o.replicas) return true;
    return ((obj.status as { replicas?: number } | undefined)?.replicas ?? 0) === spec;
  }
}
