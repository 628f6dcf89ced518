// NodeShouldRunDaemonPod (daemon_controller.go, v1.31): whether a node should get the daemon pod
// (node name, nodeSelector and required node affinity, NoSchedule/NoExecute taints against the
// template's and the daemon tolerations), and whether a pod already there may stay (only an
// untolerated NoExecute taint evicts it).

import type { PodSpec, Taint } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import { RequiredNodeAffinity } from '../../scheduler/util/node-selector.ts';
import { DO_NOT_SCHEDULE_EFFECTS, NO_EXECUTE, firstUntoleratedTaint } from '../../scheduler/util/tolerations.ts';
import { addDaemonTolerations, dsSpec } from './util.ts';

export interface ShouldRun {
  /** A pod should be created on the node if it has none. */
  readonly shouldRun: boolean;
  /** A pod already on the node may keep running. */
  readonly shouldContinueRunning: boolean;
}

const NEITHER: ShouldRun = { shouldRun: false, shouldContinueRunning: false };

export function nodeShouldRunDaemonPod(node: KubeObject, ds: KubeObject): ShouldRun {
  const name = node.metadata.name!;
  const spec = clone(dsSpec(ds).template?.spec ?? { containers: [] }) as PodSpec;
  if (spec.nodeName && spec.nodeName !== name) return NEITHER;
  addDaemonTolerations(spec);
  if (!new RequiredNodeAffinity(spec).matches({ name, labels: node.metadata.labels })) return NEITHER;
  const taints = ((node.spec as { taints?: Taint[] } | undefined)?.taints ?? []);
  const tolerations = spec.tolerations ?? [];
  if (!firstUntoleratedTaint(taints, tolerations, DO_NOT_SCHEDULE_EFFECTS)) return { shouldRun: true, shouldContinueRunning: true };
  return { shouldRun: false, shouldContinueRunning: !firstUntoleratedTaint(taints, tolerations, [NO_EXECUTE]) };
}
