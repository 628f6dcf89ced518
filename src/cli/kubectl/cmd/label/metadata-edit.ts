// What `kubectl label` and `kubectl annotate` share (label.go, annotate.go): TYPE NAME… then
// KEY=VALUE / KEY- pairs, --overwrite, --all, -l, --list, and a merge patch of metadata.<field>.

import { isLabelValue, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { DryRun, dryRunStrategy, formatObject, outputFormat } from '../../util/mutation.ts';
import { parseResourceArgs } from '../../util/resource-args.ts';

export const ERR_NO_RESOURCES_PAIRS = 'one or more resources must be specified as <resource> <name> or <resource>/<name>';
export const ERR_RESOURCES_BEFORE = (kind: string, args: string): string => `all resources must be specified before ${kind} changes: ${args}`;

export interface MetadataEditSpec {
  readonly field: 'labels' | 'annotations';
  /** `label` / `annotation`, as the messages name one. */
  readonly noun: string;
  readonly listTitle: string;
  parsePairs(pairs: readonly string[]): { set: Record<string, string>; remove: string[] };
  checkOverwrite(current: Record<string, string>, set: Record<string, string>): void;
  message(before: Record<string, string>, after: Record<string, string>, overwrite: boolean): string;
}

function splitArgs(args: readonly string[], noun: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const a of args) {
    if (a.includes('=') || (a.endsWith('-') && a !== '-')) pairs.push(a);
    else if (pairs.length > 0) throw new KubectlError(ERR_RESOURCES_BEFORE(noun, args.join(' ')));
    else resources.push(a);
  }
  return { resources, pairs };
}

function targets(ctx: KubectlContext, parsed: ParsedArgs, resources: readonly string[]): Array<{ info: ResourceInfo; obj: KubeObject }> {
  const out: Array<{ info: ResourceInfo; obj: KubeObject }> = [];
  const selector = flagString(parsed, 'selector');
  for (const { info, names } of parseResourceArgs(resources, ctx.client.kinds())) {
    const ns = info.namespaced ? ctx.namespace : undefined;
    if (names.length > 0) out.push(...names.map((n) => ({ info, obj: ctx.client.server.get(info, ns, n) })));
    else if (flagBool(parsed, 'all') || selector !== '') {
      const listNs = flagBool(parsed, 'all-namespaces') ? undefined : ns;
      out.push(...ctx.client.server.list(info, listNs, { labelSelector: selector }).items.map((obj) => ({ info, obj })));
    } else throw new KubectlError('resource(s) were provided, but no name was specified');
  }
  return out;
}

export function runMetadataEdit(spec: MetadataEditSpec, ctx: KubectlContext, parsed: ParsedArgs): number {
  const { resources, pairs } = splitArgs(parsed.args, spec.noun);
  const list = flagBool(parsed, 'list');
  if (resources.length === 0) throw new KubectlError(ERR_NO_RESOURCES_PAIRS);
  if (pairs.length === 0 && !list) throw new KubectlError(`at least one ${spec.noun} update is required`);
  const { set, remove } = spec.parsePairs(pairs);
  const dryRun = dryRunStrategy(ctx, parsed);
  const output = outputFormat(parsed);
  const overwrite = flagBool(parsed, 'overwrite');
  const errors: unknown[] = [];
  for (const { info, obj } of targets(ctx, parsed, resources)) {
    try {
      editOne(ctx, spec, { info, obj, set, remove, overwrite, dryRun, list, output });
    } catch (err) {
      errors.push(err);
    }
  }
  return reportErrors(ctx, errors);
}

interface EditOne {
  readonly info: ResourceInfo; readonly obj: KubeObject; readonly set: Record<string, string>; readonly remove: readonly string[];
  readonly overwrite: boolean; readonly dryRun: DryRun; readonly list: boolean; readonly output: ReturnType<typeof outputFormat>;
}

function editOne(ctx: KubectlContext, spec: MetadataEditSpec, e: EditOne): void {
  const before: Record<string, string> = { ...((e.obj.metadata[spec.field] as Record<string, string> | undefined) ?? {}) };
  if (e.list) {
    ctx.io.stdout.write(`${spec.listTitle} for ${e.info.kind}.${e.info.group}/${e.obj.metadata.name ?? ''}:\n`);
    for (const [k, v] of Object.entries(before)) ctx.io.stdout.write(`  ${k}=${v}\n`);
    return;
  }
  if (!e.overwrite) spec.checkOverwrite(before, e.set);
  const after = { ...before, ...e.set };
  const patch: Record<string, string | null> = { ...e.set };
  for (const key of e.remove) {
    if (!(key in before)) ctx.io.stdout.write(`${spec.noun} "${key}" not found.\n`);
    delete after[key];
    patch[key] = null;
  }
  const message = spec.message(before, after, e.overwrite);
  let result = e.obj;
  const changed = JSON.stringify(before) !== JSON.stringify(after);
  if (changed && e.dryRun !== DryRun.Client) {
    const ns = e.info.namespaced ? e.obj.metadata.namespace : undefined;
    result = ctx.client.server.patch(e.info, ns, e.obj.metadata.name ?? '', 'merge', { metadata: { [spec.field]: patch } }, { dryRun: e.dryRun === DryRun.Server });
  }
  ctx.io.stdout.write(formatObject(e.info, result, { output: e.output, operation: message, dryRun: e.dryRun }));
}

export function labelValueErrors(value: string): string[] {
  return isLabelValue(value);
}
