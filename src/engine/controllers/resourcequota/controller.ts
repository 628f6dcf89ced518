// The resource-quota controller: keeps every ResourceQuota's `status.hard` (its spec's limits) and
// `status.used` (what the namespace's objects use, computed as quota admission computes it) current,
// recomputing a quota when it changes or when an object of a resource it charges changes.
// Mirrors pkg/controller/resourcequota (resource_quota_controller.go, resource_quota_monitor.go).
// Deviation from upstream: admission does not write `status.used` itself; this controller follows
// creations a few milliseconds later instead, and there is no 5-minute full resync (nothing drifts).

import type { ResourceQuotaSpec } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../api/errors.ts';
import { formatQuantity } from '../../api/quantity.ts';
import type { KubeObject } from '../../api/types.ts';
import { deepEqual } from '../../base/json.ts';
import type { WatchEvent } from '../../apiserver/server.ts';
import { calculateUsage, evaluatedBy, type QuotaResource } from '../../apiserver/registry/resourcequotas/usage.ts';
import { namespacedKey, splitKey, WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';

/** How soon a watched change is acted on (the informer's delivery and the queue's pick-up). */
const REACTION_MS = 5;
/** Resources no quota charges (DefaultIgnoredResources) and the quotas, which are followed apart. */
const IGNORED = new Set(['/events', 'events.k8s.io/events', '/resourcequotas']);

const resourceKey = (r: QuotaResource): string => `${r.group}/${r.resource}`;

/** The resources whose objects a quota's hard limits charge (`group/resource`). */
function chargedResources(quota: KubeObject): Set<string> {
  const hard = (quota.spec as ResourceQuotaSpec | undefined)?.hard ?? {};
  const keys = new Set<string>();
  for (const name of Object.keys(hard)) {
    const r = evaluatedBy(name);
    if (r) keys.add(resourceKey(r));
  }
  return keys;
}

/** A sorted copy of a resource list (Go serialises maps by key). */
function sorted(list: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(list).sort().map((k) => [k, list[k]!]));
}

export class ResourceQuotaController implements Controller {
  readonly name = 'resourcequota-controller';
  private readonly queue: WorkQueue;
  /** Per namespace, each quota's name and the resources it charges (the quota lister's index). */
  private readonly quotas = new Map<string, Map<string, Set<string>>>();

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (key) => this.sync(key) });
    deps.client.watch('/resourcequotas', (e) => this.onQuota(e));
    for (const info of deps.client.kinds().resources) {
      const key = resourceKey(info);
      if (!info.namespaced || !info.verbs.includes('watch') || !info.verbs.includes('create') || IGNORED.has(key)) continue;
      deps.client.watch(`${info.group}/${info.resource}`, (e) => this.onObject(key, e.object));
    }
    deps.clock.onRestore(`index/resourcequotas@${this.name}`, () => this.rebuild());
    this.rebuild();
  }

  private rebuild(): void {
    this.quotas.clear();
    for (const q of this.deps.client.list('/resourcequotas')) this.index(q);
  }

  private index(quota: KubeObject): void {
    const ns = quota.metadata.namespace ?? '';
    const byName = this.quotas.get(ns) ?? new Map<string, Set<string>>();
    byName.set(quota.metadata.name ?? '', chargedResources(quota));
    this.quotas.set(ns, byName);
  }

  private onQuota(e: WatchEvent): void {
    const { namespace = '', name = '' } = e.object.metadata;
    if (e.type === 'DELETED') {
      this.quotas.get(namespace)?.delete(name);
      if (this.quotas.get(namespace)?.size === 0) this.quotas.delete(namespace);
    } else {
      this.index(e.object);
      this.queue.add(namespacedKey(namespace, name), REACTION_MS);
    }
    this.onObject('/resourcequotas', e.object);
  }

  /** Replenishment: an object changed, so every quota of its namespace that charges its resource is recomputed. */
  private onObject(resource: string, obj: KubeObject): void {
    const namespace = obj.metadata.namespace ?? '';
    for (const [name, charged] of this.quotas.get(namespace) ?? []) {
      if (charged.has(resource)) this.queue.add(namespacedKey(namespace, name), REACTION_MS);
    }
  }

  private list(r: QuotaResource, namespace: string): readonly KubeObject[] | undefined {
    const info = this.deps.client.kinds().resourceByName(r.group, r.resource);
    return info?.namespaced ? this.deps.client.list(`${r.group}/${r.resource}`, namespace) : undefined;
  }

  sync(key: string): boolean {
    const { namespace = '', name } = splitKey(key);
    const quota = this.deps.client.get('/resourcequotas', namespace, name);
    if (!quota || quota.metadata.deletionTimestamp) return true;
    const usage = calculateUsage(quota, (r) => this.list(r, namespace));
    const hard = sorted((quota.spec as ResourceQuotaSpec | undefined)?.hard ?? {});
    const used = sorted(Object.fromEntries([...usage].map(([k, q]) => [k, formatQuantity(q)])));
    // Empty lists are omitted, as the API serialises them.
    const status = { ...(Object.keys(hard).length > 0 ? { hard } : {}), ...(Object.keys(used).length > 0 ? { used } : {}) };
    if (deepEqual(quota.status, status)) return true;
    try {
      this.deps.client.updateStatus('/resourcequotas', { ...quota, status });
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return false;
    }
    return true;
  }
}
