// The options every mutating kubectl command shares (cmdutil): --dry-run, --validate and the
// print flags (-o), and how the result is printed: the name printer's `deployment.apps/web created`
// (with ` (dry run)` / ` (server dry run)`) or the object as YAML/JSON.

import { clone, type KubeObject, type ResourceInfo } from '../../../engine/index.ts';
import type { KubectlContext } from '../command.ts';
import { KubectlError } from '../command.ts';
import { flagString, type ParsedArgs } from '../flags.ts';
import { nameOf, toJson, toYaml } from '../printers/output.ts';

export const DryRun = { None: 'none', Client: 'client', Server: 'server' } as const;
export type DryRun = (typeof DryRun)[keyof typeof DryRun];

export const OutputFormat = { Name: 'name', Yaml: 'yaml', Json: 'json', Default: '' } as const;
export type OutputFormat = (typeof OutputFormat)[keyof typeof OutputFormat];

const PRINTER_FORMATS = 'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';
export const ERR_NO_PRINTER = (format: string): string =>
  `unable to match a printer suitable for the output format "${format}", allowed formats are: ${PRINTER_FORMATS}`;
export const ERR_DRY_RUN_VALUE = (value: string): string => `Invalid dry-run value (${value}). Must be "none", "server", or "client".`;
export const ERR_VALIDATE_VALUE = (value: string): string =>
  `invalid - validate option "${value}"; must be one of: strict (or true), warn, ignore (or false)`;

const TRUE_VALUES = new Set(['1', 't', 'T', 'true', 'TRUE', 'True']);
const FALSE_VALUES = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False']);
/** The process id klog prints in warning headers; fixed for determinism. */
const KLOG_PID = 24817;

/** cmdutil.GetDryRunStrategy, with klog's deprecation warnings for the old forms. */
export function dryRunStrategy(ctx: KubectlContext, parsed: ParsedArgs): DryRun {
  const value = flagString(parsed, 'dry-run') || 'none';
  if (value === 'unchanged') {
    klogWarning(ctx, 'helpers.go:703', '--dry-run is deprecated and can be replaced with --dry-run=client.');
    return DryRun.Client;
  }
  if (TRUE_VALUES.has(value) || FALSE_VALUES.has(value)) {
    const on = TRUE_VALUES.has(value);
    klogWarning(ctx, on ? 'helpers.go:717' : 'helpers.go:720',
      `--dry-run=${value} is deprecated (boolean value) and can be replaced with --dry-run=${on ? 'client' : 'none'}.`);
    return on ? DryRun.Client : DryRun.None;
  }
  if (value === 'client' || value === 'server' || value === 'none') return value;
  throw new KubectlError(ERR_DRY_RUN_VALUE(value));
}

/** cmdutil.GetValidationDirective: only checks the value; the server always validates strictly. */
export function checkValidateFlag(parsed: ParsedArgs): void {
  if (!parsed.flags.has('validate')) return;
  const value = flagString(parsed, 'validate');
  if (TRUE_VALUES.has(value) || FALSE_VALUES.has(value) || ['strict', 'warn', 'ignore'].includes(value)) return;
  throw new KubectlError(ERR_VALIDATE_VALUE(value));
}

/** PrintFlags.ToPrinter: the -o value, rejected when no printer matches. */
export function outputFormat(parsed: ParsedArgs): OutputFormat {
  const value = flagString(parsed, 'output');
  if (value === '' || value === 'name' || value === 'yaml' || value === 'json') return value;
  throw new KubectlError(ERR_NO_PRINTER(value));
}

export interface PrintOptions {
  readonly output: OutputFormat;
  readonly operation: string;
  readonly dryRun: DryRun;
}

/** What the command prints for one object it changed. */
export function printObject(ctx: KubectlContext, info: ResourceInfo, obj: KubeObject, opts: PrintOptions): void {
  ctx.io.stdout.write(formatObject(info, obj, opts));
}

export function formatObject(info: ResourceInfo, obj: KubeObject, opts: PrintOptions): string {
  switch (opts.output) {
    // Cloning breaks shared references, which a YAML dump would print as anchors.
    case OutputFormat.Yaml: return toYaml(clone(obj));
    case OutputFormat.Json: return toJson(obj);
    case OutputFormat.Name: return `${nameOf(info, obj)}\n`;
    case OutputFormat.Default: return `${nameOf(info, obj)} ${opts.operation}${dryRunSuffix(opts.dryRun)}\n`;
  }
}

export function dryRunSuffix(dryRun: DryRun): string {
  return dryRun === DryRun.Client ? ' (dry run)' : dryRun === DryRun.Server ? ' (server dry run)' : '';
}

/** A klog warning line as kubectl writes it to stderr: `W0317 09:00:00.000000   24817 file:line] msg`. */
export function klogWarning(ctx: KubectlContext, location: string, message: string): void {
  klogLine(ctx, 'W', location, message);
}

/** A klog line of any level (`E…` for errors), same header as klogWarning's. */
export function klogLine(ctx: KubectlContext, level: 'W' | 'E', location: string, message: string): void {
  const d = new Date(ctx.nowMs());
  const two = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${String(d.getUTCMilliseconds() * 1000).padStart(6, '0')}`;
  ctx.io.stderr.write(`${level}${stamp} ${String(KLOG_PID).padStart(7)} ${location}] ${message}\n`);
}
