// Container lists of a pod spec: names, images, policies, ports, env, mounts, resources, probes,
// and the rules that differ between regular and init containers (sidecars: restartPolicy Always).
// Mirrors validateContainers / validateInitContainers / validateContainerCommon (core validation).

import type { Container, SecurityContext } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import { isDns1123Label } from '../../../api/validation/names.ts';
import { inclusiveRange } from '../common/validators.ts';
import { validateEnv, validateEnvFrom, validatePorts, validateVolumeMounts } from './container-fields.ts';
import { validateLifecycle, validateProbe } from './probes.ts';
import { validateResourceRequirements } from './resources.ts';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const MESSAGE_POLICIES = ['File', 'FallbackToLogsOnError'];
const NOT_FOR_INIT = 'may not be set for init containers without restartPolicy=Always';
const MAX_ID = 2147483647;

export function validateContainers(containers: readonly Container[], volumes: ReadonlySet<string>, grace: number | undefined, path: string): FieldCause[] {
  if (containers.length === 0) return [field.required(path)];
  const causes: FieldCause[] = [];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const p = `${path}[${i}]`;
    causes.push(...validateContainerCommon(c, volumes, p));
    if (names.has(c.name)) causes.push(field.duplicate(`${p}.name`, c.name));
    else names.add(c.name);
    if (c.lifecycle) causes.push(...validateLifecycle(c.lifecycle, grace, `${p}.lifecycle`));
    causes.push(...validateProbe('livenessProbe', c.livenessProbe, grace, `${p}.livenessProbe`));
    causes.push(...validateProbe('readinessProbe', c.readinessProbe, grace, `${p}.readinessProbe`));
    causes.push(...validateProbe('startupProbe', c.startupProbe, grace, `${p}.startupProbe`));
    if (c.restartPolicy) causes.push(field.forbidden(`${p}.restartPolicy`, 'may not be set for non-init containers'));
  });
  causes.push(...hostPortConflicts(containers, path));
  return causes;
}

export function validateInitContainers(inits: readonly Container[], regular: readonly Container[], volumes: ReadonlySet<string>, grace: number | undefined, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  const names = new Set(regular.map((c) => c.name));
  inits.forEach((c, i) => {
    const p = `${path}[${i}]`;
    causes.push(...validateContainerCommon(c, volumes, p));
    if (c.restartPolicy && c.restartPolicy !== 'Always') causes.push(field.notSupported(`${p}.restartPolicy`, c.restartPolicy, ['Always']));
    if (names.has(c.name)) causes.push(field.duplicate(`${p}.name`, c.name));
    else if (c.name) names.add(c.name);
    causes.push(...hostPortConflicts([c], path));
    if (c.restartPolicy === 'Always') {
      if (c.lifecycle) causes.push(...validateLifecycle(c.lifecycle, grace, `${p}.lifecycle`));
      causes.push(...validateProbe('livenessProbe', c.livenessProbe, grace, `${p}.livenessProbe`));
      causes.push(...validateProbe('readinessProbe', c.readinessProbe, grace, `${p}.readinessProbe`));
      causes.push(...validateProbe('startupProbe', c.startupProbe, grace, `${p}.startupProbe`));
    } else {
      for (const key of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
        if (c[key]) causes.push(field.forbidden(`${p}.${key}`, NOT_FOR_INIT));
      }
    }
  });
  return causes;
}

function validateContainerCommon(c: Container, volumes: ReadonlySet<string>, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  if (!c.name) causes.push(field.required(`${path}.name`));
  else causes.push(...isDns1123Label(c.name).map((m) => field.invalid(`${path}.name`, c.name, m)));
  if (!c.image) causes.push(field.required(`${path}.image`));
  if (!c.terminationMessagePolicy) causes.push(field.required(`${path}.terminationMessagePolicy`));
  else if (!MESSAGE_POLICIES.includes(c.terminationMessagePolicy)) {
    causes.push(field.notSupported(`${path}.terminationMessagePolicy`, c.terminationMessagePolicy, MESSAGE_POLICIES));
  }
  causes.push(...validatePorts(c.ports ?? [], `${path}.ports`));
  causes.push(...validateEnv(c.env ?? [], `${path}.env`));
  causes.push(...validateEnvFrom(c.envFrom ?? [], `${path}.envFrom`));
  causes.push(...validateVolumeMounts(c.volumeMounts ?? [], volumes, `${path}.volumeMounts`));
  if (!c.imagePullPolicy) causes.push(field.required(`${path}.imagePullPolicy`));
  else if (!PULL_POLICIES.includes(c.imagePullPolicy)) causes.push(field.notSupported(`${path}.imagePullPolicy`, c.imagePullPolicy, PULL_POLICIES));
  causes.push(...validateResourceRequirements(c.resources, `${path}.resources`));
  causes.push(...validateSecurityContext(c.securityContext, `${path}.securityContext`));
  return causes;
}

function validateSecurityContext(sc: SecurityContext | undefined, path: string): FieldCause[] {
  if (!sc) return [];
  const causes: FieldCause[] = [];
  for (const key of ['runAsUser', 'runAsGroup'] as const) {
    const id = sc[key];
    if (typeof id === 'number' && (id < 0 || id > MAX_ID)) causes.push(field.invalid(`${path}.${key}`, id, inclusiveRange(0, MAX_ID)));
  }
  if (sc.allowPrivilegeEscalation === false && sc.privileged === true) {
    causes.push({ reason: 'FieldValueInvalid', field: path, message: 'Invalid value: core.SecurityContext{...}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true' });
  }
  return causes;
}

/** AccumulateUniqueHostPorts: `<protocol>/<hostIP>/<hostPort>` must be unique. */
function hostPortConflicts(containers: readonly Container[], path: string): FieldCause[] {
  const seen = new Set<string>();
  const causes: FieldCause[] = [];
  containers.forEach((c, ci) => (c.ports ?? []).forEach((port, pi) => {
    if (!port.hostPort) return;
    const key = `${port.protocol ?? ''}/${port.hostIP ?? ''}/${port.hostPort}`;
    if (seen.has(key)) causes.push(field.duplicate(`${path}[${ci}].ports[${pi}].hostPort`, key));
    seen.add(key);
  }));
  return causes;
}
