// Per-owner counts of the pods a ReplicaSet (or ReplicationController) controls, kept current by
// the pod informer's events, so a sync reads what calculateStatus counts without visiting every
// pod: the work per pod change is constant instead of proportional to the replicas.

import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { controllerOf } from '../../api/owners.ts';
import { labelSelectorMatcher } from '../../api/selectors.ts';
import type { KubeObject } from '../../api/types.ts';
import type { VirtualClock } from '../../base/clock.ts';
import type { ControlledIndex } from '../common/controlled-index.ts';
import { isPodActive, isPodReady } from '../common/pod-utils.ts';

/** The counts of a status: active pods claimed, those also carrying the template's labels, those Ready. */
export interface PodCounts {
  readonly replicas: number;
  readonly fullyLabeled: number;
  readonly ready: number;
}

interface Tally {
  readonly fingerprint: string;
  readonly selects: (labels: Record<string, string>) => boolean;
  readonly fullyLabeledBy: (labels: Record<string, string>) => boolean;
  /** Controlled pods the selector no longer selects (a claim would release them). */
  unselected: number;
  replicas: number;
  fullyLabeled: number;
  ready: number;
}

export class PodTally {
  private readonly tallies = new Map<string, Tally>();

  constructor(private readonly pods: ControlledIndex, clock: VirtualClock, name: string) {
    pods.subscribe((type, pod, previous) => {
      if (previous) this.apply(previous, -1);
      if (type !== 'DELETED') this.apply(pod, 1);
    });
    clock.onRestore(`${name}/pod-tally`, () => this.tallies.clear());
  }

  /**
   * The counts over the pods `owner` controls, or undefined when one of them is not selected any
   * more (the claim has to release it, so the caller visits the pods).
   */
  counts(owner: KubeObject, selector: LabelSelector | undefined, templateLabels: Record<string, string>): PodCounts | undefined {
    const uid = owner.metadata.uid!;
    const fingerprint = JSON.stringify([selector ?? null, templateLabels]);
    let tally = this.tallies.get(uid);
    if (tally?.fingerprint !== fingerprint) {
      tally = {
        fingerprint, selects: labelSelectorMatcher(selector), fullyLabeledBy: labelSelectorMatcher({ matchLabels: templateLabels }),
        unselected: 0, replicas: 0, fullyLabeled: 0, ready: 0,
      };
      this.tallies.set(uid, tally);
      for (const pod of this.pods.controlledBy(uid)) count(tally, pod, 1);
    }
    return tally.unselected === 0 ? { replicas: tally.replicas, fullyLabeled: tally.fullyLabeled, ready: tally.ready } : undefined;
  }

  /** Drops the counts of an owner that is gone. */
  forget(uid: string): void {
    this.tallies.delete(uid);
  }

  private apply(pod: KubeObject, sign: 1 | -1): void {
    const ref = controllerOf(pod);
    const tally = ref ? this.tallies.get(ref.uid) : undefined;
    if (tally) count(tally, pod, sign);
  }
}

function count(tally: Tally, pod: KubeObject, sign: 1 | -1): void {
  const labels = pod.metadata.labels ?? {};
  if (!tally.selects(labels)) {
    tally.unselected += sign;
    return;
  }
  if (!isPodActive(pod)) return;
  tally.replicas += sign;
  if (tally.fullyLabeledBy(labels)) tally.fullyLabeled += sign;
  if (isPodReady(pod)) tally.ready += sign;
}
