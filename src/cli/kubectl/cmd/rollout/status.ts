// `kubectl rollout status (TYPE NAME | TYPE/NAME)` (pkg/cmd/rollout/rollout_status.go): prints the status
// viewer's message for the object as listed, then again on every ADDED/MODIFIED watch event, until the
// rollout is done, the viewer fails, the object is deleted, --timeout passes or Ctrl-C; one object
// after the other. --watch=false prints once.

import { isStatusError, type KubeObject, type WatchEvent } from '../../../../engine/index.ts';
import type { CommandResult } from '../../../shell/types.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { FlagError, flagBool, flagInt, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { parseGoDuration } from '../logs/go-time.ts';
import { resolveTargets, targetQuery, type Target } from '../set/targets.ts';
import { rejectKustomize } from '../set/unsupported.ts';
import { ROLLOUT_STATUS_HELP } from './help.ts';
import { statusViewerFor, type StatusViewer } from './status-viewer.ts';
import { SteppedProcess } from '../../../shell/stepped-process.ts';

export const ERR_REQUIRED_RESOURCE = 'required resource not specified';
export const ERR_NEGATIVE_REVISION = (revision: number): string => `revision must be a positive integer: ${revision}`;
export const ERR_OBJECT_DELETED = 'object has been deleted';
export const ERR_TIMED_OUT = 'timed out waiting for the condition';
export const NO_RESOURCES_FOUND = (namespace: string): string => `No resources found in ${namespace} namespace.\n`;
/** kubectl's interrupt handler exits 1 on Ctrl-C, not with the signal's 130. */
const INTERRUPTED_EXIT = 1;

interface StatusOptions {
  readonly revision: number;
  readonly watch: boolean;
  readonly timeoutMs: number;
}

function complete(parsed: ParsedArgs): StatusOptions {
  rejectKustomize(parsed);
  const raw = flagString(parsed, 'timeout');
  const timeout = parseGoDuration(raw);
  if (!timeout.ok) throw new FlagError(`invalid argument "${raw}" for "--timeout" flag: ${timeout.error}`);
  if (parsed.args.length === 0 && flagList(parsed, 'filename').length === 0) throw new KubectlError(ERR_REQUIRED_RESOURCE);
  const revision = flagInt(parsed, 'revision') ?? 0;
  if (revision < 0) throw new KubectlError(ERR_NEGATIVE_REVISION(revision));
  return { revision, watch: flagBool(parsed, 'watch'), timeoutMs: timeout.value };
}

function runStatus(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  const o = complete(parsed);
  const { targets, errors } = resolveTargets(ctx, targetQuery(parsed, parsed.args, true));
  if (targets.length === 0 && errors.length === 0) {
    ctx.io.stderr.write(NO_RESOURCES_FOUND(ctx.namespace));
    return 0;
  }
  return new StatusWatch(ctx, o, targets, errors).start(ctx.nowMs());
}

/** Where the wait on the current object stands. */
type Outcome = { readonly kind: 'waiting' } | { readonly kind: 'done' } | { readonly kind: 'failed'; readonly error: unknown };

class StatusWatch extends SteppedProcess {
  private index = -1;
  private outcome: Outcome = { kind: 'waiting' };
  private stopWatch: (() => void) | undefined;
  private deadlineMs: number | undefined;
  private pending = '';

  constructor(private readonly ctx: KubectlContext, private readonly o: StatusOptions,
    private readonly targets: readonly Target[], private readonly errors: unknown[]) {
    super();
  }

  wakeAtMs(): number | undefined { return this.done ? undefined : this.deadlineMs; }

  cancel(): void {
    if (this.done) return;
    this.stopWatch?.();
    this.exit = INTERRUPTED_EXIT;
  }

  protected advance(nowMs: number): void {
    this.flush();
    for (;;) {
      if (this.outcome.kind === 'waiting' && this.index >= 0) {
        if (this.deadlineMs === undefined || nowMs < this.deadlineMs) return;
        this.outcome = { kind: 'failed', error: new KubectlError(ERR_TIMED_OUT) };
      }
      this.stopWatch?.();
      this.stopWatch = undefined;
      if (this.outcome.kind === 'failed') this.errors.push(this.outcome.error);
      if (++this.index >= this.targets.length) {
        this.exit = reportErrors(this.ctx, this.errors);
        return;
      }
      this.begin(this.targets[this.index]!, nowMs);
      this.flush();
    }
  }

  /** UntilWithSync: the object as listed first, then its watch events. */
  private begin(t: Target, nowMs: number): void {
    this.outcome = { kind: 'waiting' };
    let viewer: StatusViewer;
    try {
      viewer = statusViewerFor(t.info.group, t.info.kind);
    } catch (e) {
      this.outcome = { kind: 'failed', error: e };
      return;
    }
    const namespace = t.info.namespaced ? t.obj.metadata.namespace : undefined;
    const name = t.obj.metadata.name ?? '';
    this.deadlineMs = this.o.timeoutMs > 0 ? nowMs + this.o.timeoutMs : undefined;
    let current: KubeObject;
    try {
      current = this.ctx.client.server.get(t.info, namespace, name);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      this.outcome = { kind: 'failed', error: e };
      return;
    }
    this.observe(viewer, current);
    if (this.outcome.kind !== 'waiting') return;
    this.stopWatch = this.ctx.client.server.watch(t.info, namespace, { fieldSelector: `metadata.name=${name}` }, (e) => this.onEvent(viewer, e));
  }

  private onEvent(viewer: StatusViewer, e: WatchEvent): void {
    if (this.outcome.kind !== 'waiting') return;
    if (e.type === 'DELETED') this.outcome = { kind: 'failed', error: new KubectlError(ERR_OBJECT_DELETED) };
    else if (e.type === 'ADDED' || e.type === 'MODIFIED') this.observe(viewer, e.object);
  }

  private observe(viewer: StatusViewer, obj: KubeObject): void {
    try {
      const status = viewer(obj, this.o.revision);
      this.pending += status.message;
      if (status.done || !this.o.watch) this.outcome = { kind: 'done' };
    } catch (e) {
      if (!(e instanceof KubectlError)) throw e;
      this.outcome = { kind: 'failed', error: e };
    }
  }

  private flush(): void {
    if (this.pending === '') return;
    this.ctx.io.stdout.write(this.pending);
    this.pending = '';
  }
}

export const ROLLOUT_STATUS_COMMAND: KubectlCommand = commandFromHelp('status', ROLLOUT_STATUS_HELP, runStatus, 'kubectl rollout status');
