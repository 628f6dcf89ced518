// `kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... [--overwrite] [--all | -l selector]`
// (pkg/cmd/taint/taint.go, v1.31): `node/x tainted`, `untainted`, `modified`, with kubectl's
// argument, overwrite and not-found errors.

import type { Node, Taint } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../../engine/index.ts';
import { KubectlError, UsageError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { checkValidateFlag, DryRun, dryRunStrategy, formatObject, outputFormat } from '../../util/mutation.ts';
import { resolveType } from '../../util/resource-args.ts';
import { TAINT_HELP } from './help.ts';
import { alreadyThere, conflicts, parseTaints, reorganize } from './taints.ts';

export const ERR_RESOURCES_FIRST = (arg: string): string => `all resources must be specified before taint changes: ${arg}`;
export const ERR_NO_RESOURCES = 'one or more resources must be specified as <resource> <name>';
export const ERR_NO_TAINTS = 'at least one taint update is required';
export const ERR_ONLY_NODES = (type: string): string => `invalid resource type ${type}, only node types are supported`;
export const ERR_MODIFY_AND_REMOVE = (taints: readonly string[]): string => `can not both modify and remove the following taint(s) in the same command: ${taints.join(', ')}`;
export const ERR_ALL_WITH_SELECTOR = "setting 'all' parameter with a non empty selector is prohibited";
export const ERR_NO_NAME = "at least one resource name must be specified since 'all' parameter is not set";
export const ERR_ALREADY_HAS = (node: string, keys: string): string => `node ${node} already has ${keys} taint(s) with same effect(s) and --overwrite is false`;

const isTaintArg = (s: string): boolean => s.includes('=') || s.includes(':') || s.endsWith('-');

/** Complete's split: resources first, then taint changes. */
function splitArgs(args: readonly string[]): { resources: string[]; specs: string[] } {
  const resources: string[] = [];
  const specs: string[] = [];
  for (const a of args) {
    if (isTaintArg(a)) specs.push(a);
    else if (specs.length > 0) throw new KubectlError(ERR_RESOURCES_FIRST(a));
    else resources.push(a);
  }
  if (resources.length === 0) throw new KubectlError(ERR_NO_RESOURCES);
  if (specs.length === 0) throw new KubectlError(ERR_NO_TAINTS);
  return { resources, specs };
}

function targetNodes(ctx: KubectlContext, parsed: ParsedArgs, resources: readonly string[]): { nodes: KubeObject[]; errors: unknown[] } {
  const info = ctx.client.info('/nodes');
  const selector = flagString(parsed, 'selector');
  if (flagBool(parsed, 'all') || selector !== '') return { nodes: ctx.client.server.list(info, undefined, { labelSelector: selector }).items, errors: [] };
  const nodes: KubeObject[] = [];
  const errors: unknown[] = [];
  for (const name of resources.slice(1)) {
    try {
      nodes.push(ctx.client.server.get(info, undefined, name));
    } catch (err) {
      errors.push(err);
    }
  }
  return { nodes, errors };
}

function runTaint(ctx: KubectlContext, parsed: ParsedArgs): number {
  const dryRun = dryRunStrategy(ctx, parsed);
  checkValidateFlag(parsed);
  const { resources, specs } = splitArgs(parsed.args);
  let add: Taint[];
  let remove: Taint[];
  try {
    ({ add, remove } = parseTaints(specs));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const type = resources[0]!.toLowerCase();
  if (resolveType(type).kind !== 'Node') throw new KubectlError(ERR_ONLY_NODES(type));
  const clashes = conflicts(add, remove);
  if (clashes.length > 0) throw new KubectlError(ERR_MODIFY_AND_REMOVE(clashes));
  const all = flagBool(parsed, 'all');
  const selector = flagString(parsed, 'selector');
  if (all && selector !== '') throw new KubectlError(ERR_ALL_WITH_SELECTOR);
  if (!all && selector === '' && resources.length < 2) throw new KubectlError(ERR_NO_NAME);
  const { nodes, errors } = targetNodes(ctx, parsed, resources);
  const overwrite = flagBool(parsed, 'overwrite');
  for (const node of nodes) {
    try {
      taintNode(ctx, parsed, node, { add, remove, overwrite, dryRun });
    } catch (err) {
      errors.push(err);
    }
  }
  return reportErrors(ctx, errors);
}

interface TaintChange {
  readonly add: readonly Taint[];
  readonly remove: readonly Taint[];
  readonly overwrite: boolean;
  readonly dryRun: DryRun;
}

function taintNode(ctx: KubectlContext, parsed: ParsedArgs, node: KubeObject, c: TaintChange): void {
  const name = node.metadata.name ?? '';
  const current = (node as unknown as Node).spec?.taints ?? [];
  if (!c.overwrite) {
    const existing = alreadyThere(current, c.add);
    if (existing !== '') throw new KubectlError(ERR_ALREADY_HAS(name, existing));
  }
  const { taints, operation, errors } = reorganize(current, c.overwrite, c.add, c.remove);
  if (errors.length > 0) throw new KubectlError(errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`);
  const info = ctx.client.info('/nodes');
  const patch = { spec: { taints: taints.length > 0 ? taints : null } };
  const output = outputFormat(parsed);
  const result = c.dryRun === DryRun.Client ? withTaints(node, taints)
    : ctx.client.server.patch(info, undefined, name, 'merge', patch, { dryRun: c.dryRun === DryRun.Server });
  ctx.io.stdout.write(formatObject(info, result, { output, operation, dryRun: c.dryRun }));
}

/** The node as the patch would leave it (--dry-run=client prints it without sending). */
function withTaints(node: KubeObject, taints: readonly Taint[]): KubeObject {
  const { taints: _old, ...spec } = (node.spec ?? {}) as { taints?: unknown };
  return { ...node, spec: taints.length > 0 ? { ...spec, taints } : spec };
}

export const TAINT_COMMAND: KubectlCommand = commandFromHelp('taint', TAINT_HELP, runTaint);
