// `kubectl create role|clusterrole|rolebinding|clusterrolebinding` (create_role.go,
// create_clusterrole.go, create_rolebinding.go, create_clusterrolebinding.go).

import { resolveResource } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { CREATE_CLUSTERROLEBINDING_HELP, CREATE_CLUSTERROLE_HELP, CREATE_ROLEBINDING_HELP, CREATE_ROLE_HELP } from './help-rbac.ts';
import { newObject, type GeneratorSpec } from './generator.ts';

export const ERR_NO_VERB = 'at least one verb must be specified';
export const ERR_NO_RESOURCE = 'at least one resource must be specified';
export const ERR_RESOURCE_OR_URL = 'one of resource or nonResourceURL must be specified';
export const ERR_RESOURCE_REQUIRED = 'resource must be specified if apiGroup/subresource specified';
export const ERR_AGGREGATION = 'aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames';
export const ERR_URL_VERB = (verb: string): string => `invalid verb: '${verb}' for nonResourceURL`;
export const ERR_URL_SLASH = 'nonResourceURL should start with /';
export const ERR_URL_WILDCARD = "nonResourceURL only supports wildcard matches when '*' is at the end";
export const ERR_ROLE_OR_CLUSTERROLE = 'exactly one of clusterrole or role must be specified';
export const ERR_SERVICEACCOUNT = 'serviceaccount must be <namespace>:<name>';
export const ERR_NO_RESOURCE_TYPE = (resource: string, group: string): string =>
  `the server doesn't have a resource type "${resource}"${group ? ` in group "${group}"` : ''}`;
export const WARN_VERB = (verb: string): string => `Warning: '${verb}' is not a standard resource verb\n`;

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const STANDARD_VERBS = ['*', 'get', 'delete', 'list', 'create', 'update', 'patch', 'watch', 'proxy', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate'];
const NON_RESOURCE_VERBS = ['*', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options'];

/** Values of a repeatable flag, also when a global flag of the same name parsed it as a plain string. */
function flagValues(parsed: ParsedArgs, name: string): string[] {
  const v = parsed.flags.get(name);
  return Array.isArray(v) ? v : typeof v === 'string' && parsed.changed.has(name) ? [v] : [];
}

interface RuleResource { resource: string; group: string; subresource: string }

function parseResources(specs: readonly string[]): RuleResource[] {
  const out: RuleResource[] = [];
  for (const spec of specs) {
    const [main = '', subresource = ''] = spec.split(/\/(.*)/s);
    const dot = main.indexOf('.');
    const r = { resource: dot < 0 ? main : main.slice(0, dot), group: dot < 0 ? '' : main.slice(dot + 1), subresource };
    if (r.resource === '*' && dot < 0 && !spec.includes('/')) return [r];
    out.push(r);
  }
  return out;
}

/** Resolves each resource as the RESTMapper would and groups them into one rule per API group. */
function policyRules(ctx: KubectlContext, parsed: ParsedArgs, resources: RuleResource[], urls: readonly string[]): object[] {
  const verbs = flagList(parsed, 'verb');
  const names = flagList(parsed, 'resource-name');
  const byGroup = new Map<string, string[]>();
  for (const r of resources) {
    if (r.resource === '') throw new KubectlError(ERR_RESOURCE_REQUIRED);
    let { resource, group } = r;
    if (resource !== '*') {
      const info = resolveResource(group ? `${resource}.${group}` : resource);
      if (!info) throw new KubectlError(ERR_NO_RESOURCE_TYPE(resource, group));
      resource = info.resource;
      group = info.group;
    }
    const full = r.subresource ? `${resource}/${r.subresource}` : resource;
    const list = byGroup.get(group) ?? [];
    if (!list.includes(full)) list.push(full);
    byGroup.set(group, list);
  }
  const rules: object[] = [...byGroup.keys()].sort().map((g) => ({
    apiGroups: [g], ...(names.length > 0 ? { resourceNames: names } : {}), resources: byGroup.get(g), verbs,
  }));
  if (urls.length > 0) rules.push({ nonResourceURLs: [...urls], verbs });
  return rules;
}

function warnVerbs(ctx: KubectlContext, verbs: readonly string[]): void {
  for (const v of verbs) if (!STANDARD_VERBS.includes(v)) ctx.io.stderr.write(WARN_VERB(v));
}

export const ROLE_GENERATOR: GeneratorSpec = {
  name: 'role', path: 'kubectl create role', help: CREATE_ROLE_HELP, resource: `${RBAC_GROUP}/roles`,
  build: ({ ctx, parsed, name }) => {
    const verbs = flagList(parsed, 'verb');
    if (verbs.length === 0) throw new KubectlError(ERR_NO_VERB);
    warnVerbs(ctx, verbs);
    const resources = parseResources(flagList(parsed, 'resource'));
    if (resources.length === 0) throw new KubectlError(ERR_NO_RESOURCE);
    return newObject(`${RBAC_GROUP}/v1`, 'Role', name, { rules: policyRules(ctx, parsed, resources, []) });
  },
};

export const CLUSTERROLE_GENERATOR: GeneratorSpec = {
  name: 'clusterrole', path: 'kubectl create clusterrole', help: CREATE_CLUSTERROLE_HELP, resource: `${RBAC_GROUP}/clusterroles`,
  build: ({ ctx, parsed, name }) => {
    const verbs = flagList(parsed, 'verb');
    const urls = flagList(parsed, 'non-resource-url');
    const resources = parseResources(flagList(parsed, 'resource'));
    const aggregation = flagValues(parsed, 'aggregation-rule').flatMap((v) => v.split(',')).filter((v) => v !== '');
    if (aggregation.length > 0) {
      if (urls.length > 0 || verbs.length > 0 || resources.length > 0 || flagList(parsed, 'resource-name').length > 0) throw new KubectlError(ERR_AGGREGATION);
      const matchLabels = Object.fromEntries(aggregation.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
      return newObject(`${RBAC_GROUP}/v1`, 'ClusterRole', name, { aggregationRule: { clusterRoleSelectors: [{ matchLabels }] }, rules: null });
    }
    if (verbs.length === 0) throw new KubectlError(ERR_NO_VERB);
    if (resources.length === 0 && urls.length === 0) throw new KubectlError(ERR_RESOURCE_OR_URL);
    if (resources.length > 0) warnVerbs(ctx, verbs);
    checkNonResourceUrls(verbs, urls);
    return newObject(`${RBAC_GROUP}/v1`, 'ClusterRole', name, { rules: policyRules(ctx, parsed, resources, urls) });
  },
};

function checkNonResourceUrls(verbs: readonly string[], urls: readonly string[]): void {
  if (urls.length === 0) return;
  for (const v of verbs) if (!NON_RESOURCE_VERBS.includes(v)) throw new KubectlError(ERR_URL_VERB(v));
  for (const url of urls) {
    if (url === '*') continue;
    if (!url.startsWith('/')) throw new KubectlError(ERR_URL_SLASH);
    if (url.slice(0, -1).includes('*')) throw new KubectlError(ERR_URL_WILDCARD);
  }
}

function subjects(parsed: ParsedArgs): object[] {
  const out: object[] = [
    ...flagValues(parsed, 'user').map((name) => ({ apiGroup: RBAC_GROUP, kind: 'User', name })),
    ...flagValues(parsed, 'group').map((name) => ({ apiGroup: RBAC_GROUP, kind: 'Group', name })),
  ];
  for (const sa of flagValues(parsed, 'serviceaccount')) {
    const parts = sa.split(':');
    if (parts.length !== 2 || parts[0] === '' || parts[1] === '') throw new KubectlError(ERR_SERVICEACCOUNT);
    out.push({ kind: 'ServiceAccount', name: parts[1], namespace: parts[0] });
  }
  return out;
}

export const ROLEBINDING_GENERATOR: GeneratorSpec = {
  name: 'rolebinding', path: 'kubectl create rolebinding', help: CREATE_ROLEBINDING_HELP, resource: `${RBAC_GROUP}/rolebindings`,
  wrap: 'failed to create rolebinding: ',
  build: ({ parsed, name }) => {
    const role = flagString(parsed, 'role');
    const clusterRole = flagString(parsed, 'clusterrole');
    if ((role === '') === (clusterRole === '')) throw new KubectlError(ERR_ROLE_OR_CLUSTERROLE);
    const roleRef = { apiGroup: RBAC_GROUP, kind: role ? 'Role' : 'ClusterRole', name: role || clusterRole };
    const subs = subjects(parsed);
    return newObject(`${RBAC_GROUP}/v1`, 'RoleBinding', name, { roleRef, ...(subs.length > 0 ? { subjects: subs } : {}) });
  },
};

export const CLUSTERROLEBINDING_GENERATOR: GeneratorSpec = {
  name: 'clusterrolebinding', path: 'kubectl create clusterrolebinding', help: CREATE_CLUSTERROLEBINDING_HELP,
  resource: `${RBAC_GROUP}/clusterrolebindings`, requiredFlags: ['clusterrole'], wrap: 'failed to create clusterrolebinding: ',
  build: ({ parsed, name }) => {
    const roleRef = { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name: flagString(parsed, 'clusterrole') };
    const subs = subjects(parsed);
    return newObject(`${RBAC_GROUP}/v1`, 'ClusterRoleBinding', name, { roleRef, ...(subs.length > 0 ? { subjects: subs } : {}) });
  },
};
