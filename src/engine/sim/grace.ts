// Which deletions are graceful when the request names no grace period.
// Pods bound to a node wait for their kubelet (spec.terminationGracePeriodSeconds, default 30 s);
// unscheduled or finished pods, and every other kind, go at once unless finalizers hold them.

import type { ResourceInfo } from '../api/kinds.ts';
import type { KubeObject } from '../api/types.ts';

export function defaultGracePeriodSeconds(info: ResourceInfo, obj: KubeObject): number {
  if (info.group !== '' || info.resource !== 'pods') return 0;
  const spec = obj.spec as { nodeName?: string; terminationGracePeriodSeconds?: number } | undefined;
  const phase = (obj.status as { phase?: string } | undefined)?.phase;
  if (!spec?.nodeName || phase === 'Succeeded' || phase === 'Failed') return 0;
  return spec.terminationGracePeriodSeconds ?? 30;
}
