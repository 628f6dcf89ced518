// The root CA publisher: every namespace holds the `kube-root-ca.crt` ConfigMap with the cluster CA.
// Mirrors pkg/controller/certificates/rootcacertpublisher.

import { isStatusError } from '../../api/errors.ts';
import { WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';

export const ROOT_CA_CONFIGMAP = 'kube-root-ca.crt';
const REACTION_MS = 30;

export class RootCaCertPublisher implements Controller {
  readonly name = 'root-ca-cert-publisher';
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps, private readonly caPem: string) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (ns) => this.sync(ns) });
    deps.client.watch('/namespaces', (e) => {
      if (e.type !== 'DELETED') this.queue.add(e.object.metadata.name!, REACTION_MS);
    });
    deps.client.watch('/configmaps', (e) => {
      if (e.object.metadata.name === ROOT_CA_CONFIGMAP) this.queue.add(e.object.metadata.namespace!, REACTION_MS);
    });
  }

  private sync(namespace: string): void {
    const { client } = this.deps;
    const ns = client.get('/namespaces', undefined, namespace);
    if (!ns || ns.metadata.deletionTimestamp) return;
    const cm = client.get('/configmaps', namespace, ROOT_CA_CONFIGMAP);
    const data = { 'ca.crt': this.caPem };
    const annotations = { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' };
    try {
      if (!cm) {
        client.create('/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: ROOT_CA_CONFIGMAP, namespace, annotations }, data });
      } else if ((cm.data as Record<string, string> | undefined)?.['ca.crt'] !== this.caPem) {
        client.update('/configmaps', { ...cm, data });
      }
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  }
}
