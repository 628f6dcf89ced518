// The kubelet's node status: every 10 s it checks what changed (the images containerd holds) and
// posts it; every 5 min it posts anyway, refreshing the conditions' heartbeat times.
// Mirrors kubelet_node_status.go (nodeStatusUpdateFrequency 10 s, nodeStatusReportFrequency 5 min,
// at most 50 images, largest first).

import { isStatusError } from '../api/errors.ts';
import { clone, deepEqual } from '../base/json.ts';
import { parseTime, rfc3339 } from '../base/time.ts';
import type { KubeletContext } from './context.ts';
import { imageByRef, type HeldImages } from './image-source.ts';

const REPORT_MS = 5 * 60_000;
const MAX_IMAGES = 50;

export function syncNodeStatus(ctx: KubeletContext): void {
  const node = ctx.client.get('/nodes', undefined, ctx.node);
  if (!node) return;
  const status = clone((node.status ?? {}) as Record<string, unknown>);
  const images = nodeImages(ctx.runtime.images, ctx.runtime.registryImages);
  const conditions = (status.conditions ?? []) as Array<{ lastHeartbeatTime?: string }>;
  const lastBeat = Math.max(0, ...conditions.map((c) => parseTime(c.lastHeartbeatTime) ?? 0));
  const due = ctx.clock.nowMs - lastBeat >= REPORT_MS;
  if (!due && deepEqual(images, status.images)) return;
  status.images = images;
  if (due) for (const c of conditions) c.lastHeartbeatTime = rfc3339(ctx.clock.nowMs);
  try {
    ctx.client.updateStatus('/nodes', { ...node, status });
  } catch (e) {
    if (!isStatusError(e)) throw e;
  }
}

/** node.status.images for the images a node holds: largest first, at most 50, named by digest and tag. */
export function nodeImages(refs: readonly string[], held?: HeldImages): Array<{ names: string[]; sizeBytes: number }> {
  return refs.map((ref) => imageByRef(ref, held))
    .sort((a, b) => b.sizeBytes - a.sizeBytes)
    .slice(0, MAX_IMAGES)
    .map((i) => ({ names: [i.imageId, i.ref], sizeBytes: i.sizeBytes }));
}
