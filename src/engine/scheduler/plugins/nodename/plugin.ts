// NodeName: a pod that names its node (spec.nodeName) fits only that node.
// Mirrors plugins/nodename (v1.31).

import type { NodeInfo } from '../../cache/node-info.ts';
import type { PodInfo } from '../../cache/pod-info.ts';
import { statelessFilter, unresolvable, type FilterPlugin, type PreFilterResult } from '../../framework/types.ts';

export const NAME = 'NodeName';
export const ERR_REASON = "node(s) didn't match the requested node name";

const REJECTED = unresolvable(ERR_REASON);

/** nodename.Fits */
export function fitsNodeName(pod: PodInfo, node: NodeInfo): boolean {
  return pod.nodeName === '' || pod.nodeName === node.name;
}

export class NodeName implements FilterPlugin {
  readonly name = NAME;
  readonly hasPreFilter = false;

  preFilter(pod: PodInfo): PreFilterResult {
    return statelessFilter((node) => (fitsNodeName(pod, node) ? undefined : REJECTED));
  }
}
