// The pods/eviction subresource (policy/v1 Eviction): a pod is deleted only if the one
// PodDisruptionBudget covering it allows a disruption, which the eviction then uses up (recorded in
// status.disruptedPods for the disruption controller); otherwise 429. Pods not running yet, finished
// or already terminating, and unhealthy pods the budget can spare, are deleted without a check.
// Mirrors pkg/registry/core/pod/storage/eviction.go (v1.31).

import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { PodStatus } from 'kubernetes-types/core/v1';
import { badRequest, forbidden, internalError, StatusError, StatusReason } from '../../../api/errors.ts';
import { labelSelectorMatches } from '../../../api/selectors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { clone } from '../../../base/json.ts';
import { rfc3339 } from '../../../base/time.ts';

export const EVICTION_BLOCKED = "Cannot evict pod as it would violate the pod's disruption budget.";
export const MULTIPLE_PDBS = 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.';
/** status.disruptedPods may not grow past this (MaxDisruptedPodSize). */
const MAX_DISRUPTED_PODS = 2000;

export interface Eviction {
  readonly metadata?: { readonly name?: string; readonly namespace?: string };
  readonly deleteOptions?: { readonly gracePeriodSeconds?: number; readonly dryRun?: readonly string[] };
}

/** What the eviction needs of the API server: reads and writes that go through its usual pipeline. */
export interface EvictionOps {
  readonly nowMs: number;
  getPod(namespace: string, name: string): KubeObject;
  listPdbs(namespace: string): KubeObject[];
  updatePdbStatus(pdb: KubeObject): void;
  updatePodStatus(pod: KubeObject): void;
  deletePod(namespace: string, name: string, opts: { gracePeriodSeconds?: number; dryRun?: boolean }): void;
}

/** The Status a successful eviction answers with. */
export const EVICTION_CREATED = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 } as const;

function tooManyRequests(cause: string): StatusError {
  return new StatusError({
    kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: EVICTION_BLOCKED, reason: StatusReason.TooManyRequests, code: 429,
    details: { causes: [{ reason: 'DisruptionBudget', message: cause }] },
  });
}

function isReady(pod: KubeObject): boolean {
  return ((pod.status as PodStatus | undefined)?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** canIgnorePDB: pods that are not running yet, are finished, or already terminating. */
function canIgnorePdb(pod: KubeObject): boolean {
  const phase = (pod.status as PodStatus | undefined)?.phase;
  return phase === 'Succeeded' || phase === 'Failed' || phase === 'Pending' || !!pod.metadata.deletionTimestamp;
}

export function evictPod(ops: EvictionOps, namespace: string, name: string, eviction: Eviction): typeof EVICTION_CREATED {
  if (eviction.metadata?.name !== undefined && eviction.metadata.name !== name) throw badRequest('name in URL does not match name in Eviction object');
  const pod = ops.getPod(namespace, name);
  const dryRun = (eviction.deleteOptions?.dryRun ?? []).includes('All');
  const grace = eviction.deleteOptions?.gracePeriodSeconds;
  const remove = (): typeof EVICTION_CREATED => {
    if (!dryRun && !pod.metadata.deletionTimestamp) markDisruptionTarget(ops, pod);
    ops.deletePod(namespace, name, { ...(grace !== undefined ? { gracePeriodSeconds: grace } : {}), dryRun });
    return EVICTION_CREATED;
  };
  if (canIgnorePdb(pod)) return remove();
  const pdbs = ops.listPdbs(namespace).filter((p) => {
    const selector = (p.spec as PodDisruptionBudget['spec'])?.selector;
    return selector !== undefined && selector !== null && labelSelectorMatches(selector, pod.metadata.labels ?? {});
  });
  if (pdbs.length > 1) throw internalError(MULTIPLE_PDBS);
  if (pdbs.length === 0) return remove();
  const pdb = pdbs[0]!;
  const status = (pdb.status ?? {}) as NonNullable<PodDisruptionBudget['status']>;
  const policy = (pdb.spec as PodDisruptionBudget['spec'])?.unhealthyPodEvictionPolicy ?? 'IfHealthyBudget';
  if (!isReady(pod) && (policy === 'AlwaysAllow' || (status.desiredHealthy > 0 && status.currentHealthy >= status.desiredHealthy))) return remove();
  checkAndDecrement(ops, pdb, name, dryRun);
  return remove();
}

function checkAndDecrement(ops: EvictionOps, pdb: KubeObject, podName: string, dryRun: boolean): void {
  const status = clone((pdb.status ?? {}) as NonNullable<PodDisruptionBudget['status']>);
  const name = pdb.metadata.name ?? '';
  if ((status.observedGeneration ?? 0) < (pdb.metadata.generation ?? 0)) throw tooManyRequests(`The disruption budget ${name} is still being processed by the server.`);
  if (status.disruptionsAllowed < 0) throw forbidden('policy', 'poddisruptionbudget', name, 'pdb disruptions allowed is negative');
  if (Object.keys(status.disruptedPods ?? {}).length > MAX_DISRUPTED_PODS) {
    throw forbidden('policy', 'poddisruptionbudget', name, 'DisruptedPods map too big - too many evictions not confirmed by PDB controller');
  }
  if (status.disruptionsAllowed === 0) {
    throw tooManyRequests(`The disruption budget ${name} needs ${status.desiredHealthy} healthy pods and has ${status.currentHealthy} currently`);
  }
  status.disruptionsAllowed--;
  if (status.disruptionsAllowed === 0) {
    status.conditions = (status.conditions ?? []).map((c) => (c.type !== 'DisruptionAllowed' || c.status === 'False' ? c
      : { ...c, status: 'False', reason: 'InsufficientPods', lastTransitionTime: rfc3339(ops.nowMs) }));
  }
  if (dryRun) return;
  status.disruptedPods = { ...status.disruptedPods, [podName]: rfc3339(ops.nowMs) };
  ops.updatePdbStatus({ ...pdb, status: status as unknown as Record<string, unknown> });
}

/** The DisruptionTarget condition the eviction adds before deleting. */
function markDisruptionTarget(ops: EvictionOps, pod: KubeObject): void {
  const status = clone((pod.status ?? {}) as PodStatus);
  const conditions = (status.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget');
  conditions.push({ type: 'DisruptionTarget', status: 'True', lastTransitionTime: rfc3339(ops.nowMs), reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' });
  ops.updatePodStatus({ ...pod, status: { ...status, conditions } as Record<string, unknown> });
}
