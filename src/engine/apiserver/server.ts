// The API server's request pipeline: decode (strict field validation) → defaulting → admission →
// validation → storage, plus graceful deletion with finalizers and watch.
// Mirrors k8s.io/apiserver registry/generic/registry/store.go for the behaviour a student can see.

import { alreadyExists, badRequest, conflict, CONFLICT_MODIFIED, field, forbidden, invalid, notFound } from '../api/errors.ts';
import { resourceByName, type Kinds, type ResourceInfo } from '../api/kinds.ts';
import { apiVersionOf, splitApiVersion, type KubeList, type KubeObject } from '../api/types.ts';
import { clone, deepEqual, isPlainObject } from '../base/json.ts';
import { generateName } from '../base/names.ts';
import type { SeededRandom } from '../base/rand.ts';
import { rfc3339 } from '../base/time.ts';
import type { VirtualClock } from '../base/clock.ts';
import { storeKey, storePrefix, type Store } from '../store/store.ts';
import { decodeBody, type Decoder } from './decode.ts';
import { validateObjectMeta } from './meta-validation.ts';
import { applyPatchOfType, type PatchType } from './patch/apply.ts';
import { type AdmissionContext, type ResourceStrategy } from './strategy.ts';
import { componentStatuses } from './registry/componentstatuses/status.ts';
import { compileListFilter, type ListOptions } from './list-filter.ts';
import { uuid } from './uuid.ts';
import { bindPod } from './registry/pods/binding.ts';
import { evictPod, type Eviction, type EVICTION_CREATED } from './registry/pods/eviction.ts';
import type { ExecCallbacks, ExecSession, NodeProxy } from './node-proxy.ts';
import { followPodLogs as followLogs, readPodLogs, type PodLogOptions, type PodStreamDeps } from './registry/pods/log.ts';
import { execInPod, type PodExecOptions } from './registry/pods/exec.ts';
import { CRD_GROUP, CRD_RESOURCE, CrdKinds } from './customresources/crd-kinds.ts';
import { customResourceDecoder, strategicPatchUnsupported } from './customresources/cr-strategy.ts';
import { markCrdTerminating } from './customresources/crd-strategy.ts';

export interface WriteOptions {
  readonly dryRun?: boolean;
  /**
   * `Strict` (what kubectl sends) rejects unknown fields; `Ignore` (the components' in-process objects,
   * built by code) skips the schema check — the API server's default for clients that ask nothing is `Warn`.
   */
  readonly fieldValidation?: 'Strict' | 'Ignore';
}

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

export interface DeleteOptions extends WriteOptions {
  readonly gracePeriodSeconds?: number;
  readonly propagationPolicy?: PropagationPolicy;
  readonly uid?: string;
}

/** A request as validating admission webhooks see it (after defaulting and validation, before storage). */
export interface AdmissionAttributes {
  readonly operation: 'CREATE' | 'UPDATE';
  readonly info: ResourceInfo;
  readonly object: KubeObject;
  readonly oldObject?: KubeObject;
}

export interface WatchEvent {
  readonly type: 'ADDED' | 'MODIFIED' | 'DELETED';
  readonly object: KubeObject;
}

export interface ApiServerDeps {
  readonly store: Store;
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  readonly strategies: (info: ResourceInfo) => ResourceStrategy;
  readonly decoder: Decoder;
  readonly allocators: AdmissionContext['allocators'];
  /** Grace periods that apply to this kind of object when the request names none. */
  readonly defaultGracePeriodSeconds: (info: ResourceInfo, obj: KubeObject) => number;
}

/** NamespaceLifecycle admission: these namespaces may never be deleted. */
const IMMORTAL_NAMESPACES: ReadonlySet<string> = new Set(['default', 'kube-system', 'kube-public']);
const NAMESPACES = resourceByName('', 'namespaces')!;
const PODS = resourceByName('', 'pods')!;
const SKIP_SCHEMA: Decoder = () => ({ unknownFields: [] });
const NODES = resourceByName('', 'nodes')!;
const PDBS = resourceByName('policy', 'poddisruptionbudgets')!;
const COMPONENT_STATUSES = resourceByName('', 'componentstatuses')!;

export class ApiServer {
  readonly ctx: AdmissionContext;
  private readonly crdKinds: CrdKinds;
  /** ValidatingAdmissionWebhook: calls the webhooks a request matches; throws their refusal or failure (set by the cluster). */
  validatingWebhooks: ((attrs: AdmissionAttributes) => void) | undefined;

  constructor(private readonly deps: ApiServerDeps) {
    const { store, clock, rand, allocators } = deps;
    this.crdKinds = new CrdKinds(store);
    this.ctx = {
      get nowMs() { return clock.nowMs; },
      rand,
      allocators,
      get: (group, resource, namespace, name) => store.get(storeKey(group, resource, namespace, name)),
      list: (group, resource, namespace) => store.list(storePrefix(group, resource, namespace)),
    };
  }

  get revision(): number {
    return this.deps.store.revision;
  }

  /** Discovery: the built-in kinds plus those of the established CRDs. */
  kinds(): Kinds {
    return this.crdKinds.kinds();
  }

  get(info: ResourceInfo, namespace: string | undefined, name: string): KubeObject {
    const obj = info === COMPONENT_STATUSES ? this.componentStatuses().find((c) => c.metadata.name === name) : this.deps.store.get(this.key(info, namespace, name));
    if (!obj) throw notFound(info.group, info.resource, name);
    return obj;
  }

  tryGet(info: ResourceInfo, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.deps.store.get(this.key(info, namespace, name));
  }

  list(info: ResourceInfo, namespace: string | undefined, opts: ListOptions = {}): KubeList {
    const filter = compileListFilter(info, this.deps.strategies(info), opts);
    const stored = info === COMPONENT_STATUSES ? this.componentStatuses() : this.deps.store.list(storePrefix(info.group, info.resource, info.namespaced ? namespace : undefined));
    // Without a selector every object passes: the store's fresh array is the answer.
    const items = opts.labelSelector || opts.fieldSelector ? stored.filter(filter) : stored;
    return {
      apiVersion: apiVersionOf(info.group, info.version),
      kind: `${info.kind}List`,
      metadata: { resourceVersion: String(this.deps.store.revision) },
      items,
    };
  }

  /** ComponentStatus is computed on each read (the API server probes the components). */
  private componentStatuses(): KubeObject[] {
    return componentStatuses(this.deps.store.list(storePrefix('', 'pods', 'kube-system')));
  }

  create(info: ResourceInfo, namespace: string | undefined, body: unknown, opts: WriteOptions = {}): KubeObject {
    const obj = this.decode(info, body, opts.fieldValidation);
    const strategy = this.deps.strategies(info);
    const ns = this.resolveNamespace(info, namespace, obj);
    this.prepareMetaForCreate(obj, ns, strategy);
    strategy.default?.(obj);
    this.checkNamespaceAdmits(info, ns);
    strategy.admit?.(obj, this.ctx);
    const causes = [...validateObjectMeta(info, obj), ...(strategy.validate?.(obj, this.ctx) ?? [])];
    if (causes.length > 0) throw invalid(info.group, info.kind, obj.metadata.name ?? '', causes);
    this.validatingWebhooks?.({ operation: 'CREATE', info, object: obj });
    const key = this.key(info, ns, obj.metadata.name!);
    if (this.deps.store.get(key)) throw alreadyExists(info.group, info.resource, obj.metadata.name!);
    strategy.prepareForCreate?.(obj, this.ctx);
    if (opts.dryRun) return obj;
    return this.deps.store.put(key, obj);
  }

  update(info: ResourceInfo, namespace: string | undefined, body: unknown, opts: WriteOptions & { subresource?: 'status' } = {}): KubeObject {
    const unchecked = opts.subresource === 'status' && opts.fieldValidation === 'Ignore' && !info.custom;
    const obj = this.decode(info, unchecked ? statusWriteBody(body) : body, opts.fieldValidation);
    const ns = this.resolveNamespace(info, namespace, obj);
    const name = obj.metadata.name ?? '';
    if (name === '') throw invalid(info.group, info.kind, '', [field.required('metadata.name', 'name or generateName is required')]);
    const old = this.get(info, ns, name);
    const rv = obj.metadata.resourceVersion;
    if (rv !== undefined && rv !== '' && rv !== old.metadata.resourceVersion) {
      throw conflict(info.group, info.resource, name, CONFLICT_MODIFIED);
    }
    return this.commitUpdate(info, ns, obj, old, opts);
  }

  patch(info: ResourceInfo, namespace: string | undefined, name: string, type: PatchType, patch: unknown, opts: WriteOptions & { subresource?: 'status' } = {}): KubeObject {
    const old = this.get(info, namespace, name);
    if (info.custom && type === 'strategic') throw strategicPatchUnsupported();
    const patched = applyPatchOfType(type, old, patch);
    if (!isPlainObject(patched)) throw badRequest('the patch did not produce an object');
    const obj = this.decode(info, patched, opts.fieldValidation);
    const rv = obj.metadata.resourceVersion;
    if (rv !== undefined && rv !== old.metadata.resourceVersion) throw conflict(info.group, info.resource, name, CONFLICT_MODIFIED);
    if (obj.metadata.name !== name) {
      throw badRequest(`the name of the object (${obj.metadata.name ?? ''}) does not match the name on the URL (${name})`);
    }
    return this.commitUpdate(info, namespace, obj, old, opts);
  }

  /**
   * Deletes with the real semantics: objects with finalizers (or a graceful pod on a node) get a
   * deletionTimestamp and stay until their finalizers are gone; others disappear at once.
   * Returns the object as it was last stored.
   */
  delete(info: ResourceInfo, namespace: string | undefined, name: string, opts: DeleteOptions = {}): KubeObject {
    const old = this.get(info, namespace, name);
    if (opts.uid !== undefined && opts.uid !== old.metadata.uid) {
      throw conflict(info.group, info.resource, name, `Precondition failed: UID in precondition: ${opts.uid}, UID in object meta: ${old.metadata.uid ?? ''}`);
    }
    if (info.resource === 'namespaces') return this.deleteNamespace(old, opts);
    if (opts.dryRun) return old;
    if (info.group === CRD_GROUP && info.resource === CRD_RESOURCE && !old.metadata.deletionTimestamp) {
      return this.deps.store.put(this.key(info, namespace, name), markCrdTerminating(old, this.deps.clock.nowMs));
    }
    const grace = opts.gracePeriodSeconds ?? this.deps.defaultGracePeriodSeconds(info, old);
    const finalizers = [...(old.metadata.finalizers ?? [])];
    if (opts.propagationPolicy === 'Foreground' && !finalizers.includes('foregroundDeletion')) finalizers.push('foregroundDeletion');
    if (opts.propagationPolicy === 'Orphan' && !finalizers.includes('orphan')) finalizers.push('orphan');
    if (finalizers.length === 0 && grace === 0) return this.remove(info, namespace, old);
    const pending = clone(old);
    pending.metadata.finalizers = finalizers.length > 0 ? finalizers : undefined;
    if (!pending.metadata.finalizers) delete pending.metadata.finalizers;
    const now = this.deps.clock.nowMs;
    const previousGrace = old.metadata.deletionGracePeriodSeconds;
    if (!old.metadata.deletionTimestamp || (previousGrace !== undefined && grace < previousGrace)) {
      pending.metadata.deletionTimestamp = rfc3339(now + grace * 1000);
      pending.metadata.deletionGracePeriodSeconds = grace;
    }
    if (deepEqual(pending, old)) return old;
    return this.deps.store.put(this.key(info, namespace, name), pending);
  }

  private readonly nodeProxies = new Map<string, NodeProxy>();

  /** A kubelet makes its node reachable for pods/log and pods/exec. */
  registerNodeProxy(node: string, proxy: NodeProxy): void {
    this.nodeProxies.set(node, proxy);
  }

  /** The kubelet of `node`, if one is running there. */
  nodeProxy(node: string): NodeProxy | undefined {
    return this.nodeProxies.get(node);
  }

  private readonly streamDeps: PodStreamDeps = {
    nowMs: () => this.deps.clock.nowMs,
    pod: (namespace, name) => this.get(PODS, namespace, name),
    node: (name) => this.tryGet(NODES, undefined, name),
    proxy: (node) => this.nodeProxy(node),
  };

  /** GET pods/<name>/log: the body (registry/pods/log.ts). */
  podLogs(namespace: string, name: string, opts: PodLogOptions): string {
    return readPodLogs(this.streamDeps, namespace, name, opts);
  }

  /** GET pods/<name>/log?follow=true: the log so far, then new lines until the container stops; returns a stop. */
  followPodLogs(namespace: string, name: string, opts: PodLogOptions, write: (text: string) => void, end: () => void): () => void {
    return followLogs(this.streamDeps, namespace, name, opts, write, end);
  }

  /** POST pods/<name>/exec (registry/pods/exec.ts). */
  podExec(namespace: string, name: string, opts: PodExecOptions, cb: ExecCallbacks): ExecSession {
    return execInPod(this.streamDeps, namespace, name, opts, cb);
  }

  /** The pods/binding subresource: the scheduler assigns a pending pod to a node. */
  bind(namespace: string, name: string, binding: { target?: { kind?: string; name?: string }; metadata?: { annotations?: Record<string, string> } }): KubeObject {
    const pod = this.get(PODS, namespace, name);
    return this.deps.store.put(this.key(PODS, namespace, name), bindPod(pod, binding, this.deps.clock.nowMs));
  }

  /** POST pods/<name>/eviction (registry/pods/eviction.ts): a deletion that respects PodDisruptionBudgets. */
  evict(namespace: string, name: string, eviction: Eviction): typeof EVICTION_CREATED {
    return evictPod({
      nowMs: this.deps.clock.nowMs,
      getPod: (ns, n) => this.get(PODS, ns, n),
      listPdbs: (ns) => this.list(PDBS, ns).items,
      updatePdbStatus: (pdb) => void this.update(PDBS, pdb.metadata.namespace, pdb, { subresource: 'status', fieldValidation: 'Ignore' }),
      updatePodStatus: (pod) => void this.update(PODS, pod.metadata.namespace, pod, { subresource: 'status', fieldValidation: 'Ignore' }),
      deletePod: (ns, n, opts) => void this.delete(PODS, ns, n, opts),
    }, namespace, name, eviction);
  }

  /** Namespaces are deleted in two steps: Terminating now, gone once the controller has emptied them. */
  private deleteNamespace(old: KubeObject, opts: DeleteOptions): KubeObject {
    const name = old.metadata.name!;
    if (IMMORTAL_NAMESPACES.has(name)) throw forbidden('', 'namespaces', name, 'this namespace may not be deleted');
    if (opts.dryRun || old.metadata.deletionTimestamp) return old;
    const next = clone(old);
    next.metadata.deletionTimestamp = rfc3339(this.deps.clock.nowMs);
    next.metadata.deletionGracePeriodSeconds = 0;
    next.status = { ...(next.status as object | undefined), phase: 'Terminating' };
    return this.deps.store.put(this.key(NAMESPACES, undefined, name), next);
  }

  /** The namespace /finalize subresource: once spec.finalizers is empty the namespace is removed. */
  finalizeNamespace(ns: KubeObject): KubeObject {
    const name = ns.metadata.name!;
    const old = this.get(NAMESPACES, undefined, name);
    const next = clone(old);
    next.spec = clone(ns.spec);
    next.status = clone(ns.status);
    const specFinalizers = (next.spec as { finalizers?: string[] } | undefined)?.finalizers ?? [];
    if (old.metadata.deletionTimestamp && specFinalizers.length === 0 && (old.metadata.finalizers ?? []).length === 0) {
      return this.remove(NAMESPACES, undefined, next);
    }
    return this.deps.store.put(this.key(NAMESPACES, undefined, name), next);
  }

  /** Watches a resource; events already filtered by namespace and selectors. */
  watch(info: ResourceInfo, namespace: string | undefined, opts: ListOptions, fn: (e: WatchEvent) => void, fromRevision?: number): () => void {
    const filter = compileListFilter(info, this.deps.strategies(info), opts);
    const prefix = storePrefix(info.group, info.resource, info.namespaced ? namespace : undefined);
    return this.deps.store.watch(prefix, (e) => {
      const now = e.type !== 'DELETED' && filter(e.object);
      const before = e.previous !== undefined && e.type !== 'ADDED' && filter(e.previous);
      if (e.type === 'DELETED') {
        if (before) fn({ type: 'DELETED', object: e.object });
      } else if (now && before) fn({ type: 'MODIFIED', object: e.object });
      else if (now) fn({ type: 'ADDED', object: e.object });
      else if (before) fn({ type: 'DELETED', object: e.object });
    }, fromRevision);
  }

  private commitUpdate(info: ResourceInfo, namespace: string | undefined, obj: KubeObject, old: KubeObject, opts: WriteOptions & { subresource?: 'status' }): KubeObject {
    const strategy = this.deps.strategies(info);
    this.keepServerMeta(obj, old);
    if (opts.subresource === 'status') {
      // Only status changes; everything else, and the order of the keys, stays as stored. The stored
      // parts are frozen, so they are shared rather than copied (and validation may cache by them).
      const status = obj.status;
      for (const k of Object.keys(obj)) delete obj[k];
      Object.assign(obj, old, { metadata: { ...old.metadata } });
      if (status === undefined) delete obj.status;
      else obj.status = status;
    } else {
      strategy.default?.(obj);
      if (strategy.hasStatus) {
        if (old.status === undefined) delete obj.status;
        else obj.status = clone(old.status);
      }
      strategy.prepareForUpdate?.(obj, old);
      if (strategy.tracksGeneration && !deepEqual(specOf(obj), specOf(old))) {
        obj.metadata.generation = (old.metadata.generation ?? 1) + 1;
      }
    }
    const causes = [...validateObjectMeta(info, obj), ...(strategy.validateUpdate?.(obj, old, this.ctx) ?? [])];
    if (causes.length > 0) throw invalid(info.group, info.kind, obj.metadata.name ?? '', causes);
    if (opts.subresource !== 'status') this.validatingWebhooks?.({ operation: 'UPDATE', info, object: obj, oldObject: old });
    if (opts.dryRun) return obj;
    const { resourceVersion: _a, ...metaNew } = obj.metadata;
    const { resourceVersion: _b, ...metaOld } = old.metadata;
    if (deepEqual({ ...obj, metadata: metaNew }, { ...old, metadata: metaOld })) return old;
    if (obj.metadata.deletionTimestamp && (obj.metadata.finalizers ?? []).length === 0) {
      return this.remove(info, namespace, obj);
    }
    return this.deps.store.put(this.key(info, namespace, obj.metadata.name!), obj);
  }

  private remove(info: ResourceInfo, namespace: string | undefined, obj: KubeObject): KubeObject {
    this.deps.strategies(info).release?.(obj, this.ctx);
    return this.deps.store.delete(this.key(info, namespace, obj.metadata.name!)) ?? obj;
  }

  private decode(info: ResourceInfo, body: unknown, validation: WriteOptions['fieldValidation'] = 'Strict'): KubeObject {
    const decoder = info.custom ? customResourceDecoder(info, validation === 'Strict') : validation === 'Strict' ? this.deps.decoder : SKIP_SCHEMA;
    const obj = decodeBody(info, body, decoder);
    const { group } = splitApiVersion(obj.apiVersion);
    const target = this.kinds().resourceForKind(group, obj.kind);
    if ((target?.kind !== info.kind || target.group !== info.group) && !(target === undefined && group === info.group && obj.kind === info.kind)) {
      throw badRequest(`the API version in the data (${obj.apiVersion}) does not match the expected API version (${apiVersionOf(info.group, info.version)})`);
    }
    obj.apiVersion = apiVersionOf(info.group, info.version);
    return obj;
  }

  private resolveNamespace(info: ResourceInfo, requested: string | undefined, obj: KubeObject): string | undefined {
    if (!info.namespaced) {
      delete obj.metadata.namespace;
      return undefined;
    }
    const ns = obj.metadata.namespace || requested || 'default';
    if (requested && obj.metadata.namespace && obj.metadata.namespace !== requested) {
      throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
    }
    obj.metadata.namespace = ns;
    return ns;
  }

  private prepareMetaForCreate(obj: KubeObject, ns: string | undefined, strategy: ResourceStrategy): void {
    const meta = obj.metadata;
    if (!meta.name && meta.generateName) meta.name = generateName(this.deps.rand, meta.generateName);
    meta.uid = uuid(this.deps.rand);
    meta.creationTimestamp = rfc3339(this.deps.clock.nowMs);
    delete meta.resourceVersion;
    delete meta.deletionTimestamp;
    delete meta.deletionGracePeriodSeconds;
    delete meta.selfLink;
    if (strategy.tracksGeneration) meta.generation = 1;
    else delete meta.generation;
    if (strategy.hasStatus) delete obj.status;
    if (ns !== undefined) meta.namespace = ns;
  }

  private checkNamespaceAdmits(info: ResourceInfo, ns: string | undefined): void {
    if (ns === undefined || info.kind === 'Namespace') return;
    const namespace = this.ctx.get('', 'namespaces', undefined, ns);
    if (!namespace) throw notFound('', 'namespaces', ns);
    if (namespace.metadata.deletionTimestamp) {
      throw forbidden(info.group, info.resource, '', `unable to create new content in namespace ${ns} because it is being terminated`);
    }
  }

  private keepServerMeta(obj: KubeObject, old: KubeObject): void {
    const m = obj.metadata;
    const o = old.metadata;
    m.uid = o.uid;
    m.creationTimestamp = o.creationTimestamp;
    if (o.generation !== undefined) m.generation = o.generation;
    if (o.deletionTimestamp) {
      m.deletionTimestamp = o.deletionTimestamp;
      m.deletionGracePeriodSeconds = o.deletionGracePeriodSeconds;
    } else {
      delete m.deletionTimestamp;
      delete m.deletionGracePeriodSeconds;
    }
    if (o.namespace !== undefined) m.namespace = o.namespace;
  }

  private key(info: ResourceInfo, namespace: string | undefined, name: string): string {
    return storeKey(info.group, info.resource, info.namespaced ? (namespace ?? 'default') : undefined, name);
  }
}

/** What an unchecked status write reads of its body (the rest is the stored object's), so only that is copied. */
function statusWriteBody(body: unknown): unknown {
  if (!isPlainObject(body)) return body;
  const { apiVersion, kind, metadata, status } = body;
  return { apiVersion, kind, metadata, status };
}

function specOf(obj: KubeObject): unknown {
  const { metadata: _m, status: _s, apiVersion: _a, kind: _k, ...rest } = obj;
  return rest;
}

