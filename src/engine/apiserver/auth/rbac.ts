// The RBAC authorizer: walks the ClusterRoleBindings, then the RoleBindings of the request's
// namespace, whose subjects include the user, and allows the request when one of their roles' rules
// does. Mirrors plugin/pkg/auth/authorizer/rbac (rbac.go) and pkg/registry/rbac/validation/rule.go.

import type { PolicyRule, RoleRef, Subject } from 'kubernetes-types/rbac/v1';
import type { KubeObject } from '../../api/types.ts';
import type { AdmissionContext } from '../strategy.ts';
import type { Attributes } from './attributes.ts';
import { ruleAllows } from './rules.ts';
import { parseServiceAccountUser, type UserInfo } from './user.ts';

const RBAC = 'rbac.authorization.k8s.io';

export type RbacSource = Pick<AdmissionContext, 'get' | 'list'>;

export interface Decision {
  readonly allowed: boolean;
  /** `RBAC: allowed by …` when allowed; when denied, the errors met on the way (missing roles), if any. */
  readonly reason: string;
}

/** Receives each rule that applies to the user, with the binding it came from; returns false to stop. */
type RuleVisitor = (source: string, rule: PolicyRule | undefined, error: string | undefined) => boolean;

function appliesTo(user: UserInfo, subject: Subject, namespace: string): boolean {
  switch (subject.kind) {
    case 'User': return user.name === subject.name;
    case 'Group': return user.groups.includes(subject.name);
    case 'ServiceAccount': {
      const saNamespace = subject.namespace || namespace;
      const sa = parseServiceAccountUser(user.name);
      return saNamespace !== '' && sa !== undefined && sa.namespace === saNamespace && sa.name === subject.name;
    }
    default: return false;
  }
}

function describeSubject(s: Subject, bindingNamespace: string): string {
  if (s.kind === 'ServiceAccount') return `${s.kind} "${s.name}/${s.namespace || bindingNamespace}"`;
  return `${s.kind} "${s.name}"`;
}

export class RbacAuthorizer {
  constructor(private readonly source: RbacSource) {}

  authorize(a: Attributes): Decision {
    let reason = '';
    const errors: string[] = [];
    this.visitRulesFor(a.user, 'namespace' in a ? a.namespace : '', (source, rule, error) => {
      if (rule && ruleAllows(a, rule)) {
        reason = `RBAC: allowed by ${source}`;
        return false;
      }
      if (error !== undefined && !errors.includes(error)) errors.push(error);
      return true;
    });
    if (reason !== '') return { allowed: true, reason };
    if (errors.length === 0) return { allowed: false, reason: '' };
    return { allowed: false, reason: `RBAC: ${errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`}` };
  }

  /** Every rule that applies to `user` in `namespace` (SelfSubjectRulesReview), and the errors met. */
  rulesFor(user: UserInfo, namespace: string): { rules: PolicyRule[]; errors: string[] } {
    const rules: PolicyRule[] = [];
    const errors: string[] = [];
    this.visitRulesFor(user, namespace, (_source, rule, error) => {
      if (rule) rules.push(rule);
      if (error !== undefined) errors.push(error);
      return true;
    });
    return { rules, errors };
  }

  private visitRulesFor(user: UserInfo, namespace: string, visit: RuleVisitor): void {
    for (const binding of this.source.list(RBAC, 'clusterrolebindings')) {
      const subject = this.applicableSubject(binding, user, '');
      if (!subject) continue;
      const ref = binding.roleRef as RoleRef;
      const source = `ClusterRoleBinding "${binding.metadata.name!}" of ${ref.kind} "${ref.name}" to ${describeSubject(subject, '')}`;
      if (!this.visitRole(ref, '', source, visit)) return;
    }
    if (namespace === '') return;
    for (const binding of this.source.list(RBAC, 'rolebindings', namespace)) {
      const subject = this.applicableSubject(binding, user, namespace);
      if (!subject) continue;
      const ref = binding.roleRef as RoleRef;
      const source = `RoleBinding "${binding.metadata.name!}/${namespace}" of ${ref.kind} "${ref.name}" to ${describeSubject(subject, namespace)}`;
      if (!this.visitRole(ref, namespace, source, visit)) return;
    }
  }

  private applicableSubject(binding: KubeObject, user: UserInfo, namespace: string): Subject | undefined {
    return ((binding.subjects ?? []) as Subject[]).find((s) => appliesTo(user, s, namespace));
  }

  /** Visits the rules of the role a binding refers to; false when the visitor stopped. */
  private visitRole(ref: RoleRef, namespace: string, source: string, visit: RuleVisitor): boolean {
    const role = ref.kind === 'ClusterRole'
      ? this.source.get(RBAC, 'clusterroles', undefined, ref.name)
      : ref.kind === 'Role' && namespace !== '' ? this.source.get(RBAC, 'roles', namespace, ref.name) : undefined;
    if (!role) return visit(source, undefined, `${ref.kind.toLowerCase()}.${RBAC} "${ref.name}" not found`);
    for (const rule of (role.rules ?? []) as PolicyRule[]) {
      if (!visit(source, rule, undefined)) return false;
    }
    return true;
  }
}
