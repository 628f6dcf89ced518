// RBAC describers (describe.go RoleDescriber, ClusterRoleDescriber, *BindingDescriber): rules broken
// down to one verb/resource each, compacted per resource (kubectl pkg/util/rbac) and sorted as
// PolicyRule.String() sorts, then printed as a table.

import type { PolicyRule, RoleBinding } from 'kubernetes-types/rbac/v1';
import { compareStrings, goSprint } from '../printers/go-format.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './common.ts';
import { LEVEL_0, LEVEL_1, tabbedString } from './prefix-writer.ts';
import type { Describer } from './types.ts';

interface Rule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

function breakdown(rule: PolicyRule): Rule[] {
  const out: Rule[] = [];
  const names = rule.resourceNames ?? [];
  for (const group of rule.apiGroups ?? []) {
    for (const resource of rule.resources ?? []) {
      for (const verb of rule.verbs) {
        const base = { verbs: [verb], apiGroups: [group], resources: [resource], nonResourceURLs: [] };
        if (names.length > 0) for (const n of names) out.push({ ...base, resourceNames: [n] });
        else out.push({ ...base, resourceNames: [] });
      }
    }
  }
  for (const url of rule.nonResourceURLs ?? []) {
    for (const verb of rule.verbs) out.push({ verbs: [verb], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [url] });
  }
  return out;
}

/** CompactRules: simple one-resource rules that differ only by verb merge into one. */
function compact(rules: readonly Rule[]): Rule[] {
  const complex: Rule[] = [];
  const simple = new Map<string, Rule>();
  for (const r of rules) {
    const isSimple = r.resourceNames.length <= 1 && r.nonResourceURLs.length === 0 && r.apiGroups.length === 1 && r.resources.length === 1;
    if (!isSimple) {
      complex.push(r);
      continue;
    }
    const key = JSON.stringify([r.apiGroups[0], r.resources[0], r.resourceNames[0] ?? null]);
    const existing = simple.get(key);
    if (!existing) simple.set(key, { ...r, verbs: [...r.verbs] });
    else for (const v of r.verbs) if (!existing.verbs.includes(v)) existing.verbs.push(v);
  }
  return [...complex, ...simple.values()];
}

/** PolicyRule.String(), the sort key kubectl uses. */
function ruleString(r: Rule): string {
  return `&PolicyRule{Verbs:${goSprint(r.verbs)},APIGroups:${goSprint(r.apiGroups)},Resources:${goSprint(r.resources)},ResourceNames:${goSprint(r.resourceNames)},NonResourceURLs:${goSprint(r.nonResourceURLs)},}`;
}

/** CombineResourceGroup: `deployments.apps`, `pods/log`. */
function combineResourceGroup(resources: readonly string[], groups: readonly string[]): string {
  if (resources.length === 0) return '';
  const [resource, sub] = resources[0]!.split(/\/(.*)/s) as [string, string | undefined];
  let out = resource;
  if (groups.length > 0 && groups[0] !== '') out += `.${groups[0]}`;
  if (sub !== undefined) out += `/${sub}`;
  return out;
}

export const describeRole: Describer = ({ ctx, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const rules = compact(((obj.rules as PolicyRule[] | undefined) ?? []).flatMap(breakdown));
  const sorted = rules.map((r) => ({ r, key: ruleString(r) })).sort((a, b) => compareStrings(a.key, b.key)).map((x) => x.r);
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${name}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, 'PolicyRule:\n');
    w.write(LEVEL_1, 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n');
    w.write(LEVEL_1, '---------\t-----------------\t--------------\t-----\n');
    for (const r of sorted) {
      w.write(LEVEL_1, `${combineResourceGroup(r.resources, r.apiGroups)}\t${goSprint(r.nonResourceURLs)}\t${goSprint(r.resourceNames)}\t${goSprint(r.verbs)}\n`);
    }
  });
};

export const describeRoleBinding: Describer = ({ ctx, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const binding = obj as unknown as RoleBinding;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${name}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, 'Role:\n');
    w.write(LEVEL_1, `Kind:\t${binding.roleRef?.kind ?? ''}\n`);
    w.write(LEVEL_1, `Name:\t${binding.roleRef?.name ?? ''}\n`);
    w.write(LEVEL_0, 'Subjects:\n');
    w.write(LEVEL_1, 'Kind\tName\tNamespace\n');
    w.write(LEVEL_1, '----\t----\t---------\n');
    for (const s of binding.subjects ?? []) w.write(LEVEL_1, `${s.kind}\t${s.name}\t${s.namespace ?? ''}\n`);
  });
};
