// The Metrics API (metrics.k8s.io/v1beta1) as metrics-server serves it: node and pod usage from the
// nodes' container runtimes, scraped every 15 s. Available only while the APIService
// `v1beta1.metrics.k8s.io` exists with condition Available=True (kube-aggregator's view).

import { notFound } from '../api/errors.ts';
import { milliValue, quantityValue, tryParseQuantity } from '../api/quantity.ts';
import type { KubeObject } from '../api/types.ts';
import type { VirtualClock } from '../base/clock.ts';
import { parseTime } from '../base/time.ts';
import type { ApiClient } from '../client/client.ts';
import type { KubeletsSnapshot } from '../kubelet/kubelets.ts';
import type { ContainerRecord, PodRecord } from '../kubelet/state.ts';
import { METRICS_APISERVICE, isAvailable } from './apiservice.ts';
import { containerUsage, nodeOverhead, type Usage } from './usage-model.ts';

/** metrics-server's --metric-resolution. */
export const SCRAPE_PERIOD_MS = 15_000;
const METRICS_GROUP = 'metrics.k8s.io';
const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

export interface ContainerMetrics extends Usage {
  readonly name: string;
}

export interface PodMetrics {
  readonly namespace: string;
  readonly name: string;
  readonly timestampMs: number;
  readonly windowMs: number;
  readonly containers: readonly ContainerMetrics[];
}

export interface NodeMetrics extends Usage {
  readonly name: string;
  readonly timestampMs: number;
  readonly windowMs: number;
}

export interface MetricsProviderDeps {
  readonly client: ApiClient;
  readonly clock: VirtualClock;
  readonly runtimes: () => KubeletsSnapshot;
}

export class MetricsProvider {
  constructor(private readonly deps: MetricsProviderDeps) {}

  /** Whether discovery lists metrics.k8s.io/v1beta1 (kubectl's SupportedMetricsAPIVersionAvailable). */
  apiAvailable(): boolean {
    return isAvailable(this.deps.client.get('apiregistration.k8s.io/apiservices', undefined, METRICS_APISERVICE));
  }

  /** The pods with metrics in `namespace` (all namespaces when undefined), as the list endpoint returns them. */
  pods(namespace: string | undefined): PodMetrics[] {
    const scrapeMs = this.lastScrapeMs();
    const out: PodMetrics[] = [];
    for (const runtime of Object.values(this.deps.runtimes())) {
      for (const record of Object.values(runtime.pods)) {
        if (namespace !== undefined && record.namespace !== namespace) continue;
        const m = this.podMetrics(record, scrapeMs);
        if (m) out.push(m);
      }
    }
    return out.sort((a, b) => (a.namespace + '/' + a.name < b.namespace + '/' + b.name ? -1 : 1));
  }

  /** GET podmetrics/<name>: NotFound when the pod has no metrics (yet). */
  pod(namespace: string, name: string): PodMetrics {
    const m = this.pods(namespace).find((p) => p.name === name);
    if (!m) throw notFound(METRICS_GROUP, 'podmetrics', name);
    return m;
  }

  nodes(): NodeMetrics[] {
    const scrapeMs = this.lastScrapeMs();
    if (scrapeMs < this.availableSinceMs()) return [];
    const window = scrapeMs / SCRAPE_PERIOD_MS;
    const out: NodeMetrics[] = [];
    for (const runtime of Object.values(this.deps.runtimes())) {
      const node = this.deps.client.get('/nodes', undefined, runtime.node);
      if (!node || !nodeReady(node)) continue;
      const controlPlane = node.metadata.labels?.[CONTROL_PLANE_LABEL] !== undefined;
      let { cpuNanoCores, memoryBytes } = nodeOverhead(runtime.node, controlPlane, window);
      for (const record of Object.values(runtime.pods)) {
        for (const c of this.podMetrics(record, scrapeMs)?.containers ?? []) {
          cpuNanoCores += c.cpuNanoCores;
          memoryBytes += c.memoryBytes;
        }
      }
      out.push({ name: runtime.node, timestampMs: scrapeMs, windowMs: SCRAPE_PERIOD_MS, cpuNanoCores, memoryBytes });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /** GET nodemetrics/<name>. */
  node(name: string): NodeMetrics {
    const m = this.nodes().find((n) => n.name === name);
    if (!m) throw notFound(METRICS_GROUP, 'nodemetrics', name);
    return m;
  }

  private lastScrapeMs(): number {
    return Math.floor(this.deps.clock.nowMs / SCRAPE_PERIOD_MS) * SCRAPE_PERIOD_MS;
  }

  private availableSinceMs(): number {
    const svc = this.deps.client.get('apiregistration.k8s.io/apiservices', undefined, METRICS_APISERVICE);
    const cond = ((svc?.status as { conditions?: Array<{ type: string; lastTransitionTime?: string }> } | undefined)?.conditions ?? [])
      .find((c) => c.type === 'Available');
    return parseTime(cond?.lastTransitionTime) ?? Infinity;
  }

  /** A pod has metrics once a running container of it was seen in two scrapes (a CPU rate needs two). */
  private podMetrics(record: PodRecord, scrapeMs: number): PodMetrics | undefined {
    if (record.stage !== 'running' || scrapeMs < this.availableSinceMs()) return undefined;
    const pod = this.deps.client.get('/pods', record.namespace, record.name);
    if (!pod) return undefined;
    const window = scrapeMs / SCRAPE_PERIOD_MS;
    const containers = record.containers
      .filter((c) => !c.init && c.phase === 'running' && c.startedMs !== undefined && c.startedMs <= scrapeMs - SCRAPE_PERIOD_MS)
      .map((c) => ({ name: c.name, ...containerUsage({ podUid: record.uid, container: c.name, image: c.image ?? '', argv: argvOf(c), window, ...limitsOf(pod, c.name) }) }));
    if (containers.length === 0) return undefined;
    return { namespace: record.namespace, name: record.name, timestampMs: scrapeMs, windowMs: SCRAPE_PERIOD_MS, containers };
  }
}

function argvOf(c: ContainerRecord): readonly string[] {
  return c.proc?.execd ?? c.proc?.argv ?? [];
}

function limitsOf(pod: KubeObject, container: string): { cpuLimitMilli?: number; memoryLimitBytes?: number } {
  const spec = pod.spec as { containers?: Array<{ name: string; resources?: { limits?: Record<string, unknown> } }> } | undefined;
  const limits = spec?.containers?.find((c) => c.name === container)?.resources?.limits ?? {};
  const cpu = tryParseQuantity(limits.cpu);
  const memory = tryParseQuantity(limits.memory);
  return { ...(cpu ? { cpuLimitMilli: milliValue(cpu) } : {}), ...(memory ? { memoryLimitBytes: quantityValue(memory) } : {}) };
}

function nodeReady(node: KubeObject): boolean {
  const conditions = (node.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? [];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}
