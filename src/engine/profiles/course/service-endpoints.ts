// What the endpoints and EndpointSlice controllers publish for a Service with a selector: its ready
// pods as Endpoints subsets and as one EndpointSlice owned by the Service. Written as create-or-
// update, so it composes with those controllers. Mirrors pkg/controller/endpoint and endpointslice.

import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import { rfc3339 } from '../../base/time.ts';
import type { BootContext } from '../profile.ts';
import { controllerRef, sortedMap, type Dict } from './meta.ts';

export interface ServicePort {
  readonly name: string;
  readonly port: number;
  readonly protocol: 'TCP' | 'UDP';
}

const TRIGGER_TIME = 'endpoints.kubernetes.io/last-change-trigger-time';
const MANAGED_BY = 'endpointslice-controller.k8s.io';

/**
 * The ports as each object lists them: a slice in the Service's order, Endpoints in the order of
 * the ports' hashes (endpoints.SortSubsets), which the caller knows for its Service.
 */
export interface PublishedPorts {
  readonly slice: readonly ServicePort[];
  readonly endpoints: readonly ServicePort[];
}

export function publishEndpoints(ctx: BootContext, service: KubeObject, ports: PublishedPorts, pods: readonly KubeObject[]): void {
  const { client } = ctx;
  const name = service.metadata.name!;
  const namespace = service.metadata.namespace!;
  const stored = client.get('/services', namespace, name)!;
  const trigger = rfc3339(ctx.clock.nowMs);
  const labels = (stored.metadata.labels ?? {}) as Record<string, string>;
  const byIp = [...pods].sort((a, b) => (podIp(a) < podIp(b) ? -1 : 1));
  const endpoints: KubeObject = {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name, namespace, labels: clone(labels), annotations: { [TRIGGER_TIME]: trigger } },
  };
  if (pods.length > 0) {
    endpoints.subsets = [{
      addresses: byIp.map((p) => ({ ip: podIp(p), nodeName: nodeOf(p), targetRef: podRef(p) })),
      ports: ports.endpoints.map((p) => ({ name: p.name, port: p.port, protocol: p.protocol })),
    }];
  }
  const existing = client.get('/endpoints', namespace, name);
  if (existing) client.update('/endpoints', { ...endpoints, metadata: { ...existing.metadata, ...endpoints.metadata } });
  else client.create('/endpoints', endpoints);

  const slice: KubeObject = {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      generateName: `${name}-`,
      namespace,
      labels: sortedMap({ ...labels, 'endpointslice.kubernetes.io/managed-by': MANAGED_BY, 'kubernetes.io/service-name': name }),
      annotations: { [TRIGGER_TIME]: trigger },
      ownerReferences: [controllerRef(stored)],
    },
    addressType: 'IPv4',
    endpoints: pods.length > 0 ? byIp.map((p) => ({
      addresses: [podIp(p)],
      conditions: { ready: true, serving: true, terminating: false },
      nodeName: nodeOf(p),
      targetRef: podRef(p),
    })) : null,
    ports: ports.slice.map((p) => ({ name: p.name, protocol: p.protocol, port: p.port })),
  };
  const current = client.list('discovery.k8s.io/endpointslices', namespace)
    .find((s) => s.metadata.labels?.['kubernetes.io/service-name'] === name);
  if (current) {
    client.update('discovery.k8s.io/endpointslices', { ...slice, metadata: { ...current.metadata, ...slice.metadata, name: current.metadata.name } });
  } else {
    client.create('discovery.k8s.io/endpointslices', slice);
  }
}

function podIp(pod: KubeObject): string {
  return String((pod.status as Dict | undefined)?.podIP ?? '');
}

function nodeOf(pod: KubeObject): string {
  return String((pod.spec as Dict | undefined)?.nodeName ?? '');
}

function podRef(pod: KubeObject): Dict {
  return { kind: 'Pod', namespace: pod.metadata.namespace!, name: pod.metadata.name!, uid: pod.metadata.uid! };
}
