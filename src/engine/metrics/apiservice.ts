// The aggregator's view of metrics-server: the APIService `v1beta1.metrics.k8s.io` and its Available
// condition (kube-aggregator's AvailableConditionController, reduced to a delay).

import type { KubeObject } from '../api/types.ts';
import { rfc3339 } from '../base/time.ts';
import { WorkQueue } from '../client/workqueue.ts';
import type { ControllerDeps } from '../controllers/controller.ts';

export const METRICS_APISERVICE = 'v1beta1.metrics.k8s.io';
/** Pulling the image, starting, the first scrapes and the readiness probe: about 45 s on a real cluster. */
export const METRICS_AVAILABLE_DELAY_MS = 45_000;
const RESOURCE = 'apiregistration.k8s.io/apiservices';

interface Condition {
  type: string;
  status: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

const conditionsOf = (svc: KubeObject | undefined): Condition[] =>
  (svc?.status as { conditions?: Condition[] } | undefined)?.conditions ?? [];

export function isAvailable(svc: KubeObject | undefined): boolean {
  return conditionsOf(svc).some((c) => c.type === 'Available' && c.status === 'True');
}

/** Marks the metrics APIService Available a while after it is created (once metrics-server would answer). */
export class MetricsApiServiceController {
  readonly name = 'metrics-apiservice-available';
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (name) => this.sync(name) });
    deps.client.watch(RESOURCE, (e) => {
      if (e.type === 'ADDED' && e.object.metadata.name === METRICS_APISERVICE) this.queue.add(METRICS_APISERVICE, METRICS_AVAILABLE_DELAY_MS);
    });
  }

  private sync(name: string): void {
    const svc = this.deps.client.get(RESOURCE, undefined, name);
    if (!svc || svc.metadata.deletionTimestamp || isAvailable(svc)) return;
    const available: Condition = {
      type: 'Available', status: 'True', lastTransitionTime: rfc3339(this.deps.clock.nowMs), reason: 'Passed', message: 'all checks passed',
    };
    const conditions = [...conditionsOf(svc).filter((c) => c.type !== 'Available'), available];
    this.deps.client.updateStatus(RESOURCE, { ...svc, status: { ...(svc.status as object | undefined), conditions } });
  }
}
