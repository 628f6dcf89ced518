// The Ingress strategy (networking.k8s.io/v1): the default IngressClass (DefaultIngressClass
// admission), rules with hosts, required pathType and absolute paths, service backends with a port
// name or number; generation tracked, `status.loadBalancer: {}` on create.
// Mirrors pkg/apis/networking/validation ValidateIngressSpec (v1.31).

import type { HTTPIngressPath, IngressBackend, IngressSpec } from 'kubernetes-types/networking/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { isDns1035Label, isDns1123Subdomain } from '../../../api/validation/names.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { invalidRaw } from '../common/gofmt.ts';
import { specOf } from '../common/objects.ts';
import { isIP, isValidPortName, isValidPortNum } from '../common/validators.ts';
import { defaultIngressClass } from '../ingressclasses/strategy.ts';

const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];
const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];
const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

const spec = (ing: KubeObject): IngressSpec => (ing.spec ?? {}) as IngressSpec;

function validateHost(host: string, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  if (host.includes('*')) {
    const rest = host.startsWith('*.') ? host.slice(2) : host;
    if (!host.startsWith('*.') || isDns1123Subdomain(rest).length > 0) {
      causes.push(field.invalid(path, host, "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"));
    }
  } else causes.push(...isDns1123Subdomain(host).map((m) => field.invalid(path, host, m)));
  if (isIP(host)) causes.push(field.invalid(path, host, 'must be a DNS name, not an IP address'));
  return causes;
}

function validateBackend(backend: IngressBackend | undefined, path: string): FieldCause[] {
  if (backend?.resource && backend.service) return [field.invalid(path, '', 'cannot set both resource and service backends')];
  if (backend?.resource) return backend.resource.kind && backend.resource.name ? [] : [field.required(`${path}.resource.${backend.resource.kind ? 'name' : 'kind'}`)];
  const service = backend?.service;
  if (!service) return [field.invalid(path, '', 'resource or service backend is required')];
  const causes: FieldCause[] = [];
  if (!service.name) causes.push(field.required(`${path}.service.name`));
  else causes.push(...isDns1035Label(service.name).map((m) => field.invalid(`${path}.service.name`, service.name, m)));
  const name = service.port?.name ?? '';
  const number = service.port?.number ?? 0;
  if (name && number) causes.push(field.invalid(path, '', 'cannot set both port name & port number'));
  else if (name) causes.push(...isValidPortName(name).map((m) => field.invalid(`${path}.service.port.name`, name, m)));
  else if (number) causes.push(...isValidPortNum(number).map((m) => field.invalid(`${path}.service.port.number`, number, m)));
  else causes.push(field.required(path, 'port name or number is required'));
  return causes;
}

function validatePath(p: HTTPIngressPath, path: string): FieldCause[] {
  if (!p.pathType) return [field.required(`${path}.pathType`, 'pathType must be specified')];
  const causes: FieldCause[] = [];
  const value = p.path ?? '';
  if (p.pathType === 'Exact' || p.pathType === 'Prefix') {
    if (!value.startsWith('/')) causes.push(field.invalid(`${path}.path`, value, 'must be an absolute path'));
    for (const seq of INVALID_SEQUENCES) if (value.includes(seq)) causes.push(field.invalid(`${path}.path`, value, `must not contain '${seq}'`));
    for (const suffix of INVALID_SUFFIXES) if (value.endsWith(suffix)) causes.push(field.invalid(`${path}.path`, value, `cannot end with '${suffix}'`));
  } else if (p.pathType === 'ImplementationSpecific') {
    if (value && !value.startsWith('/')) causes.push(field.invalid(`${path}.path`, value, 'must be an absolute path'));
  } else causes.push(field.notSupported(`${path}.pathType`, p.pathType, PATH_TYPES));
  return [...causes, ...validateBackend(p.backend, `${path}.backend`)];
}

function validateIngress(ing: KubeObject): FieldCause[] {
  const s = spec(ing);
  const causes: FieldCause[] = [];
  const rules = s.rules ?? [];
  if (rules.length === 0 && !s.defaultBackend) {
    causes.push(invalidRaw('spec', rules.length === 0 && s.rules === undefined ? '[]networking.IngressRule(nil)' : '[]networking.IngressRule{}', 'either `defaultBackend` or `rules` must be specified'));
  }
  if (s.defaultBackend) causes.push(...validateBackend(s.defaultBackend, 'spec.defaultBackend'));
  rules.forEach((rule, i) => {
    const p = `spec.rules[${i}]`;
    if (rule.host) causes.push(...validateHost(rule.host, `${p}.host`));
    if (!rule.http) return;
    if ((rule.http.paths ?? []).length === 0) causes.push(field.required(`${p}.http.paths`));
    (rule.http.paths ?? []).forEach((hp, j) => causes.push(...validatePath(hp, `${p}.http.paths[${j}]`)));
  });
  (s.tls ?? []).forEach((tls, i) => (tls.hosts ?? []).forEach((host, j) => causes.push(...validateHost(host, `spec.tls[${i}].hosts[${j}]`))));
  if (s.ingressClassName) causes.push(...isDns1123Subdomain(s.ingressClassName).map((m) => field.invalid('spec.ingressClassName', s.ingressClassName, m)));
  return causes;
}

export const ingressStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: true,
  admit(ing, ctx) {
    const s = specOf(ing) as IngressSpec;
    if (s.ingressClassName || ing.metadata.annotations?.[CLASS_ANNOTATION] !== undefined) return;
    const def = defaultIngressClass(ctx);
    if (def) s.ingressClassName = def;
  },
  validate: validateIngress,
  prepareForCreate(ing) {
    ing.status = { loadBalancer: {} };
  },
  validateUpdate: (ing) => validateIngress(ing),
};
