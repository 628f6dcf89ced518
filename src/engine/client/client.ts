// The API client components use (client-go role): every write goes through the API server, so
// validation, events and the history log see it. Resources are named by group and plural.

import type { Kinds, ResourceInfo } from '../api/kinds.ts';
import type { KubeObject } from '../api/types.ts';
import { assert } from '../base/assert.ts';
import type { ApiServer, DeleteOptions, WatchEvent, WriteOptions } from '../apiserver/server.ts';
import type { ListOptions } from '../apiserver/list-filter.ts';
import type { PatchType } from '../apiserver/patch/apply.ts';
import type { ExecCallbacks, ExecSession } from '../apiserver/node-proxy.ts';
import type { PodLogOptions } from '../apiserver/registry/pods/log.ts';
import type { PodExecOptions } from '../apiserver/registry/pods/exec.ts';

export type ResourceName = `${string}/${string}`;

export interface ClientOptions {
  /** How the server checks the objects this client sends (kubectl: Strict; in-process components: Ignore). */
  readonly fieldValidation?: 'Strict' | 'Ignore';
}

export class ApiClient {
  private readonly validation: 'Strict' | 'Ignore';

  constructor(readonly server: ApiServer, readonly user: string, opts: ClientOptions = {}) {
    this.validation = opts.fieldValidation ?? 'Strict';
  }

  info(resource: ResourceName): ResourceInfo {
    const slash = resource.indexOf('/');
    const info = this.server.kinds().resourceByName(resource.slice(0, slash), resource.slice(slash + 1));
    assert(info !== undefined, `unknown resource ${resource}`);
    return info;
  }

  /** Discovery: what the server serves now, custom resources included. */
  kinds(): Kinds {
    return this.server.kinds();
  }

  get(resource: ResourceName, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.server.tryGet(this.info(resource), namespace, name);
  }

  list(resource: ResourceName, namespace?: string, opts?: ListOptions): KubeObject[] {
    return this.server.list(this.info(resource), namespace, opts).items;
  }

  create(resource: ResourceName, obj: KubeObject, opts?: WriteOptions): KubeObject {
    return this.server.create(this.info(resource), obj.metadata.namespace, obj, { fieldValidation: this.validation, ...opts });
  }

  update(resource: ResourceName, obj: KubeObject, opts?: WriteOptions): KubeObject {
    return this.server.update(this.info(resource), obj.metadata.namespace, obj, { fieldValidation: this.validation, ...opts });
  }

  updateStatus(resource: ResourceName, obj: KubeObject): KubeObject {
    return this.server.update(this.info(resource), obj.metadata.namespace, obj, { subresource: 'status', fieldValidation: this.validation });
  }

  /** POST pods/<name>/binding. */
  bind(namespace: string, name: string, nodeName: string): KubeObject {
    return this.server.bind(namespace, name, { target: { kind: 'Node', name: nodeName } });
  }

  /** GET pods/<name>/log: the log text. */
  logs(namespace: string, name: string, opts: PodLogOptions = {}): string {
    return this.server.podLogs(namespace, name, opts);
  }

  /** GET pods/<name>/log?follow=true: `write` gets the log so far, then new text; `end` when the stream ends. Returns a stop. */
  followLogs(namespace: string, name: string, opts: PodLogOptions, write: (text: string) => void, end: () => void): () => void {
    return this.server.followPodLogs(namespace, name, opts, write, end);
  }

  /** POST pods/<name>/exec: a running command in the pod's container. */
  exec(namespace: string, name: string, opts: PodExecOptions, cb: ExecCallbacks): ExecSession {
    return this.server.podExec(namespace, name, opts, cb);
  }

  patch(resource: ResourceName, namespace: string | undefined, name: string, type: PatchType, patch: unknown): KubeObject {
    return this.server.patch(this.info(resource), namespace, name, type, patch, { fieldValidation: this.validation });
  }

  delete(resource: ResourceName, namespace: string | undefined, name: string, opts?: DeleteOptions): KubeObject {
    return this.server.delete(this.info(resource), namespace, name, opts);
  }

  watch(resource: ResourceName, fn: (e: WatchEvent) => void, namespace?: string, opts: ListOptions = {}): () => void {
    return this.server.watch(this.info(resource), namespace, opts, fn);
  }
}
