// Impersonation (`--as`, `--as-group`, `--as-uid`): the requester must be allowed the `impersonate`
// verb on each user (or ServiceAccount), group and uid it asks to act as; the acting user then gets
// system:authenticated (or system:unauthenticated for anonymous). Mirrors k8s.io/apiserver
// pkg/endpoints/filters/impersonation.go.

import type { StatusError } from '../../api/errors.ts';
import { forbiddenError, type ResourceAttributes } from './attributes.ts';
import type { Authorizer } from './authorizer.ts';
import { ALL_AUTHENTICATED, ALL_UNAUTHENTICATED, ANONYMOUS, parseServiceAccountUser, serviceAccountGroups, type UserInfo } from './user.ts';

export interface ImpersonationRequest {
  readonly user: string;
  readonly groups: readonly string[];
  readonly uid?: string;
}

/** The user `requester` acts as, or the 403 for the first identity it may not impersonate. */
export function impersonate(authorizer: Authorizer, requester: UserInfo, req: ImpersonationRequest): UserInfo | StatusError {
  const check = (apiGroup: string, resource: string, namespace: string, name: string): StatusError | undefined => {
    const a: ResourceAttributes = { user: requester, verb: 'impersonate', namespace, apiGroup, resource, subresource: '', name };
    const decision = authorizer.authorize(a);
    return decision.allowed ? undefined : forbiddenError(a, decision.reason);
  };
  const sa = parseServiceAccountUser(req.user);
  let groups: string[] = [];
  const denied = sa ? check('', 'serviceaccounts', sa.namespace, sa.name) : check('', 'users', '', req.user);
  if (denied) return denied;
  if (sa && req.groups.length === 0) groups = serviceAccountGroups(sa.namespace);
  for (const group of req.groups) {
    const deniedGroup = check('', 'groups', '', group);
    if (deniedGroup) return deniedGroup;
    groups.push(group);
  }
  if (req.uid !== undefined && req.uid !== '') {
    const deniedUid = check('authentication.k8s.io', 'uids', '', req.uid);
    if (deniedUid) return deniedUid;
  }
  const implied = req.user === ANONYMOUS ? ALL_UNAUTHENTICATED : ALL_AUTHENTICATED;
  if (!groups.includes(implied) && !(implied === ALL_AUTHENTICATED && groups.includes(ALL_UNAUTHENTICATED))) groups.push(implied);
  return { name: req.user, groups, ...(req.uid ? { uid: req.uid } : {}) };
}
