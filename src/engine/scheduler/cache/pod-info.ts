// A pod as the scheduler keeps it: parsed once (requests, host ports, affinity terms, priority)
// so that filters and scores read plain fields. Mirrors framework.PodInfo / AffinityTerm.

import type { Pod, PodAffinityTerm, PodSpec, WeightedPodAffinityTerm } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types.ts';
import { parseTime } from '../../base/time.ts';
import { compileSelector, selectorMatches, type Selector } from '../util/label-selector.ts';
import { CPU, MEMORY } from '../util/quantities.ts';
import { podRequests } from './pod-requests.ts';
import { resourcesOf, type Resources } from './resources.ts';

type Labels = Readonly<Record<string, string>>;

export interface AffinityTerm {
  readonly namespaces: ReadonlySet<string>;
  readonly namespaceSelector: Selector;
  readonly selector: Selector;
  readonly topologyKey: string;
}

export interface WeightedAffinityTerm extends AffinityTerm {
  readonly weight: number;
}

export interface HostPort {
  readonly ip: string;
  readonly protocol: string;
  readonly port: number;
}

export interface PodInfo {
  readonly pod: KubeObject;
  readonly spec: PodSpec;
  readonly uid: string;
  readonly namespace: string;
  readonly name: string;
  readonly key: string;
  readonly labels: Labels;
  readonly nodeName: string;
  readonly priority: number;
  readonly terminating: boolean;
  /** status.startTime, or undefined before the kubelet started it. */
  readonly startTimeMs: number | undefined;
  readonly requests: Resources;
  readonly nonZeroMilliCpu: number;
  readonly nonZeroMemory: number;
  readonly hostPorts: readonly HostPort[];
  readonly requiredAffinityTerms: readonly AffinityTerm[];
  readonly requiredAntiAffinityTerms: readonly AffinityTerm[];
  readonly preferredAffinityTerms: readonly WeightedAffinityTerm[];
  readonly preferredAntiAffinityTerms: readonly WeightedAffinityTerm[];
}

const EMPTY_LABELS: Labels = Object.freeze({});

/** getNamespacesFromPodAffinityTerm: no namespaces and no selector means the pod's own namespace. */
function affinityTerm(namespace: string, t: PodAffinityTerm): AffinityTerm {
  const own = (t.namespaces ?? []).length === 0 && !t.namespaceSelector;
  return {
    namespaces: new Set(own ? [namespace] : t.namespaces ?? []),
    namespaceSelector: compileSelector(t.namespaceSelector),
    selector: compileSelector(t.labelSelector),
    topologyKey: t.topologyKey,
  };
}

const weighted = (namespace: string, ts: readonly WeightedPodAffinityTerm[] | undefined): WeightedAffinityTerm[] =>
  (ts ?? []).map((w) => ({ ...affinityTerm(namespace, w.podAffinityTerm), weight: w.weight }));

function hostPortsOf(spec: PodSpec): HostPort[] {
  const out: HostPort[] = [];
  for (const c of spec.containers ?? []) {
    for (const p of c.ports ?? []) {
      if ((p.hostPort ?? 0) > 0) out.push({ ip: p.hostIP || '0.0.0.0', protocol: p.protocol || 'TCP', port: p.hostPort! });
    }
  }
  return out;
}

export function newPodInfo(pod: KubeObject): PodInfo {
  const spec = (pod.spec ?? {}) as PodSpec;
  const status = (pod.status ?? {}) as NonNullable<Pod['status']>;
  const namespace = pod.metadata.namespace ?? '';
  const name = pod.metadata.name ?? '';
  const nonZero = podRequests(spec, true);
  const affinity = spec.affinity;
  return {
    pod,
    spec,
    uid: pod.metadata.uid ?? '',
    namespace,
    name,
    key: `${namespace}/${name}`,
    labels: pod.metadata.labels ?? EMPTY_LABELS,
    nodeName: spec.nodeName ?? '',
    priority: spec.priority ?? 0,
    terminating: pod.metadata.deletionTimestamp !== undefined && pod.metadata.deletionTimestamp !== null,
    startTimeMs: parseTime(status.startTime),
    requests: resourcesOf(podRequests(spec, false)),
    nonZeroMilliCpu: nonZero.get(CPU) ?? 0,
    nonZeroMemory: nonZero.get(MEMORY) ?? 0,
    hostPorts: hostPortsOf(spec),
    requiredAffinityTerms: (affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => affinityTerm(namespace, t)),
    requiredAntiAffinityTerms: (affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => affinityTerm(namespace, t)),
    preferredAffinityTerms: weighted(namespace, affinity?.podAffinity?.preferredDuringSchedulingIgnoredDuringExecution),
    preferredAntiAffinityTerms: weighted(namespace, affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution),
  };
}

/** AffinityTerm.Matches: the pod is in one of the term's namespaces (or its namespace's labels match) and its labels match. */
export function affinityTermMatches(term: AffinityTerm, pod: PodInfo, nsLabels: Labels | undefined): boolean {
  if (!term.namespaces.has(pod.namespace) && !selectorMatches(term.namespaceSelector, nsLabels)) return false;
  return selectorMatches(term.selector, pod.labels);
}

export function hasAffinity(p: PodInfo): boolean {
  return p.requiredAffinityTerms.length + p.requiredAntiAffinityTerms.length + p.preferredAffinityTerms.length + p.preferredAntiAffinityTerms.length > 0;
}

/** corev1helpers.PodPriority is spec.priority; MoreImportantPod breaks ties by earlier start. */
export function moreImportant(a: PodInfo, b: PodInfo, nowMs: number): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return (a.startTimeMs ?? nowMs) < (b.startTimeMs ?? nowMs);
}
