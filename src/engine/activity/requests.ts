// Records one client's API requests once each has run: the request, the API server's admission or
// refusal, etcd's write (and kube-proxy's rules after a Service or EndpointSlice write); an Event is
// one 'event' entry of its reporter. Lease renewals and node heartbeats are left out (a flood).

import { isStatusError } from '../api/errors.ts';
import type { KubeObject } from '../api/types.ts';
import type { ApiServer } from '../apiserver/server.ts';
import type { ActivityLog } from './log.ts';
import {
  etcdKeyOf, hasProxyRules, isHeartbeat, methodOf, objectOf, pathOf, sliceFacts, type Request,
} from './request-facts.ts';
import type { ActivityObject, Actor, Caller } from './types.ts';

type Persisted = 'create' | 'update' | 'terminate' | 'delete';

export class RequestRecorder {
  constructor(private readonly server: ApiServer, private readonly caller: Caller, private readonly log: ActivityLog) {}

  /** Runs a write and records it; errors are recorded as a refusal and rethrown. */
  write(req: Request, run: () => KubeObject): KubeObject {
    const { info } = req;
    if (info.resource === 'leases' || (info.resource === 'events' && this.caller.actor !== 'kubectl')) return this.quiet(req, run);
    const before = req.verb === 'create' ? undefined : this.server.tryGet(info, req.namespace, req.name);
    let result: KubeObject;
    try {
      result = run();
    } catch (e) {
      this.refused(req, e);
      throw e;
    }
    if (info.resource === 'nodes' && this.caller.actor === 'kubelet' && isHeartbeat(before, result)) return result;
    const object = objectOf(info, req.namespace, result.metadata.name ?? req.name, result);
    const request = this.request({ ...req, name: object.name }, object);
    this.log.record('kube-apiserver', 'admit', object, { verb: req.verb, ...(req.dryRun ? { dryRun: true } : {}) }, undefined, request);
    const persisted = req.dryRun ? undefined : this.persisted(req, before, result);
    if (persisted === undefined) return result;
    const rv = persisted === 'delete' ? String(this.server.revision) : result.metadata.resourceVersion ?? '';
    const write = this.log.record('etcd', 'persist', object, { op: persisted, resourceVersion: rv, key: etcdKeyOf(info, req.namespace, object.name) }, undefined, request);
    this.proxyRules(req, result, persisted, write);
    return result;
  }

  /** Records a read (kubectl's: the components read from their informers' caches). */
  read<T>(req: Request, run: () => T): T {
    const object = objectOf(req.info, req.namespace, req.name);
    const request = this.request(req, object);
    try {
      return run();
    } catch (e) {
      this.refused(req, e, request);
      throw e;
    }
  }

  private request(req: Request, object: ActivityObject): number {
    const c = this.caller;
    return this.log.record(c.actor, 'request', object, {
      verb: req.verb, resource: req.info.resource, ...(req.subresource ? { subresource: req.subresource } : {}),
      method: methodOf(req.verb), path: pathOf(req), user: c.user, userAgent: c.userAgent, ...(req.dryRun ? { dryRun: true } : {}),
    }, c.detail, this.log.causeOf(c.actor));
  }

  private refused(req: Request, e: unknown, request?: number): void {
    if (!isStatusError(e)) return;
    const object = objectOf(req.info, req.namespace, req.name);
    const seq = request ?? this.request(req, object);
    this.log.record('kube-apiserver', 'reject', object, { verb: req.verb, code: e.code, reason: e.reason, message: e.message }, undefined, seq);
  }

  /** What etcd did: nothing for a request that changed nothing. */
  private persisted(req: Request, before: KubeObject | undefined, result: KubeObject): Persisted | undefined {
    if (req.verb === 'create' && req.subresource === undefined) return 'create';
    const now = this.server.tryGet(req.info, req.namespace, result.metadata.name ?? req.name);
    if (now === undefined || now.metadata.uid !== result.metadata.uid) return 'delete';
    if (before !== undefined && now.metadata.resourceVersion === before.metadata.resourceVersion) return undefined;
    return req.verb === 'delete' ? 'terminate' : 'update';
  }

  /** Events: one entry by the component that reports them (client-go's recorder writes them for it). */
  private quiet(req: Request, run: () => KubeObject): KubeObject {
    const result = run();
    if (req.info.resource !== 'events') return result;
    const source = (result.source ?? {}) as { component?: string; host?: string };
    const involved = (result.involvedObject ?? {}) as { kind?: string; namespace?: string; name?: string };
    const { actor, detail } = reporter(source.component ?? '', source.host, this.caller);
    const object = { kind: involved.kind ?? '', ...(involved.namespace ? { namespace: involved.namespace } : {}), name: involved.name ?? '' };
    this.log.record(actor, 'event', object, {
      type: String(result.type ?? ''), reason: String(result.reason ?? ''), message: String(result.message ?? ''), count: Number(result.count ?? 1),
    }, detail, this.log.causeOf(actor));
    return result;
  }

  /** kube-proxy on every node follows Services and EndpointSlices and rewrites its rules. */
  private proxyRules(req: Request, obj: KubeObject, persisted: Persisted, write: number): void {
    const { resource } = req.info;
    if (resource === 'services' && (persisted === 'create' || persisted === 'delete') && hasProxyRules(obj)) {
      this.log.record('kube-proxy', 'rules', objectOf(req.info, req.namespace, obj.metadata.name ?? ''), { op: persisted }, undefined, write);
    } else if (resource === 'endpointslices') {
      const facts = sliceFacts(obj);
      if (!facts) return;
      const service = { kind: 'Service', ...(req.namespace ? { namespace: req.namespace } : {}), name: facts.service };
      this.log.record('kube-proxy', 'rules', service, { op: 'endpoints', endpoints: persisted === 'delete' ? 0 : facts.ready, slice: obj.metadata.name ?? '' }, undefined, write);
    }
  }
}

/** Who reported an Event, from its source: a kubelet (with its node), the scheduler, or a controller. */
function reporter(component: string, host: string | undefined, caller: Caller): { actor: Actor; detail?: string } {
  if (component === 'kubelet') return { actor: 'kubelet', ...(host ? { detail: host } : {}) };
  if (component.endsWith('-scheduler')) return { actor: 'kube-scheduler' };
  if (component !== '') return { actor: 'kube-controller-manager', detail: component };
  return { actor: caller.actor, ...(caller.detail !== undefined ? { detail: caller.detail } : {}) };
}
