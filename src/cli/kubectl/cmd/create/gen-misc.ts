// `kubectl create namespace|serviceaccount|quota|priorityclass|ingress|poddisruptionbudget`
// (create_namespace.go, create_serviceaccount.go, create_quota.go, create_priorityclass.go,
// create_ingress.go, create_pdb.go).

import { parseLabelSelector, SelectorError } from '../../../../engine/index.ts';
type Requirement = ReturnType<typeof parseLabelSelector>[number];
import { KubectlError } from '../../command.ts';
import { flagBool, flagInt, flagList, flagString } from '../../flags.ts';
import { CREATE_NAMESPACE_HELP, CREATE_PRIORITYCLASS_HELP, CREATE_QUOTA_HELP, CREATE_SERVICEACCOUNT_HELP } from './help-create.ts';
import { CREATE_INGRESS_HELP, CREATE_PODDISRUPTIONBUDGET_HELP } from './help-workloads.ts';
import { newObject, type GeneratorSpec } from './generator.ts';
import { buildIngressSpec, checkIngressFlags } from './ingress-rules.ts';

export const ERR_QUOTA_SYNTAX = (statement: string): string => `Invalid argument syntax ${statement}, expected <resource>=<value>`;
export const ERR_QUOTA_SCOPE = 'invalid resource quota scope ""';
export const ERR_QUANTITY = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const ERR_PDB_SELECTOR = 'a selector must be specified';
export const ERR_PDB_ONE_OF = 'one of min-available or max-unavailable must be specified';
export const ERR_PDB_BOTH = 'min-available and max-unavailable cannot be both specified';
export const ERR_PDB_FORMAT = (flag: string): string => `invalid format specified for ${flag}`;

export const NAMESPACE_GENERATOR: GeneratorSpec = {
  name: 'namespace', path: 'kubectl create namespace', help: CREATE_NAMESPACE_HELP, resource: '/namespaces',
  build: ({ name }) => newObject('v1', 'Namespace', name, { spec: {}, status: {} }),
};

export const SERVICEACCOUNT_GENERATOR: GeneratorSpec = {
  name: 'serviceaccount', path: 'kubectl create serviceaccount', help: CREATE_SERVICEACCOUNT_HELP, resource: '/serviceaccounts',
  wrap: 'failed to create serviceaccount: ',
  build: ({ name }) => newObject('v1', 'ServiceAccount', name),
};

function quantityMap(spec: string): Record<string, string> | undefined {
  if (spec === '') return undefined;
  const out: Record<string, string> = {};
  for (const statement of spec.split(',')) {
    const parts = statement.split('=');
    if (parts.length !== 2) throw new KubectlError(ERR_QUOTA_SYNTAX(statement));
    if (!/^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/.test(parts[1]!)) throw new KubectlError(ERR_QUANTITY);
    out[parts[0]!] = parts[1]!;
  }
  return out;
}

export const QUOTA_GENERATOR: GeneratorSpec = {
  name: 'quota', path: 'kubectl create quota', help: CREATE_QUOTA_HELP, resource: '/resourcequotas', wrap: 'failed to create quota: ',
  build: ({ parsed, name }) => {
    const hard = quantityMap(flagString(parsed, 'hard'));
    const scopesText = flagString(parsed, 'scopes');
    const scopes = scopesText === '' ? undefined : scopesText.split(',');
    if (scopes?.includes('')) throw new KubectlError(ERR_QUOTA_SCOPE);
    return newObject('v1', 'ResourceQuota', name, { spec: { ...(hard ? { hard } : {}), ...(scopes ? { scopes } : {}) }, status: {} });
  },
};

export const PRIORITYCLASS_GENERATOR: GeneratorSpec = {
  name: 'priorityclass', path: 'kubectl create priorityclass', help: CREATE_PRIORITYCLASS_HELP,
  resource: 'scheduling.k8s.io/priorityclasses', wrap: 'failed to create priorityclass: ',
  build: ({ parsed, name }) => {
    const description = flagString(parsed, 'description');
    return newObject('scheduling.k8s.io/v1', 'PriorityClass', name, {
      ...(description ? { description } : {}),
      ...(flagBool(parsed, 'global-default') ? { globalDefault: true } : {}),
      preemptionPolicy: flagString(parsed, 'preemption-policy') || 'PreemptLowerPriority',
      value: flagInt(parsed, 'value') ?? 0,
    });
  },
};

export const INGRESS_GENERATOR: GeneratorSpec = {
  name: 'ingress', path: 'kubectl create ingress', help: CREATE_INGRESS_HELP, resource: 'networking.k8s.io/ingresses',
  wrap: 'failed to create ingress: ',
  build: ({ parsed, name }) => {
    const rules = flagList(parsed, 'rule');
    const annotationsList = flagList(parsed, 'annotation');
    const defaultBackend = flagString(parsed, 'default-backend');
    checkIngressFlags(rules, annotationsList, defaultBackend);
    const annotations = Object.fromEntries(annotationsList.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
    const ingress = newObject('networking.k8s.io/v1', 'Ingress', name, {
      spec: buildIngressSpec(rules, flagString(parsed, 'class'), defaultBackend), status: { loadBalancer: {} },
    });
    if (annotationsList.length > 0) ingress.metadata.annotations = annotations;
    return ingress;
  },
};

function intOrString(value: string): number | string {
  return /^\d+$/.test(value) ? Number(value) : value;
}

export const PDB_GENERATOR: GeneratorSpec = {
  name: 'poddisruptionbudget', path: 'kubectl create poddisruptionbudget', help: CREATE_PODDISRUPTIONBUDGET_HELP,
  resource: 'policy/poddisruptionbudgets', wrap: 'failed to create poddisruptionbudgets: ',
  build: ({ parsed, name }) => {
    const selector = flagString(parsed, 'selector');
    const minAvailable = flagString(parsed, 'min-available');
    const maxUnavailable = flagString(parsed, 'max-unavailable');
    if (selector === '') throw new KubectlError(ERR_PDB_SELECTOR);
    if (minAvailable === '' && maxUnavailable === '') throw new KubectlError(ERR_PDB_ONE_OF);
    if (minAvailable !== '' && maxUnavailable !== '') throw new KubectlError(ERR_PDB_BOTH);
    if (minAvailable !== '' && !/^[0-9]+%?$/.test(minAvailable)) throw new KubectlError(ERR_PDB_FORMAT('min-available'));
    if (maxUnavailable !== '' && !/^[0-9]+%?$/.test(maxUnavailable)) throw new KubectlError(ERR_PDB_FORMAT('max-unavailable'));
    const spec = {
      ...(minAvailable ? { minAvailable: intOrString(minAvailable) } : { maxUnavailable: intOrString(maxUnavailable) }),
      selector: labelSelector(selector),
    };
    return newObject('policy/v1', 'PodDisruptionBudget', name, {
      spec, status: { currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 },
    });
  },
};

/** metav1.ParseToLabelSelector: equality terms become matchLabels, the rest matchExpressions. */
function labelSelector(text: string): object {
  let reqs: Requirement[];
  try {
    reqs = parseLabelSelector(text);
  } catch (e) {
    if (e instanceof SelectorError) throw new KubectlError(e.message);
    throw e;
  }
  const matchLabels: Record<string, string> = {};
  const matchExpressions: object[] = [];
  for (const r of reqs) {
    if (r.op === '=') matchLabels[r.key] = r.value;
    else if (r.op === '!=') matchExpressions.push({ key: r.key, operator: 'NotIn', values: [r.value] });
    else if (r.op === 'in' || r.op === 'notin') matchExpressions.push({ key: r.key, operator: r.op === 'in' ? 'In' : 'NotIn', values: [...r.values] });
    else matchExpressions.push({ key: r.key, operator: r.op === 'exists' ? 'Exists' : 'DoesNotExist' });
  }
  return { ...(Object.keys(matchLabels).length ? { matchLabels } : {}), ...(matchExpressions.length ? { matchExpressions } : {}) };
}
