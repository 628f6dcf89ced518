// `kubectl top node [NAME | -l label]` (pkg/cmd/top/top_node.go, v1.31): node usage from the Metrics
// API against the nodes' Allocatable (or Capacity with --show-capacity).

import { milliValue, quantityValue, tryParseQuantity, type KubeObject, type NodeMetrics } from '../../../../engine/index.ts';
import { KubectlError, UsageError, type KubectlContext } from '../../command.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import { commandFromHelp } from '../../util/help.ts';
import { TOP_NODE_HELP } from './help.ts';
import { printNodeMetrics, type NodeAvailable } from './printer.ts';
import { ERR_METRICS_API, ERR_NOT_YET, sortByFlag } from './top-errors.ts';

export const ERR_NODE_NAME_AND_SELECTOR = 'only one of NAME or --selector can be provided';

function availableOf(node: KubeObject, capacity: boolean): NodeAvailable {
  const status = node.status as { allocatable?: Record<string, unknown>; capacity?: Record<string, unknown> } | undefined;
  const list = (capacity ? status?.capacity : status?.allocatable) ?? {};
  const cpu = tryParseQuantity(list.cpu);
  const memory = tryParseQuantity(list.memory);
  return { cpuMilli: cpu ? milliValue(cpu) : 0, memoryBytes: memory ? quantityValue(memory) : 0 };
}

function runTopNode(ctx: KubectlContext, parsed: ParsedArgs): number {
  if (parsed.args.length > 1) throw new UsageError('node [NAME | -l label]');
  const name = parsed.args[0] ?? '';
  const selector = flagString(parsed, 'selector');
  const sortBy = sortByFlag(parsed);
  if (name !== '' && selector !== '') throw new KubectlError(ERR_NODE_NAME_AND_SELECTOR);
  const { metrics } = ctx.cluster;
  if (!metrics.apiAvailable()) throw new KubectlError(ERR_METRICS_API);
  const nodesInfo = ctx.client.info('/nodes');
  const nodes = name !== '' ? undefined : ctx.client.server.list(nodesInfo, undefined, { labelSelector: selector }).items;
  const selected = new Set(nodes?.map((n) => n.metadata.name!));
  const usage: NodeMetrics[] = name !== '' ? [metrics.node(name)] : metrics.nodes().filter((m) => selected.has(m.name));
  if (usage.length === 0) throw new KubectlError(ERR_NOT_YET);
  const showCapacity = flagBool(parsed, 'show-capacity');
  const available = new Map((nodes ?? [ctx.client.server.get(nodesInfo, undefined, name)]).map((n) => [n.metadata.name!, availableOf(n, showCapacity)]));
  ctx.io.stdout.write(printNodeMetrics(usage, available, flagBool(parsed, 'no-headers'), sortBy));
  return 0;
}

export const TOP_NODE_COMMAND = { ...commandFromHelp('node', TOP_NODE_HELP, runTopNode, 'kubectl top node'), aliases: TOP_NODE_HELP.aliases ?? [] };
