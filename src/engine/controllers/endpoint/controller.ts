// The endpoints controller: keeps the Endpoints object of every Service with a selector equal to
// the pods it selects (ready ones as addresses, the others as notReadyAddresses), and deletes it
// with its Service. Mirrors pkg/controller/endpoint (v1.31).

import type { EndpointSubset } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { deepEqual } from '../../base/json.ts';
import { rfc3339 } from '../../base/time.ts';
import { splitKey, WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';
import type { Informers } from '../common/informers.ts';
import { selectedPods, serviceSpec, watchSelectedPods } from '../common/service-pods.ts';
import { endpointSubsets, keepPortOrder } from './subsets.ts';

const REACTION_MS = 5;
const TRIGGER_TIME = 'endpoints.kubernetes.io/last-change-trigger-time';
const HEADLESS = 'service.kubernetes.io/headless';

export class EndpointController implements Controller {
  readonly name = 'endpoint-controller';
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps, informers: Informers) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (key) => this.sync(key) });
    watchSelectedPods(deps.client, informers.pods, this.queue, REACTION_MS);
  }

  private sync(key: string): boolean {
    const { client, clock } = this.deps;
    const { namespace, name } = splitKey(key);
    const svc = client.get('/services', namespace, name);
    const current = client.get('/endpoints', namespace, name);
    try {
      if (!svc) {
        if (current) client.delete('/endpoints', namespace, name);
        return true;
      }
      if (!serviceSpec(svc).selector) return true;
      const subsets = keepPortOrder(endpointSubsets(svc, selectedPods(client, svc)), (current?.subsets ?? []) as EndpointSubset[]);
      const labels = endpointsLabels(svc);
      if (current && deepEqual(current.subsets ?? [], subsets) && deepEqual(current.metadata.labels ?? {}, labels)) return true;
      const next: KubeObject = {
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: {
          ...(current?.metadata ?? { name, namespace }),
          ...(Object.keys(labels).length > 0 ? { labels } : {}),
          annotations: { ...(current?.metadata.annotations ?? {}), [TRIGGER_TIME]: rfc3339(clock.nowMs) },
        },
        ...(subsets.length > 0 ? { subsets } : {}),
      };
      if (current) client.update('/endpoints', next);
      else client.create('/endpoints', next);
      return true;
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return false;
    }
  }
}

function endpointsLabels(svc: KubeObject): Record<string, string> {
  const labels = { ...(svc.metadata.labels ?? {}) };
  if (serviceSpec(svc).clusterIP === 'None') labels[HEADLESS] = '';
  return labels;
}
