// Scheduling-related parts of a pod spec: tolerations, node/pod affinity, topology spread and DNS
// config. Mirrors ValidateTolerations, validateAffinity, validateTopologySpreadConstraints and
// validatePodDNSConfig (pkg/apis/core/validation/validation.go).

import type { Affinity, NodeSelectorRequirement, PodAffinityTerm, PodDNSConfig, Toleration, TopologySpreadConstraint } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import { isDns1123Label, isDns1123Subdomain, isLabelValue } from '../../../api/validation/names.ts';
import { goStringSlice, invalidRaw } from '../common/gofmt.ts';
import { validateLabelName, validateLabelSelector } from '../common/labels.ts';
import { NOT_POSITIVE, validateIP } from '../common/validators.ts';

export const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export function validateTolerations(tolerations: readonly Toleration[], path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  tolerations.forEach((t, i) => {
    const p = `${path}[${i}]`;
    if (t.key) causes.push(...validateLabelName(t.key, `${p}.key`));
    if (!t.key && t.operator !== 'Exists') {
      causes.push(field.invalid(`${p}.operator`, t.operator ?? '', 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null && t.effect !== 'NoExecute') {
      causes.push(field.invalid(`${p}.effect`, t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (!t.operator || t.operator === 'Equal') {
      const errs = isLabelValue(t.value ?? '');
      if (errs.length > 0) causes.push(field.invalid(`${p}.operator`, t.value ?? '', errs.join(';')));
    } else if (t.operator === 'Exists') {
      if (t.value) causes.push(field.invalid(`${p}.operator`, t.value, "value must be empty when `operator` is 'Exists'"));
    } else causes.push(field.notSupported(`${p}.operator`, t.operator, ['Equal', 'Exists']));
    if (t.effect && !TAINT_EFFECTS.includes(t.effect)) causes.push(field.notSupported(`${p}.effect`, t.effect, TAINT_EFFECTS));
  });
  return causes;
}

export function validateAffinity(affinity: Affinity | undefined, path: string): FieldCause[] {
  if (!affinity) return [];
  const causes: FieldCause[] = [];
  const node = affinity.nodeAffinity;
  if (node?.requiredDuringSchedulingIgnoredDuringExecution) {
    const terms = node.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms ?? [];
    const p = `${path}.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution`;
    if (terms.length === 0) causes.push(field.required(`${p}.nodeSelectorTerms`, 'must have at least one node selector term'));
    terms.forEach((term, i) => (term.matchExpressions ?? []).forEach((req, j) => {
      causes.push(...validateNodeSelectorRequirement(req, `${p}.nodeSelectorTerms[${i}].matchExpressions[${j}]`));
    }));
  }
  (node?.preferredDuringSchedulingIgnoredDuringExecution ?? []).forEach((pref, i) => {
    const p = `${path}.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[${i}]`;
    causes.push(...weight(pref.weight, `${p}.weight`));
    (pref.preference?.matchExpressions ?? []).forEach((req, j) => causes.push(...validateNodeSelectorRequirement(req, `${p}.preference.matchExpressions[${j}]`)));
  });
  for (const kind of ['podAffinity', 'podAntiAffinity'] as const) {
    const spec = affinity[kind];
    const base = `${path}.${kind}`;
    (spec?.requiredDuringSchedulingIgnoredDuringExecution ?? []).forEach((term, i) => {
      causes.push(...validatePodAffinityTerm(term, `${base}.requiredDuringSchedulingIgnoredDuringExecution[${i}]`));
    });
    (spec?.preferredDuringSchedulingIgnoredDuringExecution ?? []).forEach((w, i) => {
      const p = `${base}.preferredDuringSchedulingIgnoredDuringExecution[${i}]`;
      causes.push(...weight(w.weight, `${p}.weight`));
      causes.push(...validatePodAffinityTerm(w.podAffinityTerm, `${p}.podAffinityTerm`));
    });
  }
  return causes;
}

function weight(value: number, path: string): FieldCause[] {
  return value <= 0 || value > 100 ? [field.invalid(path, value, 'must be in the range 1-100')] : [];
}

function validateNodeSelectorRequirement(req: NodeSelectorRequirement, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In': case 'NotIn':
      if (values.length === 0) causes.push(field.required(`${path}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
      break;
    case 'Exists': case 'DoesNotExist':
      if (values.length > 0) causes.push(field.forbidden(`${path}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      break;
    case 'Gt': case 'Lt':
      if (values.length !== 1) causes.push(field.required(`${path}.values`, "must be specified single value when `operator` is 'Lt' or 'Gt'"));
      break;
    default:
      causes.push(field.invalid(`${path}.operator`, req.operator, 'not a valid selector operator'));
  }
  causes.push(...validateLabelName(req.key, `${path}.key`));
  return causes;
}

function validatePodAffinityTerm(term: PodAffinityTerm, path: string): FieldCause[] {
  const causes = [...validateLabelSelector(term.labelSelector, `${path}.labelSelector`), ...validateLabelSelector(term.namespaceSelector, `${path}.namespaceSelector`)];
  for (const ns of term.namespaces ?? []) causes.push(...isDns1123Label(ns).map((m) => field.invalid(`${path}.namespace`, ns, m)));
  if (!term.topologyKey) causes.push(field.required(`${path}.topologyKey`, 'can not be empty'));
  else causes.push(...validateLabelName(term.topologyKey, `${path}.topologyKey`));
  return causes;
}

export function validateTopologySpread(constraints: readonly TopologySpreadConstraint[], path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  constraints.forEach((c, i) => {
    const p = `${path}[${i}]`;
    if (c.maxSkew <= 0) causes.push(field.invalid(`${p}.maxSkew`, c.maxSkew, NOT_POSITIVE));
    if (!c.topologyKey) causes.push(field.required(`${p}.topologyKey`, 'can not be empty'));
    if (c.whenUnsatisfiable !== 'DoNotSchedule' && c.whenUnsatisfiable !== 'ScheduleAnyway') {
      causes.push(field.notSupported(`${p}.whenUnsatisfiable`, c.whenUnsatisfiable, ['DoNotSchedule', 'ScheduleAnyway']));
    }
    const dup = constraints.slice(i + 1).some((o) => o.topologyKey === c.topologyKey && o.whenUnsatisfiable === c.whenUnsatisfiable);
    if (dup) causes.push(field.duplicate(`${p}.{topologyKey, whenUnsatisfiable}`, `{${c.topologyKey}, ${c.whenUnsatisfiable}}`));
    causes.push(...validateLabelSelector(c.labelSelector, `${p}.labelSelector`));
  });
  return causes;
}

export function validateDnsConfig(config: PodDNSConfig | undefined, policy: string | undefined, path: string): FieldCause[] {
  if (policy === 'None') {
    if (!config) return [field.required(path, 'must provide `dnsConfig` when `dnsPolicy` is None')];
    if ((config.nameservers ?? []).length === 0) return [field.required(`${path}.nameservers`, 'must provide at least one DNS nameserver when `dnsPolicy` is None')];
  }
  if (!config) return [];
  const causes: FieldCause[] = [];
  const servers = config.nameservers ?? [];
  if (servers.length > 3) causes.push(invalidRaw(`${path}.nameservers`, goStringSlice(servers), 'must not have more than 3 nameservers'));
  servers.forEach((s, i) => causes.push(...validateIP(s, `${path}.nameservers[${i}]`)));
  (config.searches ?? []).forEach((s, i) => {
    const search = s.endsWith('.') ? s.slice(0, -1) : s;
    causes.push(...isDns1123Subdomain(search).map((m) => field.invalid(`${path}.searches[${i}]`, search, m)));
  });
  (config.options ?? []).forEach((o, i) => { if (!o.name) causes.push(field.required(`${path}.options[${i}]`, 'must not be empty')); });
  return causes;
}
