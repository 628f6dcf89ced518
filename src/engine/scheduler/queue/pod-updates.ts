// Whether an update to a pending pod may change where it fits: anything but its status, its
// resourceVersion and generation, managed fields and finalizers. Mirrors isPodUpdated of
// internal/queue/scheduling_queue.go.

import type { KubeObject } from '../../api/types.ts';
import { deepEqual } from '../../base/json.ts';

function strip(pod: KubeObject): unknown {
  const { status: _status, ...rest } = pod;
  const { resourceVersion: _rv, generation: _gen, managedFields: _mf, finalizers: _fin, ...meta } = pod.metadata;
  const resize = (pod.status as { resize?: unknown } | undefined)?.resize;
  return { ...rest, metadata: meta, resize };
}

export function isPodUpdated(before: KubeObject, after: KubeObject): boolean {
  return !deepEqual(strip(before), strip(after));
}
