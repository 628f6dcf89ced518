// RBAC as data: a compact notation for policy rules and subjects, and the writers that create
// roles and bindings — the bootstrap ones marked as the API server marks them (rbac-defaults,
// autoupdate). Aggregated roles get the rules the clusterrole-aggregation controller computes.

import type { PolicyRule, Subject } from 'kubernetes-types/rbac/v1';
import type { KubeObject } from '../../api/types.ts';
import { assert } from '../../base/assert.ts';
import { deepEqual } from '../../base/json.ts';
import type { BootContext } from '../profile.ts';

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const RBAC_VERSION = `${RBAC_GROUP}/v1`;
const BOOTSTRAP_LABELS = { 'kubernetes.io/bootstrapping': 'rbac-defaults' };
const BOOTSTRAP_ANNOTATIONS = { 'rbac.authorization.kubernetes.io/autoupdate': 'true' };

export interface RoleSpec {
  readonly name: string;
  readonly rules: readonly PolicyRule[];
  readonly labels?: Readonly<Record<string, string>>;
  /** The label (set to "true") whose ClusterRoles this role aggregates. */
  readonly aggregates?: string;
}

export interface BindingSpec {
  readonly name: string;
  readonly role: string;
  readonly roleKind?: 'ClusterRole' | 'Role';
  readonly subjects: readonly Subject[];
}

const words = (list: string): string[] => list.split(' ').filter((w) => w !== '');

/** A resource rule; groups, resources and verbs are space-separated lists, `core` is the "" group. */
export function rule(groups: string, resources: string, verbs: string, resourceNames?: string): PolicyRule {
  return {
    verbs: words(verbs),
    apiGroups: words(groups).map((g) => (g === 'core' ? '' : g)),
    resources: words(resources),
    ...(resourceNames ? { resourceNames: words(resourceNames) } : {}),
  };
}

/** A non-resource rule (URL paths). */
export function urls(paths: string, verbs: string): PolicyRule {
  return { verbs: words(verbs), nonResourceURLs: words(paths) };
}

export const user = (name: string): Subject => ({ kind: 'User', apiGroup: RBAC_GROUP, name });
export const group = (name: string): Subject => ({ kind: 'Group', apiGroup: RBAC_GROUP, name });
export const serviceAccount = (namespace: string, name: string): Subject => ({ kind: 'ServiceAccount', name, namespace });

/** Aggregation chains are short (admin ⊃ edit ⊃ view); a longer one would be a cycle in the data. */
const MAX_AGGREGATION_DEPTH = 4;

/** The rules the aggregation controller gives `role`: matching roles by name, duplicates dropped. */
function aggregatedRules(role: RoleSpec, all: readonly RoleSpec[], depth = 0): PolicyRule[] {
  assert(depth <= MAX_AGGREGATION_DEPTH, `ClusterRole aggregation deeper than ${MAX_AGGREGATION_DEPTH} at ${role.name}`);
  if (!role.aggregates) return [...role.rules];
  const label = role.aggregates;
  const sources = all.filter((r) => r.labels?.[label] === 'true').sort((a, b) => (a.name < b.name ? -1 : 1));
  const out: PolicyRule[] = [];
  for (const r of sources.flatMap((source) => aggregatedRules(source, all, depth + 1))) {
    if (!out.some((o) => deepEqual(o, r))) out.push(r);
  }
  return out;
}

export function createClusterRoles(ctx: BootContext, roles: readonly RoleSpec[], bootstrap: boolean): void {
  for (const obj of clusterRoleObjects(roles, bootstrap)) ctx.client.create('rbac.authorization.k8s.io/clusterroles', obj);
}

/** The ClusterRoles as a manifest holds them. */
export function clusterRoleObjects(roles: readonly RoleSpec[], bootstrap: boolean): KubeObject[] {
  return roles.map((role) => {
    const obj: KubeObject = {
      apiVersion: RBAC_VERSION,
      kind: 'ClusterRole',
      metadata: { name: role.name, ...marks(bootstrap, role.labels) },
      rules: aggregatedRules(role, roles),
    };
    if (role.aggregates) obj.aggregationRule = { clusterRoleSelectors: [{ matchLabels: { [role.aggregates]: 'true' } }] };
    return obj;
  });
}

export function createRoles(ctx: BootContext, namespace: string, roles: readonly RoleSpec[], bootstrap: boolean): void {
  for (const role of roles) {
    ctx.client.create('rbac.authorization.k8s.io/roles', {
      apiVersion: RBAC_VERSION,
      kind: 'Role',
      metadata: { name: role.name, namespace, ...marks(bootstrap, role.labels) },
      rules: [...role.rules],
    });
  }
}

export function createClusterRoleBindings(ctx: BootContext, bindings: readonly BindingSpec[], bootstrap: boolean): void {
  for (const obj of clusterRoleBindingObjects(bindings, bootstrap)) ctx.client.create('rbac.authorization.k8s.io/clusterrolebindings', obj);
}

/** The ClusterRoleBindings as a manifest holds them. */
export function clusterRoleBindingObjects(bindings: readonly BindingSpec[], bootstrap: boolean): KubeObject[] {
  return bindings.map((b) => ({
    apiVersion: RBAC_VERSION,
    kind: 'ClusterRoleBinding',
    metadata: { name: b.name, ...marks(bootstrap) },
    roleRef: { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name: b.role },
    ...(b.subjects.length > 0 ? { subjects: [...b.subjects] } : {}),
  }));
}

export function createRoleBindings(ctx: BootContext, namespace: string, bindings: readonly BindingSpec[], bootstrap: boolean): void {
  for (const b of bindings) {
    ctx.client.create('rbac.authorization.k8s.io/rolebindings', {
      apiVersion: RBAC_VERSION,
      kind: 'RoleBinding',
      metadata: { name: b.name, namespace, ...marks(bootstrap) },
      roleRef: { apiGroup: RBAC_GROUP, kind: b.roleKind ?? 'Role', name: b.role },
      subjects: [...b.subjects],
    });
  }
}

function marks(bootstrap: boolean, labels?: Readonly<Record<string, string>>): { labels?: Record<string, string>; annotations?: Record<string, string> } {
  const all = { ...(bootstrap ? BOOTSTRAP_LABELS : {}), ...labels };
  return {
    ...(Object.keys(all).length > 0 ? { labels: all } : {}),
    ...(bootstrap ? { annotations: { ...BOOTSTRAP_ANNOTATIONS } } : {}),
  };
}

/** The verbs most roles read with, and the rule that lets a component record events. */
export const READ = 'get list watch';
export const EVENTS = rule('core events.k8s.io', 'events', 'create patch update');
