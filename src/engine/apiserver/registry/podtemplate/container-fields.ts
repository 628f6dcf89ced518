// Validation of a container's ports, environment and volume mounts.
// Mirrors validateContainerPorts, ValidateEnv, validateEnvVarValueFrom, ValidateEnvFrom and
// ValidateVolumeMounts in pkg/apis/core/validation/validation.go.

import type { ContainerPort, EnvFromSource, EnvVar, VolumeMount } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import { isConfigMapKey, isDns1123Subdomain, isEnvVarName } from '../../../api/validation/names.ts';
import { isValidPortName, isValidPortNum } from '../common/validators.ts';

export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const ENV_FIELD_PATHS = ['metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName',
  'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs'];
const CONVERTIBLE_FIELD_PATHS = new Set([...ENV_FIELD_PATHS, 'metadata.annotations', 'metadata.labels', 'spec.restartPolicy',
  'spec.schedulerName', 'status.phase', 'spec.host']);
const RESOURCE_FIELD_PATHS = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];

export function validatePorts(ports: readonly ContainerPort[], path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const p = `${path}[${i}]`;
    if (port.name) {
      const errs = isValidPortName(port.name);
      if (errs.length > 0) causes.push(...errs.map((m) => field.invalid(`${p}.name`, port.name, m)));
      else if (names.has(port.name)) causes.push(field.duplicate(`${p}.name`, port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) causes.push(field.required(`${p}.containerPort`));
    else causes.push(...isValidPortNum(port.containerPort).map((m) => field.invalid(`${p}.containerPort`, port.containerPort, m)));
    if (port.hostPort) causes.push(...isValidPortNum(port.hostPort).map((m) => field.invalid(`${p}.hostPort`, port.hostPort, m)));
    if (!port.protocol) causes.push(field.required(`${p}.protocol`));
    else if (!PROTOCOLS.includes(port.protocol)) causes.push(field.notSupported(`${p}.protocol`, port.protocol, PROTOCOLS));
  });
  return causes;
}

export function validateEnv(vars: readonly EnvVar[], path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  vars.forEach((ev, i) => {
    const p = `${path}[${i}]`;
    if (!ev.name) causes.push(field.required(`${p}.name`));
    else causes.push(...isEnvVarName(ev.name).map((m) => field.invalid(`${p}.name`, ev.name, m)));
    causes.push(...validateValueFrom(ev, `${p}.valueFrom`));
  });
  return causes;
}

function validateValueFrom(ev: EnvVar, path: string): FieldCause[] {
  const from = ev.valueFrom;
  if (!from) return [];
  const causes: FieldCause[] = [];
  let sources = 0;
  if (from.fieldRef) {
    sources++;
    causes.push(...validateFieldRef(from.fieldRef.apiVersion, from.fieldRef.fieldPath, `${path}.fieldRef`));
  }
  if (from.resourceFieldRef) {
    sources++;
    const resource = from.resourceFieldRef.resource;
    if (!resource) causes.push(field.required(`${path}.resourceFieldRef.resource`));
    else if (!RESOURCE_FIELD_PATHS.includes(resource) && !/^(requests|limits)\.hugepages-/.test(resource)) {
      causes.push(field.notSupported(`${path}.resourceFieldRef.resource`, resource, RESOURCE_FIELD_PATHS));
    }
  }
  for (const kind of ['configMapKeyRef', 'secretKeyRef'] as const) {
    const ref = from[kind];
    if (!ref) continue;
    sources++;
    causes.push(...isDns1123Subdomain(ref.name ?? '').map((m) => field.invalid(`${path}.${kind}.name`, ref.name ?? '', m)));
    if (!ref.key) causes.push(field.required(`${path}.${kind}.key`));
    else causes.push(...isConfigMapKey(ref.key).map((m) => field.invalid(`${path}.${kind}.key`, ref.key, m)));
  }
  if (sources === 0) causes.push(field.invalid(path, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
  else if (ev.value) causes.push(field.invalid(path, '', 'may not be specified when `value` is not empty'));
  else if (sources > 1) causes.push(field.invalid(path, '', 'may not have more than one field specified at a time'));
  return causes;
}

/** validateObjectFieldSelector for env vars (downward API). */
export function validateFieldRef(apiVersion: string | undefined, fieldPath: string | undefined, path: string, allowed = ENV_FIELD_PATHS): FieldCause[] {
  if (!apiVersion) return [field.required(`${path}.apiVersion`)];
  if (!fieldPath) return [field.required(`${path}.fieldPath`)];
  const subscript = /^(metadata\.(?:labels|annotations))\['[^']*'\]$/.exec(fieldPath);
  if (subscript) return [];
  if (fieldPath.includes('[') || !CONVERTIBLE_FIELD_PATHS.has(fieldPath)) {
    const reason = fieldPath.includes('[') ? `field label does not support subscript: ${fieldPath}` : `field label not supported: ${fieldPath}`;
    return [field.invalid(`${path}.fieldPath`, fieldPath, `error converting fieldPath: ${reason}`)];
  }
  const internal = fieldPath === 'spec.host' ? 'spec.nodeName' : fieldPath;
  return allowed.includes(internal) ? [] : [field.notSupported(`${path}.fieldPath`, internal, allowed)];
}

export function validateEnvFrom(sources: readonly EnvFromSource[], path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  sources.forEach((source, i) => {
    const p = `${path}[${i}]`;
    if (source.prefix) causes.push(...isEnvVarName(source.prefix).map((m) => field.invalid(`${p}.prefix`, source.prefix, m)));
    let count = 0;
    for (const kind of ['configMapRef', 'secretRef'] as const) {
      const ref = source[kind];
      if (!ref) continue;
      count++;
      if (!ref.name) causes.push(field.required(`${p}.${kind}.name`));
      else causes.push(...isDns1123Subdomain(ref.name).map((m) => field.invalid(`${p}.${kind}.name`, ref.name, m)));
    }
    if (count === 0) causes.push(field.invalid(path, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (count > 1) causes.push(field.invalid(path, '', 'may not have more than one field specified at a time'));
  });
  return causes;
}

export function validateVolumeMounts(mounts: readonly VolumeMount[], volumes: ReadonlySet<string>, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  const mountPaths = new Set<string>();
  mounts.forEach((mount, i) => {
    const p = `${path}[${i}]`;
    if (!mount.name) causes.push(field.required(`${p}.name`));
    if (!volumes.has(mount.name)) causes.push(field.notFound(`${p}.name`, mount.name ?? ''));
    if (!mount.mountPath) causes.push(field.required(`${p}.mountPath`));
    if (mountPaths.has(mount.mountPath)) causes.push(field.invalid(`${p}.mountPath`, mount.mountPath, 'must be unique'));
    mountPaths.add(mount.mountPath);
    // Upstream reports subPath problems on the list path, not the item (kept for fidelity).
    if (mount.subPath) causes.push(...descendingPath(mount.subPath, `${path}.subPath`));
    if (mount.subPathExpr && mount.subPath) {
      causes.push(field.invalid(`${p}.subPathExpr`, mount.subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
    }
  });
  return causes;
}

function descendingPath(target: string, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  if (target.startsWith('/')) causes.push(field.invalid(path, target, 'must be a relative path'));
  if (target.split('/').includes('..')) causes.push(field.invalid(path, target, "must not contain '..'"));
  return causes;
}
