// What the view takes from kubectl's printers, so the topology says exactly what `kubectl get`
// says: a pod's READY and STATUS cells and restart count, a node's STATUS cell and roles.

import type { KubeObject } from '../../../engine/index.ts';
import { NODE_TABLE, nodeRoles } from '../../../cli/kubectl/printers/table/cluster.ts';
import { POD_TABLE } from '../../../cli/kubectl/printers/table/pods.ts';

export interface PodCells {
  readonly status: string;
  readonly readyContainers: number;
  readonly totalContainers: number;
  readonly restarts: number;
}

/** The pod row's READY, STATUS and RESTARTS cells (the last without its `(5s ago)`). */
export function podCells(pod: KubeObject, nowMs: number): PodCells {
  const [, ready, status, restarts] = POD_TABLE.row(pod, { nowMs, wide: false });
  const [readyContainers, totalContainers] = String(ready).split('/').map((n) => Number.parseInt(n, 10));
  return {
    status: String(status ?? ''),
    readyContainers: readyContainers ?? 0,
    totalContainers: totalContainers ?? 0,
    restarts: Number.parseInt(String(restarts), 10) || 0,
  };
}

/** The node row's STATUS cell and its roles. */
export function nodeCells(node: KubeObject): { readonly status: string; readonly roles: string[] } {
  const [, status] = NODE_TABLE.row(node, { nowMs: 0, wide: false });
  return { status: String(status ?? ''), roles: nodeRoles(node) };
}
