// `kubectl drain NODE` (pkg/cmd/drain/drain.go RunDrain, v1.31): cordon, then for each node the pods
// to delete (filters.ts; their warnings, or `cannot delete …` refusing the node), evicted or deleted
// and waited for (node-drain.ts), `node/x drained`; nodes that failed are listed at the end.

import { isStatusError, parseLabelSelector, type KubeObject } from '../../../../engine/index.ts';
import type { CommandResult } from '../../../shell/types.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { FlagError, flagBool, flagInt, flagString, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { DryRun, dryRunStrategy } from '../../util/mutation.ts';
import { cordonNodes, selectNodes } from '../cordon/cordon.ts';
import { parseGoDuration } from '../logs/go-time.ts';
import { filterPods, type FilterOptions, type PodDeleteList } from './filters.ts';
import { DRAIN_HELP } from './help.ts';
import { NodeDrain, type NodeDrainOptions } from './node-drain.ts';
import { SteppedProcess } from '../../../shell/stepped-process.ts';

export const ERR_POD_SELECTOR = '--pod-selector=<pod_selector> must be a valid label selector';

interface DrainOptions extends NodeDrainOptions {
  readonly dryRun: DryRun;
  readonly podSelector: string;
  readonly filter: Omit<FilterOptions, 'nowMs' | 'daemonSetMissing'>;
}

function complete(ctx: KubectlContext, parsed: ParsedArgs): DrainOptions {
  const raw = flagString(parsed, 'timeout') || '0s';
  const timeout = parseGoDuration(raw);
  if (!timeout.ok) throw new FlagError(`invalid argument "${raw}" for "--timeout" flag: ${timeout.error}`);
  const dryRun = dryRunStrategy(ctx, parsed);
  const podSelector = flagString(parsed, 'pod-selector');
  if (podSelector !== '') {
    try {
      parseLabelSelector(podSelector);
    } catch {
      throw new KubectlError(ERR_POD_SELECTOR);
    }
  }
  const skip = flagInt(parsed, 'skip-wait-for-delete-timeout') ?? 0;
  return {
    dryRun, podSelector, timeoutMs: Math.max(0, timeout.value), serverDryRun: dryRun === DryRun.Server,
    gracePeriodSeconds: flagInt(parsed, 'grace-period') ?? -1, disableEviction: flagBool(parsed, 'disable-eviction'),
    skipWaitForDeleteTimeoutSeconds: skip,
    filter: { force: flagBool(parsed, 'force'), ignoreDaemonSets: flagBool(parsed, 'ignore-daemonsets'), deleteEmptyDirData: flagBool(parsed, 'delete-emptydir-data'), skipWaitForDeleteTimeoutSeconds: skip },
  };
}

/** GetPodsForDeletion: the node's pods (by --pod-selector), filtered. */
function podsForDeletion(ctx: KubectlContext, node: string, o: DrainOptions): PodDeleteList {
  const pods = ctx.client.server.list(ctx.client.info('/pods'), undefined, { labelSelector: o.podSelector, fieldSelector: `spec.nodeName=${node}` }).items;
  const daemonSets = ctx.client.info('apps/daemonsets');
  return filterPods(pods, {
    ...o.filter, nowMs: ctx.nowMs(),
    daemonSetMissing: (ns, name) => {
      try {
        ctx.client.server.get(daemonSets, ns, name);
        return undefined;
      } catch (err) {
        if (!isStatusError(err)) throw err;
        return err.status.message;
      }
    },
  });
}

/** `[a, b]` for several errors, the error itself for one (utilerrors aggregate). */
function aggregate(messages: readonly string[]): string {
  const unique = [...new Set(messages)];
  return unique.length === 1 ? unique[0]! : `[${unique.join(', ')}]`;
}

class DrainRun extends SteppedProcess {
  private index = -1;
  private current: { node: string; drain: NodeDrain } | undefined;
  private readonly pendingNodes: string[] = [];
  /** Per failed node: its error, and the lines CheckErr prints for it when it is the only one. */
  private readonly fatal: Array<{ message: string; lines: readonly string[] }> = [];

  constructor(private readonly ctx: KubectlContext, private readonly nodes: readonly KubeObject[], private readonly o: DrainOptions) {
    super();
  }

  wakeAtMs(): number | undefined { return this.current?.drain.wakeAtMs(); }

  cancel(): void {
    if (!this.done) this.exit = 130;
  }

  protected advance(nowMs: number): void {
    for (;;) {
      if (this.current) {
        this.current.drain.advance(nowMs);
        if (!this.current.drain.done) return;
        this.finishNode(this.current.node, this.current.drain.errors);
        this.current = undefined;
      }
      if (++this.index >= this.nodes.length) return this.finish();
      this.beginNode(this.nodes[this.index]!.metadata.name ?? '', nowMs);
    }
  }

  private beginNode(node: string, nowMs: number): void {
    const list = podsForDeletion(this.ctx, node, this.o);
    if (list.errors.length > 0) return this.failNode(node, aggregate(list.errors), list.errors);
    if (list.warnings !== '') this.ctx.io.stderr.write(`Warning: ${list.warnings}\n`);
    if (this.o.dryRun === DryRun.Client) {
      for (const pod of list.pods) this.ctx.io.stdout.write(`evicting pod ${pod.metadata.namespace}/${pod.metadata.name} (dry run)\n`);
      return this.drained(node);
    }
    this.current = { node, drain: new NodeDrain(this.ctx, list.pods, this.o, nowMs) };
  }

  private finishNode(node: string, errors: readonly string[]): void {
    if (errors.length === 0) return this.drained(node);
    const message = aggregate(errors);
    const pending = podsForDeletion(this.ctx, node, this.o).pods;
    if (pending.length > 0) {
      this.ctx.io.stderr.write(`There are pending pods in node "${node}" when an error occurred: ${message}\n`);
      for (const pod of pending) this.ctx.io.stderr.write(`pod/${pod.metadata.name}\n`);
    }
    this.failNode(node, message, this.o.disableEviction ? [`error: ${message}`] : errors);
  }

  private drained(node: string): void {
    const suffix = this.o.dryRun === DryRun.Client ? ' (dry run)' : this.o.dryRun === DryRun.Server ? ' (server dry run)' : '';
    this.ctx.io.stdout.write(`node/${node} drained${suffix}\n`);
  }

  /** `continuing command...`; what CheckErr prints at the end is kept (one line per aggregated error). */
  private failNode(node: string, message: string, finalLines: readonly string[]): void {
    this.ctx.io.stderr.write(`error: unable to drain node "${node}" due to error: ${message}, continuing command...\n`);
    this.pendingNodes.push(node);
    this.fatal.push({ message, lines: finalLines });
  }

  private finish(): void {
    if (this.pendingNodes.length === 0) {
      this.exit = 0;
      return;
    }
    this.ctx.io.stderr.write(`There are pending nodes to be drained:\n${this.pendingNodes.map((n) => ` ${n}\n`).join('')}`);
    const lines = this.fatal.length === 1 ? this.fatal[0]!.lines : this.fatal.map((f) => f.message);
    this.ctx.io.stderr.write(lines.map((l) => `${l}\n`).join(''));
    this.exit = 1;
  }
}

function runDrain(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  const o = complete(ctx, parsed);
  const { nodes, errors } = selectNodes(ctx, parsed, 'drain');
  if (errors.length > 0) return reportErrors(ctx, errors.slice(0, 1));
  cordonNodes(ctx, nodes, true, o.dryRun);
  return new DrainRun(ctx, nodes, o).start(ctx.nowMs());
}

export const DRAIN_COMMAND: KubectlCommand = commandFromHelp('drain', DRAIN_HELP, runDrain);
