// Request attributes the authorizers decide on, and the Forbidden error the API server answers
// with. Mirrors k8s.io/apiserver pkg/authorization/authorizer.AttributesRecord and
// endpoints/handlers/responsewriters.forbiddenMessage.

import { forbidden, type StatusError } from '../../api/errors.ts';
import type { UserInfo } from './user.ts';

export interface ResourceAttributes {
  readonly user: UserInfo;
  readonly verb: string;
  /** '' for cluster-scoped requests (and namespaced ones across all namespaces). */
  readonly namespace: string;
  readonly apiGroup: string;
  readonly resource: string;
  readonly subresource: string;
  readonly name: string;
}

export interface NonResourceAttributes {
  readonly user: UserInfo;
  readonly verb: string;
  readonly path: string;
}

export type Attributes = ResourceAttributes | NonResourceAttributes;

export function isResourceRequest(a: Attributes): a is ResourceAttributes {
  return 'resource' in a;
}

/** `User "jane" cannot list resource "pods" in API group "" in the namespace "default"`. */
export function forbiddenMessage(a: Attributes): string {
  const user = a.user.name;
  if (!isResourceRequest(a)) return `User "${user}" cannot ${a.verb} path "${a.path}"`;
  const resource = a.subresource === '' ? a.resource : `${a.resource}/${a.subresource}`;
  const where = a.namespace === '' ? 'at the cluster scope' : `in the namespace "${a.namespace}"`;
  return `User "${user}" cannot ${a.verb} resource "${resource}" in API group "${a.apiGroup}" ${where}`;
}

/** The 403 for a denied request; the authorizers' reason, when they give one, follows the message. */
export function forbiddenError(a: ResourceAttributes, reason: string): StatusError {
  const message = forbiddenMessage(a);
  return forbidden(a.apiGroup, a.resource, a.name, reason === '' ? message : `${message}: ${reason}`);
}
