// `kubectl events [--for TYPE/NAME] [--types=Warning] [-A] [-w] [-o format]`
// (pkg/cmd/events/events.go, v1.31): the namespace's events sorted by time; with -w the events
// the watch replays (in list order), then new ones as they happen, until Ctrl-C.

import { apiVersionOf, type KubeObject, type WatchEvent } from '../../../../engine/index.ts';
import type { CommandResult, Process } from '../../../shell/types.ts';
import { KubectlError, type KubectlContext, type KubectlCommand } from '../../command.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { ObjectPrinter, readTemplateFile } from '../../printers/object-printer.ts';
import { ERR_NO_PRINTER } from '../../printers/errors.ts';
import { OBJECT_OUTPUT_FORMATS, parseOutputFormat, type OutputFormat } from '../../printers/print-flags.ts';
import { TABLE_TABWRITER, TabWriter } from '../../printers/tabwriter.ts';
import { commandFromHelp } from '../../util/help.ts';
import { resolveType } from '../../util/resource-args.ts';
import { ERR_TOO_MANY_SLASHES } from '../logs/pod-for-object.ts';
import { EVENTS_HELP } from './help.ts';
import { eventRow, HEADER, sortEvents, type EventPrinterOptions } from './printer.ts';

export const ERR_FOR_FORM = '--for must be in resource/name form';
export const ERR_TYPES = 'valid --types are Normal or Warning';
export const MSG_NO_EVENTS = (namespace: string | undefined): string => (namespace === undefined ? 'No events found.\n' : `No events found in ${namespace} namespace.\n`);
const CTRL_C_EXIT = 130;
/** Bound on watch events waiting for the next poll; older ones are dropped beyond it. */
const MAX_QUEUED_EVENTS = 10_000;

interface EventsOptions {
  readonly namespace: string | undefined;
  readonly fieldSelector: string;
  readonly types: readonly string[];
  readonly format: Exclude<OutputFormat, { kind: 'human' }> | undefined;
  readonly table: EventPrinterOptions;
}

/** --for TYPE/NAME as a field selector on the involved object (decodeResourceTypeName). */
function forSelector(forObject: string): string {
  if (forObject === '') return '';
  if (!forObject.includes('/')) throw new KubectlError(ERR_FOR_FORM);
  const parts = forObject.split('/');
  if (parts.length !== 2) throw new KubectlError(ERR_TOO_MANY_SLASHES);
  const info = resolveType(parts[0]!.toLowerCase());
  return `involvedObject.kind=${info.kind},involvedObject.apiVersion=${apiVersionOf(info.group, info.version)},involvedObject.name=${parts[1]!}`;
}

function eventsOptions(ctx: KubectlContext, parsed: ParsedArgs): EventsOptions {
  const allNamespaces = flagBool(parsed, 'all-namespaces');
  const fieldSelector = forSelector(flagString(parsed, 'for'));
  const types = [...new Set(flagList(parsed, 'types'))].sort();
  const output = flagString(parsed, 'output');
  const format = output === '' ? undefined
    : parseOutputFormat(output, { allowed: OBJECT_OUTPUT_FORMATS, allowMissingKeys: flagBool(parsed, 'allow-missing-template-keys'), readFile: (p) => readTemplateFile(ctx, p) });
  if (format?.kind === 'human') throw new KubectlError(ERR_NO_PRINTER(output, OBJECT_OUTPUT_FORMATS));
  if (types.some((t) => !['normal', 'warning'].includes(t.toLowerCase()))) throw new KubectlError(ERR_TYPES);
  return {
    namespace: allNamespaces ? undefined : ctx.namespace, fieldSelector, types, format,
    table: { noHeaders: flagBool(parsed, 'no-headers'), allNamespaces },
  };
}

const wanted = (o: EventsOptions, e: KubeObject): boolean =>
  o.types.length === 0 || o.types.some((t) => t.toLowerCase() === String(e.type ?? '').toLowerCase());

/** Prints events as they come: the table (header once, widths remembered) or the -o format. */
function eventWriter(ctx: KubectlContext, o: EventsOptions): { list(events: readonly KubeObject[], nowMs: number): void; one(e: KubeObject, nowMs: number): void } {
  const w = new TabWriter(TABLE_TABWRITER, (t) => ctx.io.stdout.write(t));
  let headed = o.table.noHeaders;
  const rows = (events: readonly KubeObject[], nowMs: number): void => {
    if (!headed) w.write(HEADER(o.table));
    headed = true;
    for (const e of events) w.write(eventRow(nowMs, e, o.table));
    w.flush();
  };
  if (!o.format) return { list: rows, one: (e, nowMs) => rows([e], nowMs) };
  const printer = new ObjectPrinter(o.format);
  const print = (obj: KubeObject): void => ctx.io.stdout.write(printer.print(obj) + printer.finish());
  return {
    list: (events) => {
      if (o.format?.kind === 'name') events.forEach(print);
      else print({ apiVersion: 'v1', kind: 'EventList', metadata: {}, items: events } as unknown as KubeObject);
    },
    one: print,
  };
}

function runEvents(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  const o = eventsOptions(ctx, parsed);
  const info = ctx.client.info('/events');
  const listOpts = { fieldSelector: o.fieldSelector };
  if (flagBool(parsed, 'watch')) return watchEvents(ctx, o);
  const events = ctx.client.server.list(info, o.namespace, listOpts).items.filter((e) => wanted(o, e));
  if (events.length === 0) {
    ctx.io.stderr.write(MSG_NO_EVENTS(o.namespace));
    return 0;
  }
  eventWriter(ctx, o).list(sortEvents(events), ctx.nowMs());
  return 0;
}

/** -w: the watch's replay of current events (list order), then new and changed ones, until Ctrl-C. */
function watchEvents(ctx: KubectlContext, o: EventsOptions): Process {
  const info = ctx.client.info('/events');
  const out = eventWriter(ctx, o);
  for (const e of ctx.client.server.list(info, o.namespace, { fieldSelector: o.fieldSelector }).items) {
    if (wanted(o, e)) out.one(e, ctx.nowMs());
  }
  const queue: Array<{ object: KubeObject; atMs: number }> = [];
  const stop = ctx.client.server.watch(info, o.namespace, { fieldSelector: o.fieldSelector }, (e: WatchEvent) => {
    if (e.type === 'DELETED' || !wanted(o, e.object)) return;
    if (queue.length >= MAX_QUEUED_EVENTS) queue.shift();
    queue.push({ object: e.object, atMs: ctx.nowMs() });
  });
  let exitCode: number | undefined;
  return {
    get done() { return exitCode !== undefined; },
    get exitCode() { return exitCode ?? 0; },
    wakeAtMs: () => undefined,
    poll: () => {
      if (exitCode === undefined) for (const e of queue.splice(0)) out.one(e.object, e.atMs);
    },
    cancel: () => {
      if (exitCode !== undefined) return;
      exitCode = CTRL_C_EXIT;
      stop();
    },
  };
}

export const EVENTS_COMMAND: KubectlCommand = commandFromHelp('events', EVENTS_HELP, runEvents);
