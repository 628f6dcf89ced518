// `kubectl get -w` / `--watch-only` (get.go watch): prints the current table (or objects), then one
// row per watch event without a header; the tab writer remembers column widths, so rows line up under
// the first table and widen when a longer cell arrives. Runs until Ctrl-C.
// Determinism: events are queued by the store's synchronous watch and printed on the next poll,
// each row stamped with the virtual time its event happened.

import type { KubeObject, WatchEvent } from '../../../../engine/index.ts';
import type { Process } from '../../../shell/types.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { ObjectPrinter, readTemplateFile } from '../../printers/object-printer.ts';
import { GET_OUTPUT_FORMATS, parseOutputFormat } from '../../printers/print-flags.ts';
import { buildTable } from '../../printers/table/registry.ts';
import { HumanReadablePrinter } from '../../printers/table-printer.ts';
import { TABLE_TABWRITER, TabWriter } from '../../printers/tabwriter.ts';
import { ERR_NO_PRINTER } from '../../printers/errors.ts';
import { ERR_MISSING_RESOURCE, ERR_SINGLE_RESOURCE_TYPE } from './errors.ts';
import type { GetOptions } from './options.ts';
import { fetchVisit, planVisits, type FetchedInfo } from './resource-builder.ts';

/** Bound on events waiting for the next poll; older ones are dropped beyond it. */
const MAX_QUEUED_EVENTS = 10_000;
const CTRL_C_EXIT = 130;

interface QueuedEvent {
  readonly type: WatchEvent['type'];
  readonly object: KubeObject;
  readonly atMs: number;
}

export function startWatch(ctx: KubectlContext, o: GetOptions): Process {
  if (o.builder.args.length === 0 && o.builder.filenames.length === 0) throw new KubectlError(ERR_MISSING_RESOURCE);
  const plan = planVisits(ctx, o.builder);
  if (new Set(plan.visits.map((v) => v.info)).size > 1) throw new KubectlError(ERR_SINGLE_RESOURCE_TYPE);
  const fetched = plan.visits.map((v) => fetchVisit(ctx, v, o.builder));
  const first = fetched[0]!;
  const printer = watchPrinter(ctx, o, first);
  if (!o.watchOnly) printer.initial(fetched.flatMap((f) => f.objects));
  const names = plan.visits.flatMap((v) => (v.kind === 'name' ? [v.name] : []));
  const fieldSelector = names.length === 1 ? [o.builder.fieldSelector, `metadata.name=${names[0]!}`].filter((s) => s !== '').join(',') : o.builder.fieldSelector;
  const queue: QueuedEvent[] = [];
  const stop = ctx.client.server.watch(first.info, first.namespace, { labelSelector: o.builder.labelSelector, fieldSelector }, (e) => {
    if (names.length > 1 && !names.includes(e.object.metadata.name ?? '')) return;
    if (queue.length >= MAX_QUEUED_EVENTS) queue.shift();
    queue.push({ type: e.type, object: e.object, atMs: ctx.nowMs() });
  });
  let exitCode: number | undefined;
  const end = (code: number): void => {
    if (exitCode !== undefined) return;
    exitCode = code;
    stop();
  };
  return {
    get done() { return exitCode !== undefined; },
    get exitCode() { return exitCode ?? 0; },
    wakeAtMs: () => undefined,
    poll: () => {
      try {
        if (exitCode === undefined) for (const e of queue.splice(0)) printer.event(e);
      } catch (e) {
        // A printer failing on an event ends the watch, as it ends kubectl's watch loop.
        if (!(e instanceof KubectlError)) throw e;
        ctx.io.stderr.write(`error: ${e.message}\n`);
        end(1);
      }
    },
    cancel: () => end(CTRL_C_EXIT),
  };
}

interface WatchPrinter {
  /** The objects listed before watching, printed and flushed together. */
  initial(objects: readonly KubeObject[]): void;
  /** One watch event, flushed on its own (as kubectl flushes after each event). */
  event(e: QueuedEvent): void;
}

function watchPrinter(ctx: KubectlContext, o: GetOptions, first: FetchedInfo): WatchPrinter {
  const write = (text: string): void => { if (text !== '') ctx.io.stdout.write(text); };
  if (o.output !== '' && o.output !== 'wide') {
    const format = parseOutputFormat(o.output, { allowed: GET_OUTPUT_FORMATS, allowMissingKeys: o.allowMissingKeys, readFile: (p) => readTemplateFile(ctx, p) });
    if (format.kind === 'human') throw new KubectlError(ERR_NO_PRINTER(o.output, GET_OUTPUT_FORMATS));
    const printer = new ObjectPrinter(format, { noHeaders: o.noHeaders });
    const print = (objects: readonly KubeObject[]): void => {
      for (const obj of objects) write(printer.print(obj));
      write(printer.finish());
    };
    return { initial: print, event: (e) => print([e.object]) };
  }
  const w = new TabWriter(TABLE_TABWRITER, write);
  const printer = new HumanReadablePrinter({
    noHeaders: o.noHeaders,
    wide: o.output === 'wide',
    withNamespace: o.builder.allNamespaces && first.info.namespaced,
    showLabels: o.showLabels,
    columnLabels: o.labelColumns,
  });
  const eventType = (type: string): string | undefined => (o.outputWatchEvents ? type : undefined);
  return {
    initial(objects) {
      const nowMs = ctx.nowMs();
      if (objects.length === 0) printer.print(buildTable(first.info, [], { nowMs, wide: true }), w);
      for (const obj of objects) printer.print(buildTable(first.info, [obj], { nowMs, wide: true }), w, eventType('ADDED'));
      w.flush();
    },
    event(e) {
      printer.print(buildTable(first.info, [e.object], { nowMs: e.atMs, wide: true }), w, eventType(e.type));
      w.flush();
    },
  };
}
