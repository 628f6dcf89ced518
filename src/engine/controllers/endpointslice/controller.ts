// The EndpointSlice controller: keeps the slices of every Service with a selector equal to the pods
// it selects, owned by the Service (the garbage collector removes them with it), updating the
// existing slices in place. Mirrors pkg/controller/endpointslice (v1.31).

import { isStatusError } from '../../api/errors.ts';
import { controllerRef } from '../../api/owners.ts';
import type { KubeObject } from '../../api/types.ts';
import { deepEqual } from '../../base/json.ts';
import { rfc3339 } from '../../base/time.ts';
import { splitKey, WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';
import type { Informers } from '../common/informers.ts';
import { selectedPods, serviceSpec, watchSelectedPods } from '../common/service-pods.ts';
import { desiredSlices, type DesiredSlice } from './slices.ts';

const REACTION_MS = 5;
const RESOURCE = 'discovery.k8s.io/endpointslices';
const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
const CONTROLLER = 'endpointslice-controller.k8s.io';
const SERVICE_NAME = 'kubernetes.io/service-name';
const TRIGGER_TIME = 'endpoints.kubernetes.io/last-change-trigger-time';

export class EndpointSliceController implements Controller {
  readonly name = 'endpointslice-controller';
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps, informers: Informers) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (key) => this.sync(key) });
    watchSelectedPods(deps.client, informers.pods, this.queue, REACTION_MS);
  }

  private sync(key: string): boolean {
    const { client } = this.deps;
    const { namespace, name } = splitKey(key);
    const svc = client.get('/services', namespace, name);
    if (!svc || svc.metadata.deletionTimestamp || !serviceSpec(svc).selector) return true;
    const existing = client.list(RESOURCE, namespace, { labelSelector: `${SERVICE_NAME}=${name},${MANAGED_BY}=${CONTROLLER}` });
    const desired = desiredSlices(svc, selectedPods(client, svc));
    try {
      desired.forEach((d, i) => this.write(svc, d, existing[i]));
      for (const extra of existing.slice(desired.length)) client.delete(RESOURCE, namespace, extra.metadata.name!);
      return true;
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return false;
    }
  }

  private write(svc: KubeObject, d: DesiredSlice, current: KubeObject | undefined): void {
    const { client, clock } = this.deps;
    const labels = sliceLabels(svc);
    if (current && deepEqual(current.endpoints ?? null, d.endpoints) && deepEqual(current.ports ?? null, d.ports) && deepEqual(current.metadata.labels, labels)) return;
    const slice: KubeObject = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        ...(current?.metadata ?? { generateName: `${svc.metadata.name}-`, namespace: svc.metadata.namespace!, ownerReferences: [controllerRef(svc)] }),
        labels,
        annotations: { ...(current?.metadata.annotations ?? {}), [TRIGGER_TIME]: rfc3339(clock.nowMs) },
      },
      addressType: 'IPv4',
      endpoints: d.endpoints,
      ports: d.ports,
    };
    if (current) client.update(RESOURCE, slice);
    else client.create(RESOURCE, slice);
  }
}

function sliceLabels(svc: KubeObject): Record<string, string> {
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}), [MANAGED_BY]: CONTROLLER, [SERVICE_NAME]: svc.metadata.name! };
  if (serviceSpec(svc).clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)));
}
