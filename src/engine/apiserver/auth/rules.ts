// Does a PolicyRule allow a request? Mirrors pkg/apis/rbac/v1/evaluation_helpers.go (VerbMatches,
// APIGroupMatches, ResourceMatches with `*/subresource`, ResourceNameMatches, NonResourceURLMatches)
// and the RBAC authorizer's RuleAllows.

import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import { isResourceRequest, type Attributes } from './attributes.ts';

const ALL = '*';

const verbMatches = (rule: PolicyRule, verb: string): boolean => (rule.verbs ?? []).some((v) => v === ALL || v === verb);

const apiGroupMatches = (rule: PolicyRule, group: string): boolean => (rule.apiGroups ?? []).some((g) => g === ALL || g === group);

function resourceMatches(rule: PolicyRule, combined: string, subresource: string): boolean {
  return (rule.resources ?? []).some((r) => r === ALL || r === combined
    || (subresource !== '' && r.length === subresource.length + 2 && r.startsWith('*/') && r.endsWith(subresource)));
}

const resourceNameMatches = (rule: PolicyRule, name: string): boolean => (rule.resourceNames ?? []).length === 0 || rule.resourceNames!.includes(name);

function nonResourceUrlMatches(rule: PolicyRule, path: string): boolean {
  return (rule.nonResourceURLs ?? []).some((u) => u === ALL || u === path || (u.endsWith(ALL) && path.startsWith(u.slice(0, -1))));
}

export function ruleAllows(a: Attributes, rule: PolicyRule): boolean {
  if (!isResourceRequest(a)) return verbMatches(rule, a.verb) && nonResourceUrlMatches(rule, a.path);
  const combined = a.subresource === '' ? a.resource : `${a.resource}/${a.subresource}`;
  return verbMatches(rule, a.verb) && apiGroupMatches(rule, a.apiGroup) && resourceMatches(rule, combined, a.subresource) && resourceNameMatches(rule, a.name);
}
