// Which pods of a node drain deletes, and what it says about the others: mirror pods skipped,
// DaemonSet pods refused (or ignored with --ignore-daemonsets), emptyDir and unmanaged pods refused
// unless --delete-emptydir-data / --force. Mirrors kubectl pkg/drain/filters.go (v1.31).

import type { PodSpec, PodStatus } from 'kubernetes-types/core/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { parseTime, type KubeObject } from '../../../../engine/index.ts';

export const DAEMONSET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
export const DAEMONSET_WARNING = 'ignoring DaemonSet-managed Pods';
export const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';
export const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage';
export const UNMANAGED_FATAL = 'Pods that declare no controller (use --force to override)';
export const UNMANAGED_WARNING = 'deleting Pods that declare no controller';
const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';

export interface FilterOptions {
  readonly force: boolean;
  readonly ignoreDaemonSets: boolean;
  readonly deleteEmptyDirData: boolean;
  readonly skipWaitForDeleteTimeoutSeconds: number;
  readonly nowMs: number;
  /** Whether the pod's DaemonSet exists; its not-found error message otherwise. */
  readonly daemonSetMissing: (namespace: string, name: string) => string | undefined;
}

type Reason = 'Okay' | 'Skip' | 'Warning' | 'Error';
interface Verdict {
  readonly delete: boolean;
  readonly reason: Reason;
  readonly message?: string;
}

const OKAY: Verdict = { delete: true, reason: 'Okay' };
const SKIP: Verdict = { delete: false, reason: 'Skip' };
const warning = (del: boolean, message: string): Verdict => ({ delete: del, reason: 'Warning', message });
const error = (message: string): Verdict => ({ delete: false, reason: 'Error', message });

function finished(pod: KubeObject): boolean {
  const phase = (pod.status as PodStatus | undefined)?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

function controllerOf(pod: KubeObject): OwnerReference | undefined {
  return (pod.metadata.ownerReferences as OwnerReference[] | undefined)?.find((r) => r.controller);
}

/** shouldSkipPod: terminating for longer than --skip-wait-for-delete-timeout. */
export function deletedLongAgo(pod: KubeObject, o: Pick<FilterOptions, 'skipWaitForDeleteTimeoutSeconds' | 'nowMs'>): boolean {
  const since = parseTime(pod.metadata.deletionTimestamp);
  return o.skipWaitForDeleteTimeoutSeconds > 0 && since !== undefined && Math.floor((o.nowMs - since) / 1000) > o.skipWaitForDeleteTimeoutSeconds;
}

function filtersOf(o: FilterOptions): Array<(pod: KubeObject) => Verdict> {
  return [
    (pod) => (deletedLongAgo(pod, o) ? SKIP : OKAY),
    (pod) => {
      const ref = controllerOf(pod);
      if (!ref || ref.kind !== 'DaemonSet' || ref.apiVersion !== 'apps/v1' || finished(pod)) return OKAY;
      const missing = o.daemonSetMissing(pod.metadata.namespace ?? '', ref.name);
      if (missing !== undefined) return o.force ? warning(true, missing) : error(missing);
      return o.ignoreDaemonSets ? warning(false, DAEMONSET_WARNING) : error(DAEMONSET_FATAL);
    },
    (pod) => (pod.metadata.annotations?.[MIRROR_ANNOTATION] !== undefined ? SKIP : OKAY),
    (pod) => {
      const emptyDir = ((pod.spec as PodSpec | undefined)?.volumes ?? []).some((v) => v.emptyDir);
      if (!emptyDir || finished(pod)) return OKAY;
      return o.deleteEmptyDirData ? warning(true, LOCAL_STORAGE_WARNING) : error(LOCAL_STORAGE_FATAL);
    },
    (pod) => {
      if (finished(pod) || controllerOf(pod)) return OKAY;
      return o.force ? warning(true, UNMANAGED_WARNING) : error(UNMANAGED_FATAL);
    },
  ];
}

export interface PodDeleteList {
  readonly pods: KubeObject[];
  /** `ignoring DaemonSet-managed Pods: ns/a, ns/b; …`, empty when none. */
  readonly warnings: string;
  /** `cannot delete <what>: ns/a, ns/b`, one per kind of refusal. */
  readonly errors: string[];
}

/** filterPods: every filter in turn until one says not to delete; the last verdict is the pod's. */
export function filterPods(pods: readonly KubeObject[], o: FilterOptions): PodDeleteList {
  const filters = filtersOf(o);
  const kept: KubeObject[] = [];
  const warned = new Map<string, string[]>();
  const failed = new Map<string, string[]>();
  for (const pod of pods) {
    let verdict = OKAY;
    for (const f of filters) {
      verdict = f(pod);
      if (!verdict.delete) break;
    }
    const ref = `${pod.metadata.namespace}/${pod.metadata.name}`;
    if (verdict.delete) kept.push(pod);
    const bucket = verdict.reason === 'Warning' ? warned : verdict.reason === 'Error' ? failed : undefined;
    const key = verdict.message || 'unexpected error';
    if (bucket) bucket.set(key, [...(bucket.get(key) ?? []), ref]);
  }
  return {
    pods: kept,
    warnings: [...warned].map(([m, refs]) => `${m}: ${refs.join(', ')}`).join('; '),
    errors: [...failed].map(([m, refs]) => `cannot delete ${m}: ${refs.join(', ')}`),
  };
}
