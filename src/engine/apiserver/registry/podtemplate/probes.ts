// Probes and lifecycle handlers: exactly one handler, non-negative timings, liveness and startup
// successThreshold 1. Mirrors validateProbe / validateHandler / validateLifecycle (core validation).

import type { Lifecycle, LifecycleHandler, Probe } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import { regexError } from '../../../api/validation/names.ts';
import { nonNegative, portNumOrName } from '../common/validators.ts';

type ProbeKind = 'livenessProbe' | 'readinessProbe' | 'startupProbe';
const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc', 'sleep'] as const;
const HEADER_NAME = /^[-A-Za-z0-9]+$/;
const HEADER_ERROR = regexError("a valid HTTP header must consist of alphanumeric characters or '-'", '[-A-Za-z0-9]+', 'X-Header-Name');

export function validateProbe(kind: ProbeKind, probe: Probe | undefined, grace: number | undefined, path: string): FieldCause[] {
  if (!probe) return [];
  const causes = validateHandler({ exec: probe.exec, httpGet: probe.httpGet, tcpSocket: probe.tcpSocket, grpc: probe.grpc }, grace, path);
  for (const key of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const) {
    causes.push(...nonNegative(probe[key], `${path}.${key}`));
  }
  const probeGrace = probe.terminationGracePeriodSeconds;
  if (typeof probeGrace === 'number' && probeGrace <= 0) {
    causes.push(field.invalid(`${path}.terminationGracePeriodSeconds`, probeGrace, 'must be greater than 0'));
  }
  if (kind !== 'readinessProbe' && probe.successThreshold !== 1) {
    causes.push(field.invalid(`${path}.successThreshold`, probe.successThreshold ?? 0, 'must be 1'));
  }
  if (kind === 'readinessProbe' && probeGrace !== undefined && probeGrace !== null) {
    causes.push(field.invalid(`${path}.terminationGracePeriodSeconds`, probeGrace, 'must not be set for readinessProbes'));
  }
  return causes;
}

export function validateLifecycle(lifecycle: Lifecycle, grace: number | undefined, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  for (const key of ['postStart', 'preStop'] as const) {
    const handler = lifecycle[key];
    if (handler) causes.push(...validateHandler(handler, grace, `${path}.${key}`));
  }
  return causes;
}

type Handler = Partial<Pick<LifecycleHandler, 'exec' | 'httpGet' | 'tcpSocket' | 'sleep'>> & { grpc?: Probe['grpc'] };

function validateHandler(handler: Handler, grace: number | undefined, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  let count = 0;
  for (const key of HANDLERS) {
    if (!handler[key]) continue;
    if (count > 0) {
      causes.push(field.forbidden(`${path}.${key}`, 'may not specify more than 1 handler type'));
      continue;
    }
    count++;
    causes.push(...validateAction(key, handler, grace, `${path}.${key}`));
  }
  if (count === 0) causes.push(field.required(path, 'must specify a handler type'));
  return causes;
}

function validateAction(key: (typeof HANDLERS)[number], handler: Handler, grace: number | undefined, path: string): FieldCause[] {
  switch (key) {
    case 'exec': return (handler.exec?.command ?? []).length === 0 ? [field.required(`${path}.command`)] : [];
    case 'tcpSocket': return portNumOrName(handler.tcpSocket?.port, `${path}.port`);
    case 'grpc': return portNumOrName(handler.grpc?.port ?? 0, `${path}.port`);
    case 'sleep': {
      const seconds = handler.sleep?.seconds ?? 0;
      if (grace === undefined || (seconds > 0 && seconds <= grace)) return [];
      return [field.invalid(path, seconds, `must be greater than 0 and less than terminationGracePeriodSeconds (${grace}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`)];
    }
    case 'httpGet': {
      const get = handler.httpGet!;
      const causes: FieldCause[] = [];
      if (!get.path) causes.push(field.required(`${path}.path`));
      causes.push(...portNumOrName(get.port, `${path}.port`));
      if (get.scheme !== 'HTTP' && get.scheme !== 'HTTPS') causes.push(field.notSupported(`${path}.scheme`, get.scheme ?? '', ['HTTP', 'HTTPS']));
      for (const h of get.httpHeaders ?? []) {
        if (!HEADER_NAME.test(h.name)) causes.push(field.invalid(`${path}.httpHeaders`, h.name, HEADER_ERROR));
      }
      return causes;
    }
  }
}
