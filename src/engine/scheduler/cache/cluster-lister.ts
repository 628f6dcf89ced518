// What plugins look up besides nodes and pods: namespace labels (namespaceSelector), the Services
// selecting a pod and the selector of its controller (PodTopologySpread's default constraints).
// Namespaces and Services are kept from watches; controllers are read on demand.
// Mirrors the listers the scheduler's informer factory provides.

import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { KubeObject } from '../../api/types.ts';
import type { ApiClient, ResourceName } from '../../client/client.ts';
import { matchesRequirements } from '../../api/selectors.ts';
import { selectorFromSet } from '../util/label-selector.ts';

type Labels = Readonly<Record<string, string>>;

const CONTROLLER_RESOURCES: Readonly<Record<string, ResourceName>> = {
  'v1/ReplicationController': '/replicationcontrollers',
  'apps/v1/ReplicaSet': 'apps/replicasets',
  'apps/v1/StatefulSet': 'apps/statefulsets',
};

export class ClusterLister {
  private readonly namespaces = new Map<string, Labels>();
  private readonly services = new Map<string, Map<string, Labels>>();

  constructor(private readonly client: ApiClient) {
    client.watch('/namespaces', (e) => {
      if (e.type === 'DELETED') this.namespaces.delete(e.object.metadata.name!);
      else this.namespaces.set(e.object.metadata.name!, e.object.metadata.labels ?? {});
    });
    client.watch('/services', (e) => this.setService(e.object, e.type === 'DELETED'));
  }

  /** Relists everything (at start and after a restore). */
  resync(): void {
    this.namespaces.clear();
    this.services.clear();
    for (const ns of this.client.list('/namespaces')) this.namespaces.set(ns.metadata.name!, ns.metadata.labels ?? {});
    for (const svc of this.client.list('/services')) this.setService(svc, false);
  }

  namespaceLabels(name: string): Labels | undefined {
    return this.namespaces.get(name);
  }

  /** The names of the namespaces whose labels match. */
  namespacesMatching(matches: (labels: Labels) => boolean): string[] {
    return [...this.namespaces].filter(([, labels]) => matches(labels)).map(([name]) => name);
  }

  /** GetPodServices: the selectors of the Services in the pod's namespace that select it. */
  serviceSelectors(namespace: string, labels: Labels): Labels[] {
    const out: Labels[] = [];
    for (const sel of this.services.get(namespace)?.values() ?? []) {
      const reqs = selectorFromSet(sel).requirements!;
      if (matchesRequirements(reqs, labels)) out.push(sel);
    }
    return out;
  }

  /** The controller object (ReplicaSet, ReplicationController, StatefulSet) a pod names as its controller. */
  controller(pod: KubeObject): { kind: string; selector: LabelSelector | Labels | undefined } | undefined {
    const owner = (pod.metadata.ownerReferences ?? []).find((r) => r.controller === true);
    const resource = owner && CONTROLLER_RESOURCES[`${owner.apiVersion}/${owner.kind}`];
    if (!owner || !resource) return undefined;
    const obj = this.client.get(resource, pod.metadata.namespace, owner.name);
    if (!obj) return undefined;
    return { kind: owner.kind, selector: (obj.spec as { selector?: LabelSelector | Labels } | undefined)?.selector };
  }

  private setService(svc: KubeObject, deleted: boolean): void {
    const ns = svc.metadata.namespace!;
    const byName = this.services.get(ns) ?? new Map<string, Labels>();
    const selector = (svc.spec as { selector?: Labels } | undefined)?.selector;
    if (deleted || !selector || Object.keys(selector).length === 0) byName.delete(svc.metadata.name!);
    else byName.set(svc.metadata.name!, selector);
    this.services.set(ns, byName);
  }
}
