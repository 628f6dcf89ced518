// NodePorts: a pod's host ports must be free on the node (same protocol and port on the same IP,
// or 0.0.0.0 on either side, conflict). Mirrors plugins/nodeports (v1.31).

import { portConflicts, type NodeInfo } from '../../cache/node-info.ts';
import type { HostPort, PodInfo } from '../../cache/pod-info.ts';
import { SKIP, statelessFilter, unschedulable, type FilterPlugin, type PreFilterResult } from '../../framework/types.ts';

export const NAME = 'NodePorts';
export const ERR_REASON = "node(s) didn't have free ports for the requested pod ports";

const REJECTED = unschedulable(ERR_REASON);

/** nodeports.Fits */
export function fitsPorts(ports: readonly HostPort[], node: NodeInfo): boolean {
  return !ports.some((p) => portConflicts(node, p));
}

export class NodePorts implements FilterPlugin {
  readonly name = NAME;
  readonly hasPreFilter = true;

  preFilter(pod: PodInfo): PreFilterResult {
    if (pod.hostPorts.length === 0) return SKIP;
    return statelessFilter((node) => (fitsPorts(pod.hostPorts, node) ? undefined : REJECTED));
  }
}
