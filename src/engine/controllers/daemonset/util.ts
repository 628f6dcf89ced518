// What a DaemonSet writes on its pods and reads back from them: the daemon tolerations, the
// revision-hash and template-generation labels, the node affinity that pins a pod to its node, and
// the surge / unavailability budgets. Mirrors pkg/controller/daemon/util (v1.31).

import type { DaemonSetSpec } from 'kubernetes-types/apps/v1';
import type { Affinity, PodSpec, PodTemplateSpec, Toleration } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';

export const REVISION_HASH_LABEL = 'controller-revision-hash';
export const TEMPLATE_GENERATION_LABEL = 'pod-template-generation';
export const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

/** AddOrUpdateDaemonPodTolerations: node problems never evict a daemon pod nor keep it off a node. */
const DAEMON_TOLERATIONS: readonly Toleration[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];
const HOST_NETWORK_TOLERATION: Toleration = { key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' };

export function dsSpec(ds: KubeObject): DaemonSetSpec {
  return (ds.spec ?? {}) as DaemonSetSpec;
}

/** GetTemplateGeneration: the deprecated annotation as a number, undefined when absent or unparsable. */
export function templateGeneration(ds: KubeObject): number | undefined {
  const raw = ds.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION];
  return raw !== undefined && /^[+-]?\d+$/.test(raw) ? Number(raw) : undefined;
}

const sameToleration = (a: Toleration, b: Toleration): boolean =>
  (a.key ?? '') === (b.key ?? '') && (a.effect ?? '') === (b.effect ?? '') && (a.operator ?? '') === (b.operator ?? '') && (a.value ?? '') === (b.value ?? '');

/** AddOrUpdateTolerationInPodSpec: replaces a toleration matching on key, effect, operator and value; else appends. */
function addOrUpdateToleration(spec: PodSpec, toleration: Toleration): void {
  const tolerations = spec.tolerations ?? [];
  const at = tolerations.findIndex((t) => sameToleration(t, toleration));
  spec.tolerations = at < 0 ? [...tolerations, { ...toleration }] : tolerations.map((t, i) => (i === at ? { ...toleration } : t));
}

export function addDaemonTolerations(spec: PodSpec): void {
  for (const t of DAEMON_TOLERATIONS) addOrUpdateToleration(spec, t);
  if (spec.hostNetwork) addOrUpdateToleration(spec, HOST_NETWORK_TOLERATION);
}

/** CreatePodTemplate: the template with the daemon tolerations and the generation and hash labels. */
export function createPodTemplate(template: PodTemplateSpec, generation: number | undefined, hash: string): PodTemplateSpec {
  const copy = clone(template);
  const spec = (copy.spec ?? { containers: [] }) as PodSpec;
  addDaemonTolerations(spec);
  copy.spec = spec;
  const labels: Record<string, string> = { ...(copy.metadata?.labels ?? {}) };
  if (generation !== undefined) labels[TEMPLATE_GENERATION_LABEL] = String(generation);
  if (hash) labels[REVISION_HASH_LABEL] = hash;
  copy.metadata = { ...copy.metadata, labels: sortedLabels(labels) };
  return copy;
}

function sortedLabels(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** IsPodUpdated: the pod carries the current hash, or the current template generation. */
export function isPodUpdated(pod: KubeObject, hash: string, generation: number | undefined): boolean {
  const labels = pod.metadata.labels ?? {};
  const generationMatches = generation !== undefined && labels[TEMPLATE_GENERATION_LABEL] === String(generation);
  return (hash !== '' && labels[REVISION_HASH_LABEL] === hash) || generationMatches;
}

/** ReplaceDaemonSetPodNodeNameNodeAffinity: the required node affinity becomes `metadata.name In [node]`. */
export function pinToNode(affinity: Affinity | undefined, nodeName: string): Affinity {
  const required = { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] }] };
  const nodeAffinity = affinity?.nodeAffinity;
  return { ...affinity, nodeAffinity: { ...nodeAffinity, requiredDuringSchedulingIgnoredDuringExecution: required } };
}

/** GetTargetNodeName: the pod's node, or the node its affinity pins it to while it is unscheduled. */
export function targetNodeName(pod: KubeObject): string | undefined {
  const spec = (pod.spec ?? {}) as PodSpec;
  if (spec.nodeName) return spec.nodeName;
  for (const term of spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []) {
    for (const f of term.matchFields ?? []) {
      if (f.key === 'metadata.name' && f.operator === 'In') return f.values?.length === 1 ? f.values[0] : undefined;
    }
  }
  return undefined;
}

/** intstr.GetScaledValueFromIntOrPercent. */
function scaledValue(value: number | string | undefined, total: number, roundUp: boolean): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  const scaled = (Number.parseInt(value, 10) * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

/** UnavailableCount: maxUnavailable of a RollingUpdate against the nodes that should run the pod, rounded up. */
export function unavailableCount(ds: KubeObject, numberToSchedule: number): number {
  const strategy = dsSpec(ds).updateStrategy;
  if (strategy?.type !== 'RollingUpdate' || !strategy.rollingUpdate) return 0;
  return scaledValue(strategy.rollingUpdate.maxUnavailable, numberToSchedule, true);
}

/** SurgeCount: maxSurge of a RollingUpdate, rounded up; 0 when unset. */
export function surgeCount(ds: KubeObject, numberToSchedule: number): number {
  const strategy = dsSpec(ds).updateStrategy;
  if (strategy?.type !== 'RollingUpdate' || !strategy.rollingUpdate) return 0;
  return scaledValue(strategy.rollingUpdate.maxSurge, numberToSchedule, true);
}

export function allowsSurge(ds: KubeObject): boolean {
  return surgeCount(ds, 1) !== 0;
}
