// What the activity log notes about one API request, read from the request and the objects it
// saw: the HTTP method and path kubectl's -v=6 would show, the object's controller, the endpoints
// an EndpointSlice lists, and whether a node status update is only a heartbeat.

import type { ResourceInfo } from '../api/kinds.ts';
import type { KubeObject } from '../api/types.ts';
import { deepEqual } from '../base/json.ts';
import type { ActivityObject } from './types.ts';

export type Verb = 'create' | 'update' | 'patch' | 'delete' | 'get' | 'list' | 'watch';

export interface Request {
  readonly verb: Verb;
  readonly info: ResourceInfo;
  readonly namespace?: string;
  /** Empty for a collection (list, watch, create before the name is known). */
  readonly name: string;
  readonly subresource?: string;
  readonly dryRun?: boolean;
}

const METHODS: Readonly<Record<Verb, string>> = {
  create: 'POST', update: 'PUT', patch: 'PATCH', delete: 'DELETE', get: 'GET', list: 'GET', watch: 'GET',
};

export function methodOf(verb: Verb): string {
  return METHODS[verb];
}

/** The request's URL path, e.g. `/api/v1/namespaces/default/pods` or `/apis/apps/v1/.../deployments/web`. */
export function pathOf(req: Request): string {
  const { info } = req;
  const root = info.group === '' ? `/api/${info.version}` : `/apis/${info.group}/${info.version}`;
  const ns = info.namespaced && req.namespace ? `/namespaces/${req.namespace}` : '';
  const named = req.name !== '' && (req.verb !== 'create' || req.subresource !== undefined);
  const name = named ? `/${req.name}` : '';
  const sub = req.subresource ? `/${req.subresource}` : '';
  return `${root}${ns}/${info.resource}${name}${sub}${req.verb === 'watch' ? '?watch=true' : ''}`;
}

/** etcd's key for the object, as kube-apiserver lays them out (`/registry/<resource>/<namespace>/<name>`). */
export function etcdKeyOf(info: ResourceInfo, namespace: string | undefined, name: string): string {
  return `/registry/${info.resource}/${info.namespaced && namespace ? `${namespace}/` : ''}${name}`;
}

export function objectOf(info: ResourceInfo, namespace: string | undefined, name: string, obj?: KubeObject): ActivityObject {
  const owner = obj?.metadata.ownerReferences?.find((r) => r.controller === true);
  return {
    kind: info.kind,
    ...(info.namespaced && namespace ? { namespace } : {}),
    name,
    ...(owner ? { owner: { kind: owner.kind, name: owner.name } } : {}),
  };
}

/** A body's `metadata.name`, or its generateName prefix while the server has not chosen the name. */
export function bodyName(body: unknown): string {
  const meta = (body as { metadata?: { name?: unknown; generateName?: unknown } } | undefined)?.metadata;
  const name = typeof meta?.name === 'string' ? meta.name : typeof meta?.generateName === 'string' ? meta.generateName : '';
  return name;
}

export function bodyNamespace(body: unknown): string | undefined {
  const ns = (body as { metadata?: { namespace?: unknown } } | undefined)?.metadata?.namespace;
  return typeof ns === 'string' && ns !== '' ? ns : undefined;
}

interface NodeCondition {
  readonly type?: string;
  readonly status?: string;
  readonly reason?: string;
}

/** A node status update that changes nothing but heartbeat times (they would drown the feed). */
export function isHeartbeat(before: KubeObject | undefined, after: KubeObject): boolean {
  if (before === undefined) return false;
  const b = (before.status ?? {}) as { conditions?: NodeCondition[]; images?: unknown };
  const a = (after.status ?? {}) as { conditions?: NodeCondition[]; images?: unknown };
  const brief = (cs: NodeCondition[] | undefined) => (cs ?? []).map((c) => [c.type, c.status, c.reason]);
  return deepEqual(brief(b.conditions), brief(a.conditions)) && deepEqual(b.images ?? null, a.images ?? null);
}

/** The Service an EndpointSlice belongs to and how many of its endpoints are ready; undefined for kube-proxy's ignored ones. */
export function sliceFacts(slice: KubeObject): { service: string; ready: number } | undefined {
  const labels = slice.metadata.labels ?? {};
  const service = labels['kubernetes.io/service-name'];
  if (service === undefined || labels['service.kubernetes.io/headless'] !== undefined) return undefined;
  const endpoints = (slice.endpoints ?? []) as Array<{ conditions?: { ready?: boolean } }>;
  return { service, ready: endpoints.filter((e) => e.conditions?.ready !== false).length };
}

/** kube-proxy programs rules only for Services with a cluster IP (not headless, not ExternalName). */
export function hasProxyRules(service: KubeObject): boolean {
  const spec = (service.spec ?? {}) as { clusterIP?: string; type?: string };
  return spec.type !== 'ExternalName' && spec.clusterIP !== undefined && spec.clusterIP !== 'None';
}
