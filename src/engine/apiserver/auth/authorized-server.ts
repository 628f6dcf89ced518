// The API server as one authenticated client sees it: every request is first authenticated (the
// identity is resolved once, lazily, so an unknown user fails at its first request, not before),
// then authorized; denied requests get the real 403 and change nothing. The self-review APIs are
// answered here, since they are about the requester. Mirrors the apiserver's WithAuthentication,
// WithImpersonation and WithAuthorization filters.

import type { ResourceInfo } from '../../api/kinds.ts';
import { resourceByName } from '../../api/kinds.ts';
import { isStatusError, type StatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { isPlainObject } from '../../base/json.ts';
import type { ApiServer } from '../server.ts';
import { forbiddenError, type ResourceAttributes } from './attributes.ts';
import type { Authorizer } from './authorizer.ts';
import { REVIEW_RESOURCES, review } from './reviews.ts';
import type { UserInfo } from './user.ts';

const PODS = resourceByName('', 'pods')!;
const NAMESPACES = resourceByName('', 'namespaces')!;

function bodyMeta(body: unknown): { namespace?: string; name?: string } {
  const meta = isPlainObject(body) && isPlainObject(body.metadata) ? body.metadata : {};
  return {
    ...(typeof meta.namespace === 'string' && meta.namespace !== '' ? { namespace: meta.namespace } : {}),
    ...(typeof meta.name === 'string' ? { name: meta.name } : {}),
  };
}

/**
 * A view of `server` for requests from whoever `identity` resolves to.
 * Invariant (as for the activity view): ApiServer's methods never assign its fields, so a view made
 * with Object.create shares all the server's state; the overridden methods only add the checks.
 */
export function authorizedServer(server: ApiServer, identity: () => UserInfo | StatusError, authorizer: Authorizer): ApiServer {
  const view = Object.create(server) as ApiServer;
  const check = (verb: string, info: ResourceInfo, namespace: string | undefined, name: string, subresource = ''): UserInfo => {
    const user = identity();
    if (isStatusError(user)) throw user;
    const a: ResourceAttributes = { user, verb, namespace: info.namespaced ? namespace ?? '' : '', apiGroup: info.group, resource: info.resource, subresource, name };
    const decision = authorizer.authorize(a);
    if (!decision.allowed) throw forbiddenError(a, decision.reason);
    return user;
  };
  const named = (namespace: string | undefined): string => namespace ?? 'default';

  view.get = (info, namespace, name) => (check('get', info, named(namespace), name), server.get(info, namespace, name));
  view.tryGet = (info, namespace, name) => (check('get', info, named(namespace), name), server.tryGet(info, namespace, name));
  view.list = (info, namespace, opts) => (check('list', info, namespace, ''), server.list(info, namespace, opts));
  view.watch = (info, namespace, opts, fn, from) => (check('watch', info, namespace, ''), server.watch(info, namespace, opts, fn, from));
  view.create = (info, namespace, body, opts) => {
    const user = check('create', info, bodyMeta(body).namespace ?? named(namespace), '');
    if (REVIEW_RESOURCES.has(info.resource)) return review(info.resource, authorizer, user, body as KubeObject);
    return server.create(info, namespace, body, opts);
  };
  view.update = (info, namespace, body, opts) => {
    const meta = bodyMeta(body);
    check('update', info, meta.namespace ?? named(namespace), meta.name ?? '', opts?.subresource);
    return server.update(info, namespace, body, opts);
  };
  view.patch = (info, namespace, name, type, patch, opts) => (check('patch', info, named(namespace), name, opts?.subresource), server.patch(info, namespace, name, type, patch, opts));
  view.delete = (info, namespace, name, opts) => (check('delete', info, named(namespace), name), server.delete(info, namespace, name, opts));
  view.podLogs = (namespace, name, opts) => (check('get', PODS, namespace, name, 'log'), server.podLogs(namespace, name, opts));
  view.followPodLogs = (namespace, name, opts, write, end) => (check('get', PODS, namespace, name, 'log'), server.followPodLogs(namespace, name, opts, write, end));
  view.podExec = (namespace, name, opts, cb) => (check('create', PODS, namespace, name, 'exec'), server.podExec(namespace, name, opts, cb));
  view.bind = (namespace, name, binding) => (check('create', PODS, namespace, name, 'binding'), server.bind(namespace, name, binding));
  view.finalizeNamespace = (ns) => (check('update', NAMESPACES, undefined, ns.metadata.name ?? '', 'finalize'), server.finalizeNamespace(ns));
  return view;
}
