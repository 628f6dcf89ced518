// The API server as one client sees it: the same server, whose requests from this caller are
// recorded while the activity log is on. Writes are recorded for every caller; reads only for
// kubectl (the components read from their informers' caches, not from the API server).

import { resourceByName, type ResourceInfo } from '../api/kinds.ts';
import type { ApiServer } from '../apiserver/server.ts';
import type { ActivityLog } from './log.ts';
import { bodyName, bodyNamespace, type Request, type Verb } from './request-facts.ts';
import { RequestRecorder } from './requests.ts';
import type { Caller } from './types.ts';

const PODS = resourceByName('', 'pods')!;
const NAMESPACES = resourceByName('', 'namespaces')!;

/**
 * A view of `server` that records `caller`'s requests into `log`.
 * Invariant: ApiServer's methods never assign its fields, so a view made with `Object.create` shares
 * every piece of the server's state; only the methods set below differ, and only by recording.
 */
export function recordingServer(server: ApiServer, caller: Caller, log: ActivityLog): ApiServer {
  const view = Object.create(server) as ApiServer;
  const r = new RequestRecorder(server, caller, log);
  const ns = (info: ResourceInfo, namespace: string | undefined): string | undefined => (info.namespaced ? namespace ?? 'default' : undefined);
  const req = (verb: Verb, info: ResourceInfo, namespace: string | undefined, name: string, extra: Partial<Request> = {}): Request =>
    ({ verb, info, namespace: ns(info, namespace), name, ...extra });

  view.create = (info, namespace, body, opts) => (log.enabled
    ? r.write(req('create', info, bodyNamespace(body) ?? namespace, bodyName(body), { dryRun: opts?.dryRun === true }), () => server.create(info, namespace, body, opts))
    : server.create(info, namespace, body, opts));
  view.update = (info, namespace, body, opts) => (log.enabled
    ? r.write(req('update', info, bodyNamespace(body) ?? namespace, bodyName(body), { subresource: opts?.subresource, dryRun: opts?.dryRun === true }),
      () => server.update(info, namespace, body, opts))
    : server.update(info, namespace, body, opts));
  view.patch = (info, namespace, name, type, patch, opts) => (log.enabled
    ? r.write(req('patch', info, namespace, name, { subresource: opts?.subresource, dryRun: opts?.dryRun === true }), () => server.patch(info, namespace, name, type, patch, opts))
    : server.patch(info, namespace, name, type, patch, opts));
  view.delete = (info, namespace, name, opts) => (log.enabled
    ? r.write(req('delete', info, namespace, name, { dryRun: opts?.dryRun === true }), () => server.delete(info, namespace, name, opts))
    : server.delete(info, namespace, name, opts));
  view.bind = (namespace, name, binding) => (log.enabled
    ? r.write(req('create', PODS, namespace, name, { subresource: 'binding' }), () => server.bind(namespace, name, binding))
    : server.bind(namespace, name, binding));
  view.finalizeNamespace = (namespace) => (log.enabled
    ? r.write(req('update', NAMESPACES, undefined, namespace.metadata.name ?? '', { subresource: 'finalize' }), () => server.finalizeNamespace(namespace))
    : server.finalizeNamespace(namespace));
  if (caller.actor === 'kubectl') recordReads(view, server, r, log, req);
  else passReads(view, server);
  return view;
}

/** The components' reads, straight to the server (so its methods always run on the server itself, not on a view). */
function passReads(view: ApiServer, server: ApiServer): void {
  view.get = (info, namespace, name) => server.get(info, namespace, name);
  view.tryGet = (info, namespace, name) => server.tryGet(info, namespace, name);
  view.list = (info, namespace, opts) => server.list(info, namespace, opts);
  view.watch = (info, namespace, opts, fn, from) => server.watch(info, namespace, opts, fn, from);
}

type RequestOf = (verb: Verb, info: ResourceInfo, namespace: string | undefined, name: string, extra?: Partial<Request>) => Request;

function recordReads(view: ApiServer, server: ApiServer, r: RequestRecorder, log: ActivityLog, req: RequestOf): void {
  view.get = (info, namespace, name) => (log.enabled ? r.read(req('get', info, namespace, name), () => server.get(info, namespace, name)) : server.get(info, namespace, name));
  view.tryGet = (info, namespace, name) => (log.enabled ? r.read(req('get', info, namespace, name), () => server.tryGet(info, namespace, name)) : server.tryGet(info, namespace, name));
  view.list = (info, namespace, opts) => (log.enabled ? r.read(req('list', info, namespace, ''), () => server.list(info, namespace, opts)) : server.list(info, namespace, opts));
  view.watch = (info, namespace, opts, fn, from) => (log.enabled
    ? r.read(req('watch', info, namespace, ''), () => server.watch(info, namespace, opts, fn, from))
    : server.watch(info, namespace, opts, fn, from));
  view.podLogs = (namespace, name, opts) => (log.enabled
    ? r.read(req('get', PODS, namespace, name, { subresource: 'log' }), () => server.podLogs(namespace, name, opts))
    : server.podLogs(namespace, name, opts));
  view.followPodLogs = (namespace, name, opts, write, end) => (log.enabled
    ? r.read(req('get', PODS, namespace, name, { subresource: 'log' }), () => server.followPodLogs(namespace, name, opts, write, end))
    : server.followPodLogs(namespace, name, opts, write, end));
  view.podExec = (namespace, name, opts, cb) => (log.enabled
    ? r.read(req('create', PODS, namespace, name, { subresource: 'exec' }), () => server.podExec(namespace, name, opts, cb))
    : server.podExec(namespace, name, opts, cb));
}
