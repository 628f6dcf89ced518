// The self-review APIs behind `kubectl auth can-i` and `whoami`: SelfSubjectAccessReview (may I do
// this?), SelfSubjectRulesReview (what may I do in this namespace?) and SelfSubjectReview (who am I?).
// Nothing is stored: the answer is the request with its status filled in. Mirrors
// pkg/registry/authorization/selfsubject{access,rules}review and authentication/selfsubjectreview.

import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import { badRequest } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import type { Attributes } from './attributes.ts';
import type { Authorizer } from './authorizer.ts';
import type { UserInfo } from './user.ts';

interface AccessReviewSpec {
  resourceAttributes?: { namespace?: string; verb?: string; group?: string; resource?: string; subresource?: string; name?: string };
  nonResourceAttributes?: { path?: string; verb?: string };
}

/** The review kinds answered here, by resource. */
export const REVIEW_RESOURCES: ReadonlySet<string> = new Set(['selfsubjectaccessreviews', 'selfsubjectrulesreviews', 'selfsubjectreviews']);

function accessReview(authorizer: Authorizer, user: UserInfo, body: KubeObject): KubeObject {
  const spec = (body.spec ?? {}) as AccessReviewSpec;
  const r = spec.resourceAttributes;
  const n = spec.nonResourceAttributes;
  if ((r === undefined) === (n === undefined)) {
    throw badRequest('spec.resourceAttributes: Invalid value: "null": exactly one of nonResourceAttributes or resourceAttributes must be specified');
  }
  const attrs: Attributes = r
    ? { user, verb: r.verb ?? '', namespace: r.namespace ?? '', apiGroup: r.group ?? '', resource: r.resource ?? '', subresource: r.subresource ?? '', name: r.name ?? '' }
    : { user, verb: n!.verb ?? '', path: n!.path ?? '' };
  const decision = authorizer.authorize(attrs);
  return { ...body, status: { allowed: decision.allowed, ...(decision.reason ? { reason: decision.reason } : {}) } };
}

function rulesReview(authorizer: Authorizer, user: UserInfo, body: KubeObject): KubeObject {
  const namespace = (body.spec as { namespace?: string } | undefined)?.namespace ?? '';
  if (namespace === '') throw badRequest('no namespace on request');
  const { rules, incomplete, evaluationError } = authorizer.rulesFor(user, namespace);
  const resource = (r: PolicyRule): boolean => (r.nonResourceURLs ?? []).length === 0;
  return {
    ...body,
    status: {
      resourceRules: rules.filter(resource).map((r) => ({
        verbs: [...(r.verbs ?? [])], apiGroups: [...(r.apiGroups ?? [])], resources: [...(r.resources ?? [])],
        ...(r.resourceNames?.length ? { resourceNames: [...r.resourceNames] } : {}),
      })),
      nonResourceRules: rules.filter((r) => !resource(r)).map((r) => ({ verbs: [...(r.verbs ?? [])], nonResourceURLs: [...r.nonResourceURLs!] })),
      incomplete,
      ...(evaluationError ? { evaluationError } : {}),
    },
  };
}

function selfReview(user: UserInfo, body: KubeObject): KubeObject {
  return {
    ...body,
    status: {
      userInfo: {
        username: user.name, ...(user.uid ? { uid: user.uid } : {}), groups: [...user.groups],
        ...(user.extra && Object.keys(user.extra).length > 0 ? { extra: clone(user.extra) } : {}),
      },
    },
  };
}

/** The answer to a create of one of REVIEW_RESOURCES. */
export function review(resource: string, authorizer: Authorizer, user: UserInfo, body: KubeObject): KubeObject {
  const request: KubeObject = { ...clone(body), metadata: { creationTimestamp: null as unknown as string } };
  if (resource === 'selfsubjectaccessreviews') return accessReview(authorizer, user, request);
  if (resource === 'selfsubjectrulesreviews') return rulesReview(authorizer, user, request);
  return selfReview(user, request);
}
