// RBAC strategies: policy rules need verbs and, for resource rules, API groups and resources
// (namespaced Roles may not use nonResourceURLs); bindings need a valid roleRef, which can never
// change, and valid subjects. Mirrors pkg/apis/rbac/v1 defaults and pkg/apis/rbac/validation (v1.31).

import type { PolicyRule, RoleRef, Subject } from 'kubernetes-types/rbac/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { isDns1123Subdomain } from '../../../api/validation/names.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { goString, goStringSlice, invalidRaw } from '../common/gofmt.ts';
import { validateLabelSelector } from '../common/labels.ts';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

function validateRule(rule: PolicyRule, namespaced: boolean, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  if ((rule.verbs ?? []).length === 0) causes.push(field.required(`${path}.verbs`, 'verbs must contain at least one value'));
  const urls = rule.nonResourceURLs ?? [];
  if (urls.length > 0) {
    if (namespaced) causes.push(invalidRaw(`${path}.nonResourceURLs`, goStringSlice(urls), 'namespaced rules cannot apply to non-resource URLs'));
    if ((rule.apiGroups ?? []).length + (rule.resources ?? []).length + (rule.resourceNames ?? []).length > 0) {
      causes.push(invalidRaw(`${path}.nonResourceURLs`, goStringSlice(urls), 'rules cannot apply to both regular resources and non-resource URLs'));
    }
    return causes;
  }
  if ((rule.apiGroups ?? []).length === 0) causes.push(field.required(`${path}.apiGroups`, 'resource rules must supply at least one api group'));
  if ((rule.resources ?? []).length === 0) causes.push(field.required(`${path}.resources`, 'resource rules must supply at least one resource'));
  return causes;
}

function rulesOf(obj: KubeObject): PolicyRule[] {
  return Array.isArray(obj.rules) ? (obj.rules as PolicyRule[]) : [];
}

function validateClusterRole(role: KubeObject): FieldCause[] {
  const causes = rulesOf(role).flatMap((r, i) => validateRule(r, false, `rules[${i}]`));
  const aggregation = role.aggregationRule as { clusterRoleSelectors?: unknown[] } | undefined;
  (aggregation?.clusterRoleSelectors ?? []).forEach((sel, i) => causes.push(...validateLabelSelector(sel as never, `aggregationRule.clusterRoleSelectors[${i}]`)));
  return causes;
}

function validateSubject(subject: Subject, namespaced: boolean, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  if (!subject.name) causes.push(field.required(`${path}.name`));
  switch (subject.kind) {
    case 'ServiceAccount':
      if (subject.name) causes.push(...isDns1123Subdomain(subject.name).map((m) => field.invalid(`${path}.name`, subject.name, m)));
      if (subject.apiGroup) causes.push(field.notSupported(`${path}.apiGroup`, subject.apiGroup, ['']));
      if (!namespaced && !subject.namespace) causes.push(field.required(`${path}.namespace`));
      break;
    case 'User': case 'Group':
      if (subject.apiGroup !== RBAC_GROUP) causes.push(field.notSupported(`${path}.apiGroup`, subject.apiGroup ?? '', [RBAC_GROUP]));
      break;
    default:
      causes.push(field.notSupported(`${path}.kind`, subject.kind, ['ServiceAccount', 'User', 'Group']));
  }
  return causes;
}

function validateBinding(binding: KubeObject, namespaced: boolean): FieldCause[] {
  const ref = (binding.roleRef ?? {}) as Partial<RoleRef>;
  const causes: FieldCause[] = [];
  if (ref.apiGroup !== RBAC_GROUP) causes.push(field.notSupported('roleRef.apiGroup', ref.apiGroup ?? '', [RBAC_GROUP]));
  const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
  if (!kinds.includes(ref.kind ?? '')) causes.push(field.notSupported('roleRef.kind', ref.kind ?? '', kinds));
  if (!ref.name) causes.push(field.required('roleRef.name'));
  else if (/[/%]/.test(ref.name) || ref.name === '.' || ref.name === '..') {
    causes.push(field.invalid('roleRef.name', ref.name, ref.name.includes('/') ? "may not contain '/'" : ref.name.includes('%') ? "may not contain '%'" : `may not be '${ref.name}'`));
  }
  const subjects = Array.isArray(binding.subjects) ? (binding.subjects as Subject[]) : [];
  subjects.forEach((s, i) => causes.push(...validateSubject(s, namespaced, `subjects[${i}]`)));
  return causes;
}

function immutableRoleRef(binding: KubeObject, old: KubeObject): FieldCause[] {
  const next = (binding.roleRef ?? {}) as Partial<RoleRef>;
  const prev = (old.roleRef ?? {}) as Partial<RoleRef>;
  if (next.apiGroup === prev.apiGroup && next.kind === prev.kind && next.name === prev.name) return [];
  const text = `rbac.RoleRef{APIGroup:${goString(next.apiGroup ?? '')}, Kind:${goString(next.kind ?? '')}, Name:${goString(next.name ?? '')}}`;
  return [invalidRaw('roleRef', text, 'cannot change roleRef')];
}

/** SetDefaults_RoleBinding / _ClusterRoleBinding / _Subject. */
function defaultBinding(binding: KubeObject): void {
  const ref = (binding.roleRef ?? {}) as Partial<RoleRef>;
  if (!ref.apiGroup) binding.roleRef = { ...ref, apiGroup: RBAC_GROUP };
  for (const s of (Array.isArray(binding.subjects) ? binding.subjects : []) as Subject[]) {
    if (!s.apiGroup && (s.kind === 'User' || s.kind === 'Group')) s.apiGroup = RBAC_GROUP;
  }
}

const NO_STATUS = { hasStatus: false, tracksGeneration: false } as const;

export const roleStrategy: ResourceStrategy = {
  ...NO_STATUS,
  validate: (role) => rulesOf(role).flatMap((r, i) => validateRule(r, true, `rules[${i}]`)),
  validateUpdate: (role) => rulesOf(role).flatMap((r, i) => validateRule(r, true, `rules[${i}]`)),
};

export const clusterRoleStrategy: ResourceStrategy = { ...NO_STATUS, validate: validateClusterRole, validateUpdate: (r) => validateClusterRole(r) };

export const roleBindingStrategy: ResourceStrategy = {
  ...NO_STATUS,
  default: defaultBinding,
  validate: (b) => validateBinding(b, true),
  validateUpdate: (b, old) => [...validateBinding(b, true), ...immutableRoleRef(b, old)],
};

export const clusterRoleBindingStrategy: ResourceStrategy = {
  ...NO_STATUS,
  default: defaultBinding,
  validate: (b) => validateBinding(b, false),
  validateUpdate: (b, old) => [...validateBinding(b, false), ...immutableRoleRef(b, old)],
};
