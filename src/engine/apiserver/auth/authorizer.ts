// The API server's authorizer chain: system:masters first (the privileged-groups authorizer), then
// RBAC — or everything allowed when the cluster runs without RBAC (the empty and scale profiles
// boot no policy, as `--authorization-mode=AlwaysAllow` would).
// Deviation from upstream: no Node authorizer; the in-process components are never asked about.

import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import type { Attributes } from './attributes.ts';
import { RbacAuthorizer, type Decision, type RbacSource } from './rbac.ts';
import { SYSTEM_MASTERS, type UserInfo } from './user.ts';

export type AuthorizationMode = 'AlwaysAllow' | 'RBAC';

/** What the privileged-groups authorizer grants, as rules (for SelfSubjectRulesReview). */
const EVERYTHING: readonly PolicyRule[] = [
  { verbs: ['*'], apiGroups: ['*'], resources: ['*'] },
  { verbs: ['*'], nonResourceURLs: ['*'] },
];

export class Authorizer {
  private readonly rbac: RbacAuthorizer;

  constructor(source: RbacSource, private readonly mode: () => AuthorizationMode) {
    this.rbac = new RbacAuthorizer(source);
  }

  authorize(a: Attributes): Decision {
    if (this.mode() === 'AlwaysAllow' || a.user.groups.includes(SYSTEM_MASTERS)) return { allowed: true, reason: '' };
    return this.rbac.authorize(a);
  }

  /** The rules `user` holds in `namespace`; `incomplete` when a binding refers to a missing role. */
  rulesFor(user: UserInfo, namespace: string): { rules: PolicyRule[]; incomplete: boolean; evaluationError: string } {
    const privileged = this.mode() === 'AlwaysAllow' || user.groups.includes(SYSTEM_MASTERS);
    const { rules, errors } = this.rbac.rulesFor(user, namespace);
    return {
      rules: privileged ? [...EVERYTHING, ...rules] : rules,
      incomplete: errors.length > 0,
      evaluationError: errors.length === 0 ? '' : errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`,
    };
  }
}
