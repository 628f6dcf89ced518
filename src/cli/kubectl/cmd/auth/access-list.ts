// The table `kubectl auth can-i --list` prints from a SelfSubjectRulesReview: rules broken down to one
// verb, resource and name each, simple ones compacted back by resource, sorted by their Go String()
// form (verbs first). Mirrors kubectl pkg/util/rbac (BreakdownRule, CompactRules, SortableRuleSlice)
// and describe.CombineResourceGroup.

interface Rule {
  readonly verbs: string[];
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly resourceNames: readonly string[];
  readonly nonResourceURLs: readonly string[];
}

export interface RulesStatus {
  readonly resourceRules?: ReadonlyArray<{ verbs?: string[]; apiGroups?: string[]; resources?: string[]; resourceNames?: string[] }>;
  readonly nonResourceRules?: ReadonlyArray<{ verbs?: string[]; nonResourceURLs?: string[] }>;
}

const rule = (verbs: string[], apiGroups: string[] = [], resources: string[] = [], resourceNames: string[] = [], nonResourceURLs: string[] = []): Rule =>
  ({ verbs, apiGroups, resources, resourceNames, nonResourceURLs });

function breakdown(status: RulesStatus): Rule[] {
  const out: Rule[] = [];
  for (const r of status.resourceRules ?? []) {
    for (const group of r.apiGroups ?? []) {
      for (const resource of r.resources ?? []) {
        for (const verb of r.verbs ?? []) {
          const names = r.resourceNames ?? [];
          if (names.length === 0) out.push(rule([verb], [group], [resource]));
          for (const name of names) out.push(rule([verb], [group], [resource], [name]));
        }
      }
    }
  }
  for (const r of status.nonResourceRules ?? []) {
    for (const url of r.nonResourceURLs ?? []) {
      for (const verb of r.verbs ?? []) out.push(rule([verb], [], [], [], [url]));
    }
  }
  return out;
}

/** Rules for one group/resource/name that differ only by verb become one rule with all the verbs. */
function compact(rules: readonly Rule[]): Rule[] {
  const complex: Rule[] = [];
  const simple = new Map<string, Rule>();
  for (const r of rules) {
    if (r.nonResourceURLs.length > 0 || r.apiGroups.length !== 1 || r.resources.length !== 1 || r.resourceNames.length > 1) {
      complex.push(r);
      continue;
    }
    const key = [r.apiGroups[0], r.resources[0], r.resourceNames.length, r.resourceNames[0] ?? ''].join('\u0000');
    const existing = simple.get(key);
    if (existing) existing.verbs.push(...r.verbs);
    else simple.set(key, { ...r, verbs: [...r.verbs] });
  }
  return [...complex, ...simple.values()];
}

const goSlice = (values: readonly string[]): string => `[${values.join(' ')}]`;

/** rbacv1.PolicyRule's generated String(), the sort key. */
const goString = (r: Rule): string =>
  `&PolicyRule{Verbs:${goSlice(r.verbs)},APIGroups:${goSlice(r.apiGroups)},Resources:${goSlice(r.resources)},ResourceNames:${goSlice(r.resourceNames)},NonResourceURLs:${goSlice(r.nonResourceURLs)},}`;

function combineResourceGroup(resources: readonly string[], groups: readonly string[]): string {
  if (resources.length === 0) return '';
  const [resource, sub] = resources[0]!.split(/\/(.*)/s, 2) as [string, string | undefined];
  const group = groups[0] ?? '';
  return `${resource}${group !== '' ? `.${group}` : ''}${sub !== undefined ? `/${sub}` : ''}`;
}

/** The rows (tab-separated, newline-terminated), with the header unless `noHeaders`. */
export function accessListRows(status: RulesStatus, noHeaders: boolean): string {
  const rules = compact(breakdown(status)).map((r) => ({ r, key: goString(r) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((x) => x.r);
  const header = noHeaders ? '' : 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n';
  return header + rules.map((r) =>
    `${combineResourceGroup(r.resources, r.apiGroups)}\t${goSlice(r.nonResourceURLs)}\t${goSlice(r.resourceNames)}\t${goSlice(r.verbs)}\n`).join('');
}
