// `kubectl top pod [NAME | -l label]` (pkg/cmd/top/top_pod.go, v1.31): pod (or container) usage from
// the Metrics API; when none has metrics, why: no pods, pods too young, or pods past the 2-minute delay.

import { goDuration, parseTime, type KubeObject, type PodMetrics } from '../../../../engine/index.ts';
import { KubectlError, UsageError, type KubectlContext } from '../../command.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import { commandFromHelp } from '../../util/help.ts';
import { TOP_POD_HELP } from './help.ts';
import { printPodMetrics } from './printer.ts';
import { ERR_METRICS_API, ERR_NOT_YET, sortByFlag } from './top-errors.ts';

export const ERR_POD_NAME_AND_SELECTOR = 'only one of NAME or selector can be provided';
export const ERR_POD_TOO_OLD = (pod: KubeObject, age: string): string => `Metrics not available for pod ${pod.metadata.namespace!}/${pod.metadata.name!}, age: ${age}`;
export const MSG_NO_PODS = (namespace: string | undefined): string => (namespace === undefined ? 'No resources found\n' : `No resources found in ${namespace} namespace.\n`);
/** kubectl's metricsCreationDelay: younger pods may simply not have been scraped yet. */
const METRICS_CREATION_DELAY_MS = 120_000;

/** verifyEmptyMetrics: the first pod past the delay is the error; otherwise "not yet", or nothing without pods. */
function explainEmpty(ctx: KubectlContext, pods: readonly KubeObject[]): void {
  if (pods.length === 0) return;
  for (const pod of pods) {
    const ageMs = ctx.nowMs() - (parseTime(pod.metadata.creationTimestamp) ?? ctx.nowMs());
    if (ageMs > METRICS_CREATION_DELAY_MS) throw new KubectlError(ERR_POD_TOO_OLD(pod, goDuration(ageMs)));
  }
  throw new KubectlError(ERR_NOT_YET);
}

function runTopPod(ctx: KubectlContext, parsed: ParsedArgs): number {
  if (parsed.args.length > 1) throw new UsageError('pod [NAME | -l label]');
  const name = parsed.args[0] ?? '';
  const labelSelector = flagString(parsed, 'selector');
  const fieldSelector = flagString(parsed, 'field-selector');
  const sortBy = sortByFlag(parsed);
  if (name !== '' && (labelSelector !== '' || fieldSelector !== '')) throw new KubectlError(ERR_POD_NAME_AND_SELECTOR);
  const { metrics } = ctx.cluster;
  if (!metrics.apiAvailable()) throw new KubectlError(ERR_METRICS_API);
  const allNamespaces = flagBool(parsed, 'all-namespaces');
  const namespace = allNamespaces ? undefined : ctx.namespace;
  const podsInfo = ctx.client.info('/pods');
  let usage: PodMetrics[];
  if (name !== '') {
    usage = [metrics.pod(ctx.namespace, name)];
  } else {
    const selected = new Set(ctx.client.server.list(podsInfo, namespace, { labelSelector, fieldSelector }).items.map((p) => `${p.metadata.namespace!}/${p.metadata.name!}`));
    usage = metrics.pods(namespace).filter((m) => selected.has(`${m.namespace}/${m.name}`));
  }
  if (usage.length === 0) {
    explainEmpty(ctx, ctx.client.server.list(podsInfo, ctx.namespace, { labelSelector, fieldSelector }).items);
    ctx.io.stderr.write(MSG_NO_PODS(namespace));
  }
  ctx.io.stdout.write(printPodMetrics(usage, {
    containers: flagBool(parsed, 'containers'), withNamespace: allNamespaces, noHeaders: flagBool(parsed, 'no-headers'), sortBy, sum: flagBool(parsed, 'sum'),
  }));
  return 0;
}

export const TOP_POD_COMMAND = { ...commandFromHelp('pod', TOP_POD_HELP, runTopPod, 'kubectl top pod'), aliases: TOP_POD_HELP.aliases ?? [] };
