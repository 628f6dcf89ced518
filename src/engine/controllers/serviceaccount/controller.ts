// The service account controller: every active namespace gets a `default` ServiceAccount.
// Mirrors pkg/controller/serviceaccount/serviceaccounts_controller.go.

import { isStatusError } from '../../api/errors.ts';
import { WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';

const REACTION_MS = 30;

export class ServiceAccountController implements Controller {
  readonly name = 'serviceaccount-controller';
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (ns) => this.sync(ns) });
    deps.client.watch('/namespaces', (e) => {
      if (e.type !== 'DELETED') this.queue.add(e.object.metadata.name!, REACTION_MS);
    });
    deps.client.watch('/serviceaccounts', (e) => {
      if (e.type === 'DELETED' && e.object.metadata.name === 'default') this.queue.add(e.object.metadata.namespace!, REACTION_MS);
    });
  }

  private sync(namespace: string): void {
    const { client } = this.deps;
    const ns = client.get('/namespaces', undefined, namespace);
    if (!ns || ns.metadata.deletionTimestamp) return;
    if (client.get('/serviceaccounts', namespace, 'default')) return;
    try {
      client.create('/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace } });
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  }
}
