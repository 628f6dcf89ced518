// ValidatePodSpec and ValidatePodTemplateSpec: the pod spec rules shared by Pods and every kind that
// embeds a pod template; messages and field paths as pkg/apis/core/validation prints them.

import type { PodSecurityContext, PodSpec } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import { isDns1123Label, isDns1123Subdomain, isQualifiedName } from '../../../api/validation/names.ts';
import { asDict } from '../common/objects.ts';
import { validateLabels } from '../common/labels.ts';
import { inclusiveRange, validateIP } from '../common/validators.ts';
import { validateContainers, validateInitContainers } from './containers.ts';
import { validateAffinity, validateDnsConfig, validateTolerations, validateTopologySpread } from './scheduling.ts';
import { validateVolumes } from './volumes.ts';

export interface PodSpecOptions {
  /** The spec belongs to a Pod (not a template): hostNetwork ports must be explicit. */
  readonly resourceIsPod: boolean;
}

export const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const MAX_INT32 = 2147483647;

export function validatePodSpec(spec: PodSpec, path: string, opts: PodSpecOptions): FieldCause[] {
  const causes: FieldCause[] = [];
  const grace = spec.terminationGracePeriodSeconds;
  if (grace === undefined || grace === null) causes.push(field.required(`${path}.terminationGracePeriodSeconds`));
  const volumes = validateVolumes(spec.volumes ?? [], `${path}.volumes`);
  causes.push(...volumes.causes);
  causes.push(...validateContainers(spec.containers ?? [], volumes.names, grace, `${path}.containers`));
  causes.push(...validateInitContainers(spec.initContainers ?? [], spec.containers ?? [], volumes.names, grace, `${path}.initContainers`));
  causes.push(...hostNetworkPorts(spec, path, opts));
  causes.push(...oneOf(spec.restartPolicy, RESTART_POLICIES, `${path}.restartPolicy`));
  causes.push(...oneOf(spec.dnsPolicy, DNS_POLICIES, `${path}.dnsPolicy`));
  causes.push(...validateLabels(spec.nodeSelector, `${path}.nodeSelector`));
  causes.push(...podSecurityContext(spec.securityContext, `${path}.securityContext`));
  causes.push(...validateAffinity(spec.affinity, `${path}.affinity`));
  causes.push(...validateDnsConfig(spec.dnsConfig, spec.dnsPolicy, `${path}.dnsConfig`));
  (spec.readinessGates ?? []).forEach((g, i) => causes.push(...qualified(g.conditionType, `${path}.readinessGates[${i}].conditionType`)));
  causes.push(...schedulingGates(spec, `${path}.schedulingGates`));
  causes.push(...validateTopologySpread(spec.topologySpreadConstraints ?? [], `${path}.topologySpreadConstraints`));
  causes.push(...names(spec, path));
  if (typeof spec.activeDeadlineSeconds === 'number' && (spec.activeDeadlineSeconds < 1 || spec.activeDeadlineSeconds > MAX_INT32)) {
    causes.push(field.invalid(`${path}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, inclusiveRange(1, MAX_INT32)));
  }
  for (const key of ['hostname', 'subdomain'] as const) {
    const value = spec[key];
    if (value) causes.push(...isDns1123Label(value).map((m) => field.invalid(`${path}.${key}`, value, m)));
  }
  causes.push(...validateTolerations(spec.tolerations ?? [], `${path}.tolerations`));
  (spec.hostAliases ?? []).forEach((a, i) => {
    causes.push(...validateIP(a.ip ?? '', `${path}.hostAliases[${i}].ip`));
    (a.hostnames ?? []).forEach((h, j) => causes.push(...subdomain(h, `${path}.hostAliases[${i}].hostnames[${j}]`)));
  });
  if (spec.priorityClassName) causes.push(...subdomain(spec.priorityClassName, `${path}.priorityClassName`));
  if (spec.preemptionPolicy !== undefined) causes.push(...oneOf(spec.preemptionPolicy, ['PreemptLowerPriority', 'Never'], `${path}.preemptionPolicy`));
  if (spec.os) causes.push(...validateOs(spec.os.name, `${path}.os`));
  return causes;
}

function oneOf(value: string | undefined, supported: readonly string[], path: string): FieldCause[] {
  if (!value) return [field.required(path)];
  return supported.includes(value) ? [] : [field.notSupported(path, value, supported)];
}

function subdomain(value: string, path: string): FieldCause[] {
  return isDns1123Subdomain(value).map((m) => field.invalid(path, value, m));
}

function qualified(value: string, path: string): FieldCause[] {
  return isQualifiedName(value).map((m) => field.invalid(path, value, m));
}

function names(spec: PodSpec, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  if (spec.serviceAccountName) causes.push(...subdomain(spec.serviceAccountName, `${path}.serviceAccountName`));
  if (spec.nodeName) causes.push(...subdomain(spec.nodeName, `${path}.nodeName`));
  return causes;
}

function hostNetworkPorts(spec: PodSpec, path: string, opts: PodSpecOptions): FieldCause[] {
  if (!spec.hostNetwork) return [];
  const causes: FieldCause[] = [];
  (spec.containers ?? []).forEach((c, i) => (c.ports ?? []).forEach((port, j) => {
    const hostPort = port.hostPort ?? 0;
    if ((opts.resourceIsPod || hostPort !== 0) && hostPort !== port.containerPort) {
      causes.push(field.invalid(`${path}.containers[${i}].ports[${j}].hostPort`, hostPort, 'must match `containerPort` when `hostNetwork` is true'));
    }
  }));
  return causes;
}

function podSecurityContext(sc: PodSecurityContext | undefined, path: string): FieldCause[] {
  if (!sc) return [];
  const causes: FieldCause[] = [];
  for (const key of ['fsGroup', 'runAsUser', 'runAsGroup'] as const) {
    const id = sc[key];
    if (typeof id === 'number' && (id < 0 || id > MAX_INT32)) causes.push(field.invalid(`${path}.${key}`, id, inclusiveRange(0, MAX_INT32)));
  }
  (sc.supplementalGroups ?? []).forEach((gid, i) => {
    if (gid < 0 || gid > MAX_INT32) causes.push(field.invalid(`${path}.supplementalGroups[${i}]`, gid, inclusiveRange(0, MAX_INT32)));
  });
  return causes;
}

function schedulingGates(spec: PodSpec, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  const seen = new Set<string>();
  (spec.schedulingGates ?? []).forEach((gate, i) => {
    causes.push(...qualified(gate.name, `${path}[${i}]`));
    if (seen.has(gate.name)) causes.push(field.duplicate(`${path}[${i}]`, gate.name));
    seen.add(gate.name);
  });
  return causes;
}

function validateOs(name: string, path: string): FieldCause[] {
  if (!name) return [field.required(`${path}.name`, 'cannot be empty')];
  return ['linux', 'windows'].includes(name) ? [] : [field.notSupported(path, name, ['linux', 'windows'])];
}

/** ValidatePodTemplateSpec: template labels (on `<path>.labels`), annotations and the pod spec. */
export function validatePodTemplateSpec(template: unknown, path: string): FieldCause[] {
  const t = asDict(template) ?? {};
  const meta = asDict(t.metadata) ?? {};
  const causes = validateLabels(asDict(meta.labels) as Record<string, string> | undefined, `${path}.labels`);
  for (const key of Object.keys(asDict(meta.annotations) ?? {})) {
    causes.push(...isQualifiedName(key.toLowerCase()).map((m) => field.invalid(`${path}.annotations`, key, m)));
  }
  const spec = (asDict(t.spec) ?? { containers: [] }) as unknown as PodSpec;
  causes.push(...validatePodSpec(spec, `${path}.spec`, { resourceIsPod: false }));
  if ((spec.ephemeralContainers ?? []).length > 0) {
    causes.push(field.forbidden(`${path}.spec.ephemeralContainers`, 'ephemeral containers not allowed in pod template'));
  }
  return causes;
}
