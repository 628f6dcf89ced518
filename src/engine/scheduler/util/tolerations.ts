// Taints and tolerations: whether a toleration tolerates a taint, and the first untolerated taint
// of a node for a set of effects. Mirrors core/v1 Toleration.ToleratesTaint and
// component-helpers FindMatchingUntoleratedTaint.

import type { Taint, Toleration } from 'kubernetes-types/core/v1';

export const NO_SCHEDULE = 'NoSchedule';
export const NO_EXECUTE = 'NoExecute';
export const PREFER_NO_SCHEDULE = 'PreferNoSchedule';

export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  switch (t.operator ?? '') {
    case '': case 'Equal': return (t.value ?? '') === (taint.value ?? '');
    case 'Exists': return true;
    default: return false;
  }
}

export function taintTolerated(taint: Taint, tolerations: readonly Toleration[]): boolean {
  for (const t of tolerations) if (toleratesTaint(t, taint)) return true;
  return false;
}

/** The first taint with an effect in `effects` that no toleration tolerates. */
export function firstUntoleratedTaint(taints: readonly Taint[], tolerations: readonly Toleration[], effects: readonly string[]): Taint | undefined {
  for (const taint of taints) if (effects.includes(taint.effect) && !taintTolerated(taint, tolerations)) return taint;
  return undefined;
}

/** NoSchedule and NoExecute: the taints Filter (and DoNotSchedule checks) look at. */
export const DO_NOT_SCHEDULE_EFFECTS: readonly string[] = [NO_SCHEDULE, NO_EXECUTE];
