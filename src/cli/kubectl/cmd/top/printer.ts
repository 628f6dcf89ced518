// kubectl's TopCmdPrinter (pkg/metricsutil/metrics_printer.go and metrics_sorter.go, v1.31): the
// node and pod tables, `<unknown>` rows for nodes without metrics, the --sum footer, the sort orders.

import type { ContainerMetrics, NodeMetrics, PodMetrics } from '../../../../engine/index.ts';
import { TABLE_TABWRITER, tabbed } from '../../printers/tabwriter.ts';

export const NODE_COLUMNS = ['NAME', 'CPU(cores)', 'CPU%', 'MEMORY(bytes)', 'MEMORY%'] as const;
export const POD_COLUMNS = ['NAME', 'CPU(cores)', 'MEMORY(bytes)'] as const;
const UNKNOWN = '<unknown>';
const SUM_RULE = '________';
const MI = 1024 * 1024;

export type SortBy = '' | 'cpu' | 'memory';

/** What a node can give: Allocatable (or Capacity with --show-capacity), in millicores and bytes. */
export interface NodeAvailable {
  readonly cpuMilli: number;
  readonly memoryBytes: number;
}

interface Usage {
  readonly cpuNanoCores: number;
  readonly memoryBytes: number;
}

/** Quantity.MilliValue() of a nanocores quantity rounds up. */
const cpuMilli = (u: Usage): number => Math.ceil(u.cpuNanoCores / 1_000_000);
const cpuText = (u: Usage): string => `${cpuMilli(u)}m`;
const memoryText = (u: Usage): string => `${Math.floor(u.memoryBytes / MI)}Mi`;
const percent = (used: number, available: number): string => `${available === 0 ? 0 : Math.trunc((used / available) * 100)}%`;
const cells = (values: readonly string[]): string => values.map((v) => `${v}\t`).join('') + '\n';

function byUsage<T extends Usage>(sortBy: SortBy, byName: (a: T, b: T) => number): (a: T, b: T) => number {
  if (sortBy === 'cpu') return (a, b) => cpuMilli(b) - cpuMilli(a);
  if (sortBy === 'memory') return (a, b) => b.memoryBytes - a.memoryBytes;
  return byName;
}

const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function printNodeMetrics(metrics: readonly NodeMetrics[], available: ReadonlyMap<string, NodeAvailable>, noHeaders: boolean, sortBy: SortBy): string {
  if (metrics.length === 0) return '';
  let text = noHeaders ? '' : cells(NODE_COLUMNS);
  const missing = new Map(available);
  for (const m of [...metrics].sort(byUsage<NodeMetrics>(sortBy, (a, b) => compareNames(a.name, b.name)))) {
    const a = available.get(m.name);
    const row = [m.name, cpuText(m)];
    if (a) row.push(percent(cpuMilli(m), a.cpuMilli));
    row.push(memoryText(m));
    if (a) row.push(percent(m.memoryBytes, a.memoryBytes));
    text += cells(row);
    missing.delete(m.name);
  }
  for (const name of [...missing.keys()].sort()) text += cells([name, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN]);
  return tabbed(TABLE_TABWRITER, text);
}

export interface PodPrintOptions {
  readonly containers: boolean;
  readonly withNamespace: boolean;
  readonly noHeaders: boolean;
  readonly sortBy: SortBy;
  readonly sum: boolean;
}

function podUsage(m: PodMetrics): Usage {
  return m.containers.reduce((t, c) => ({ cpuNanoCores: t.cpuNanoCores + c.cpuNanoCores, memoryBytes: t.memoryBytes + c.memoryBytes }), { cpuNanoCores: 0, memoryBytes: 0 });
}

export function printPodMetrics(metrics: readonly PodMetrics[], o: PodPrintOptions): string {
  if (metrics.length === 0) return '';
  let text = '';
  let columnWidth: number = POD_COLUMNS.length;
  if (!o.noHeaders) {
    const head: string[] = [];
    if (o.withNamespace) head.push('NAMESPACE');
    if (o.containers) head.push('POD');
    columnWidth += head.length;
    text += cells([...head, ...POD_COLUMNS]);
  }
  const pods = metrics.map((m) => ({ m, ...podUsage(m) }))
    .sort(byUsage(o.sortBy, (a, b) => (o.withNamespace && a.m.namespace !== b.m.namespace ? compareNames(a.m.namespace, b.m.namespace) : compareNames(a.m.name, b.m.name))));
  for (const pod of pods) {
    const prefix = o.withNamespace ? [pod.m.namespace] : [];
    if (!o.containers) {
      text += cells([...prefix, pod.m.name, cpuText(pod), memoryText(pod)]);
      continue;
    }
    const containers = [...pod.m.containers].sort(byUsage<ContainerMetrics>(o.sortBy, (a, b) => compareNames(a.name, b.name)));
    for (const c of containers) text += cells([...prefix, pod.m.name, c.name, cpuText(c), memoryText(c)]);
  }
  if (o.sum) {
    const total = pods.reduce((t, p) => ({ cpuNanoCores: t.cpuNanoCores + p.cpuNanoCores, memoryBytes: t.memoryBytes + p.memoryBytes }), { cpuNanoCores: 0, memoryBytes: 0 });
    text += cells([...Array<string>(Math.max(0, columnWidth - 2)).fill(''), SUM_RULE, SUM_RULE]);
    text += cells([...Array<string>(Math.max(0, columnWidth - 3)).fill(''), '', cpuText(total), memoryText(total)]);
  }
  return tabbed(TABLE_TABWRITER, text);
}
