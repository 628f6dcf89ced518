// Whom a request acts as: its credentials authenticated, then the impersonation it asks for
// checked against what the authenticated user may impersonate.

import { isStatusError, type StatusError } from '../../api/errors.ts';
import { authenticate, type Credentials } from './authenticate.ts';
import type { Authorizer } from './authorizer.ts';
import { impersonate, type ImpersonationRequest } from './impersonation.ts';
import type { RbacSource } from './rbac.ts';
import type { UserInfo } from './user.ts';

export interface RequestIdentity {
  readonly credentials: Credentials;
  readonly impersonate?: ImpersonationRequest;
}

export function resolveIdentity(req: RequestIdentity, source: RbacSource, authorizer: Authorizer, nowMs: number): UserInfo | StatusError {
  const user = authenticate(req.credentials, source, nowMs);
  if (isStatusError(user) || !req.impersonate) return user;
  return impersonate(authorizer, user, req.impersonate);
}
