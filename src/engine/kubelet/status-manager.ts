// The kubelet's status manager: writes the generated pod status through pods/status when it changed.

import { isStatusError } from '../api/errors.ts';
import { deepEqual } from '../base/json.ts';
import type { KubeletContext } from './context.ts';
import type { PodRecord } from './state.ts';
import { generatePodStatus } from './status.ts';

export function postStatus(ctx: KubeletContext, rec: PodRecord): void {
  const current = ctx.client.get('/pods', rec.namespace, rec.name);
  if (!current || current.metadata.uid !== rec.uid) return;
  const status = generatePodStatus(current, rec, ctx.hostIp(), ctx.clock.nowMs);
  if (deepEqual(status, current.status)) return;
  try {
    ctx.client.updateStatus('/pods', { ...current, status });
  } catch (e) {
    if (!isStatusError(e)) throw e;
  }
}
