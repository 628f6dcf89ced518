// `kubectl cordon NODE` and the cordon step shared by uncordon and drain (pkg/cmd/drain/drain.go
// RunCordonOrUncordon, pkg/drain/cordon.go, v1.31): spec.unschedulable patched, `node/x cordoned`,
// `already cordoned` when nothing changes, `(dry run)` suffixes; nodes by name or -l selector.

import type { KubeObject } from '../../../../engine/index.ts';
import { UsageError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagString, type ParsedArgs } from '../../flags.ts';
import { messageOf, reportErrors } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { DryRun, dryRunStrategy, formatObject, OutputFormat } from '../../util/mutation.ts';
import { CORDON_HELP } from './help.ts';

export const ERR_NAME_AND_SELECTOR = 'cannot specify both a node name and a --selector option';
export const ERR_USAGE = (verb: string): string => `USAGE: ${verb} NODE [flags]`;

/** Complete: the nodes named (or selected), the errors of those that could not be read. */
export function selectNodes(ctx: KubectlContext, parsed: ParsedArgs, verb: string): { nodes: KubeObject[]; errors: unknown[] } {
  const selector = flagString(parsed, 'selector');
  if (parsed.args.length === 0 && selector === '') throw new UsageError(ERR_USAGE(verb));
  if (parsed.args.length > 0 && selector !== '') throw new UsageError(ERR_NAME_AND_SELECTOR);
  const info = ctx.client.info('/nodes');
  if (selector !== '') return { nodes: ctx.client.server.list(info, undefined, { labelSelector: selector }).items, errors: [] };
  const nodes: KubeObject[] = [];
  const errors: unknown[] = [];
  for (const name of parsed.args) {
    try {
      nodes.push(ctx.client.server.get(info, undefined, name));
    } catch (err) {
      errors.push(err);
    }
  }
  return { nodes, errors };
}

/** RunCordonOrUncordon: each node patched when it must change; errors printed as they come. */
export function cordonNodes(ctx: KubectlContext, nodes: readonly KubeObject[], desired: boolean, dryRun: DryRun): void {
  const verb = desired ? 'cordon' : 'uncordon';
  const info = ctx.client.info('/nodes');
  for (const node of nodes) {
    const name = node.metadata.name ?? '';
    const current = (node.spec as { unschedulable?: boolean } | undefined)?.unschedulable ?? false;
    if (current === desired) {
      ctx.io.stdout.write(formatObject(info, node, { output: OutputFormat.Default, operation: `already ${verb}ed`, dryRun }));
      continue;
    }
    if (dryRun !== DryRun.Client) {
      try {
        ctx.client.server.patch(info, undefined, name, 'strategic', { spec: { unschedulable: desired ? true : null } }, { dryRun: dryRun === DryRun.Server });
      } catch (err) {
        ctx.io.stderr.write(`error: unable to ${verb} node "${name}": ${messageOf(err)}\n`);
        continue;
      }
    }
    ctx.io.stdout.write(formatObject(info, node, { output: OutputFormat.Default, operation: `${verb}ed`, dryRun }));
  }
}

export function runCordonCommand(desired: boolean): KubectlCommand['run'] {
  return (ctx: KubectlContext, parsed: ParsedArgs): number => {
    const dryRun = dryRunStrategy(ctx, parsed);
    const { nodes, errors } = selectNodes(ctx, parsed, desired ? 'cordon' : 'uncordon');
    if (errors.length > 0) return reportErrors(ctx, errors);
    cordonNodes(ctx, nodes, desired, dryRun);
    return 0;
  };
}

export const CORDON_COMMAND: KubectlCommand = commandFromHelp('cordon', CORDON_HELP, runCordonCommand(true));
