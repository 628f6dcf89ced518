// ValidateService / ValidateServiceUpdate with the v1.31 messages: ports, types, session affinity,
// clusterIP(s) and IP families, node ports, traffic policies; clusterIPs may not change once set.
// Mirrors pkg/apis/core/validation/validation.go (Service section).

import type { ServicePort, ServiceSpec } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import { isDns1123Label, isDns1123Subdomain, isQualifiedName } from '../../../api/validation/names.ts';
import { goString, goStringSlice, invalidRaw, duplicateRaw } from '../common/gofmt.ts';
import { validateLabels } from '../common/labels.ts';
import { isValidPortNum, portNumOrName, validateCIDR, validateIP } from '../common/validators.ts';
import { PROTOCOLS } from '../podtemplate/container-fields.ts';
import { externallyAccessible, ServiceType } from './defaults.ts';

const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const LB_ONLY = "may only be used when `type` is 'LoadBalancer'";

export const isHeadless = (spec: ServiceSpec): boolean => spec.clusterIPs?.length === 1 && spec.clusterIPs[0] === 'None';

export function validateService(spec: ServiceSpec): FieldCause[] {
  const causes: FieldCause[] = [];
  if ((spec.ports ?? []).length === 0 && !isHeadless(spec) && spec.type !== ServiceType.ExternalName) causes.push(field.required('spec.ports'));
  causes.push(...typeSpecific(spec));
  const names = new Set<string>();
  (spec.ports ?? []).forEach((port, i) => causes.push(...validatePort(port, (spec.ports ?? []).length > 1, names, `spec.ports[${i}]`)));
  if (spec.selector) causes.push(...validateLabels(spec.selector, 'spec.selector'));
  causes.push(...sessionAffinity(spec));
  causes.push(...validateClusterIPsRelatedFields(spec));
  (spec.externalIPs ?? []).forEach((ip, i) => causes.push(...validateIP(ip, `spec.externalIPs[${i}]`)));
  if (!spec.type) causes.push(field.required('spec.type'));
  else if (!SERVICE_TYPES.includes(spec.type)) causes.push(field.notSupported('spec.type', spec.type, SERVICE_TYPES));
  causes.push(...portRules(spec));
  if ((spec.loadBalancerSourceRanges ?? []).length > 0 && spec.type !== ServiceType.LoadBalancer) causes.push(field.forbidden('spec.LoadBalancerSourceRanges', LB_ONLY));
  (spec.loadBalancerSourceRanges ?? []).forEach((cidr, i) => causes.push(...validateCIDR(cidr.trim(), `spec.LoadBalancerSourceRanges[${i}]`)));
  if (spec.allocateLoadBalancerNodePorts !== undefined && spec.type !== ServiceType.LoadBalancer) causes.push(field.forbidden('spec.allocateLoadBalancerNodePorts', LB_ONLY));
  if (spec.type === ServiceType.LoadBalancer && spec.allocateLoadBalancerNodePorts === undefined) causes.push(field.required('allocateLoadBalancerNodePorts'));
  if (spec.loadBalancerClass !== undefined && spec.type !== ServiceType.LoadBalancer) causes.push(field.forbidden('spec.loadBalancerClass', LB_ONLY));
  causes.push(...trafficPolicies(spec));
  return causes;
}

function typeSpecific(spec: ServiceSpec): FieldCause[] {
  if ((spec.type === ServiceType.LoadBalancer || spec.type === ServiceType.NodePort) && isHeadless(spec)) {
    return [field.invalid('spec.clusterIPs[0]', 'None', `may not be set to 'None' for ${spec.type} services`)];
  }
  if (spec.type !== ServiceType.ExternalName) return [];
  const causes: FieldCause[] = [];
  if ((spec.clusterIPs ?? []).length > 0) causes.push(field.forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
  if ((spec.ipFamilies ?? []).length > 0) causes.push(field.forbidden('spec.ipFamilies', 'may not be set for ExternalName services'));
  if (spec.ipFamilyPolicy) causes.push(field.forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'));
  const cname = (spec.externalName ?? '').replace(/\.$/, '');
  if (cname === '') causes.push(field.required('spec.externalName'));
  else causes.push(...isDns1123Subdomain(cname).map((m) => field.invalid('spec.externalName', cname, m)));
  return causes;
}

function validatePort(port: ServicePort, requireName: boolean, names: Set<string>, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  if (requireName && !port.name) causes.push(field.required(`${path}.name`));
  else if (port.name) {
    causes.push(...isDns1123Label(port.name).map((m) => field.invalid(`${path}.name`, port.name, m)));
    if (names.has(port.name)) causes.push(field.duplicate(`${path}.name`, port.name));
    else names.add(port.name);
  }
  causes.push(...isValidPortNum(port.port).map((m) => field.invalid(`${path}.port`, port.port ?? 0, m)));
  if (!port.protocol) causes.push(field.required(`${path}.protocol`));
  else if (!PROTOCOLS.includes(port.protocol)) causes.push(field.notSupported(`${path}.protocol`, port.protocol, PROTOCOLS));
  causes.push(...portNumOrName(port.targetPort, `${path}.targetPort`));
  if (port.appProtocol !== undefined) causes.push(...isQualifiedName(port.appProtocol).map((m) => field.invalid(`${path}.appProtocol`, port.appProtocol, m)));
  return causes;
}

function sessionAffinity(spec: ServiceSpec): FieldCause[] {
  if (!spec.sessionAffinity) return [field.required('spec.sessionAffinity')];
  if (!['ClientIP', 'None'].includes(spec.sessionAffinity)) return [field.notSupported('spec.sessionAffinity', spec.sessionAffinity, ['ClientIP', 'None'])];
  const path = 'spec.sessionAffinityConfig';
  if (spec.sessionAffinity === 'None') return spec.sessionAffinityConfig ? [field.forbidden(path, 'must not be set when session affinity is None')] : [];
  const timeout = spec.sessionAffinityConfig?.clientIP?.timeoutSeconds;
  if (!spec.sessionAffinityConfig) return [field.required(path, 'when session affinity type is ClientIP')];
  if (!spec.sessionAffinityConfig.clientIP) return [field.required(`${path}.clientIP`, 'when session affinity type is ClientIP')];
  if (timeout === undefined) return [field.required(`${path}.clientIP.timeoutSeconds`, 'when session affinity type is ClientIP')];
  return timeout <= 0 || timeout > 86400 ? [field.invalid(`${path}.clientIP.timeoutSeconds`, timeout, 'must be greater than 0 and less than 86400')] : [];
}

/** ValidateServiceClusterIPsRelatedFields (single-stack IPv4 cluster). */
export function validateClusterIPsRelatedFields(spec: ServiceSpec): FieldCause[] {
  if (spec.type === ServiceType.ExternalName) return [];
  const causes: FieldCause[] = [];
  const ips = spec.clusterIPs ?? [];
  if (spec.clusterIP) {
    if (ips.length === 0) causes.push(field.required('spec.clusterIPs'));
    else if (ips[0] !== spec.clusterIP) causes.push(invalidRaw('spec.clusterIPs', goStringSlice(ips), 'first value must match `clusterIP`'));
  } else if (ips.length > 0) causes.push(invalidRaw('spec.clusterIPs', goStringSlice(ips), 'must be empty when `clusterIP` is not specified'));
  const seen = new Set<string>();
  (spec.ipFamilies ?? []).forEach((family, i) => {
    if (family !== 'IPv4' && family !== 'IPv6') causes.push(field.notSupported(`spec.ipFamilies[${i}]`, family, ['IPv4', 'IPv6']));
    if (seen.has(family)) causes.push(field.duplicate(`spec.ipFamilies[${i}]`, family));
    seen.add(family);
  });
  const policies = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];
  if (spec.ipFamilyPolicy && !policies.includes(spec.ipFamilyPolicy)) causes.push(field.notSupported('spec.ipFamilyPolicy', spec.ipFamilyPolicy, policies));
  ips.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (ips.length > 1) causes.push(invalidRaw('spec.clusterIPs', goStringSlice(ips), "'None' must be the first and only value"));
      return;
    }
    causes.push(...validateIP(ip, `spec.clusterIPs[${i}]`));
  });
  if (ips.length > 2) causes.push(invalidRaw('spec.clusterIPs', goStringSlice(ips), 'may only hold up to 2 values'));
  return causes;
}

function portRules(spec: ServiceSpec): FieldCause[] {
  const causes: FieldCause[] = [];
  const ports = spec.ports ?? [];
  if (spec.type === ServiceType.ClusterIP) {
    ports.forEach((p, i) => { if (p.nodePort) causes.push(field.forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'")); });
  }
  const nodePorts = new Set<string>();
  const keys = new Set<string>();
  ports.forEach((p, i) => {
    if (p.nodePort) {
      const key = `${p.protocol}/${p.nodePort}`;
      if (nodePorts.has(key)) causes.push(field.duplicate(`spec.ports[${i}].nodePort`, p.nodePort));
      nodePorts.add(key);
    }
    const key = `${p.protocol}/${p.port}`;
    if (keys.has(key)) {
      causes.push(duplicateRaw(`spec.ports[${i}]`, `core.ServicePort{Name:"", Protocol:${goString(p.protocol ?? '')}, AppProtocol:(*string)(nil), Port:${p.port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`));
    }
    keys.add(key);
  });
  return causes;
}

function trafficPolicies(spec: ServiceSpec): FieldCause[] {
  const causes: FieldCause[] = [];
  const etp = spec.externalTrafficPolicy;
  if (!externallyAccessible(spec)) {
    if (etp) causes.push(field.invalid('spec.externalTrafficPolicy', etp, 'may only be set for externally-accessible services'));
  } else if (!etp) causes.push(field.required('spec.externalTrafficPolicy'));
  else if (etp !== 'Cluster' && etp !== 'Local') causes.push(field.notSupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
  const needsHealthCheck = spec.type === ServiceType.LoadBalancer && etp === 'Local';
  if (!needsHealthCheck && spec.healthCheckNodePort) {
    causes.push(field.invalid('spec.healthCheckNodePort', spec.healthCheckNodePort, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
  }
  const itp = spec.internalTrafficPolicy;
  if (!itp && ['ClusterIP', 'NodePort', 'LoadBalancer'].includes(spec.type ?? '')) causes.push(field.required('spec.internalTrafficPolicy'));
  if (itp && itp !== 'Cluster' && itp !== 'Local') causes.push(field.notSupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  if (spec.trafficDistribution !== undefined && spec.trafficDistribution !== 'PreferClose') {
    causes.push(field.notSupported('spec.trafficDistribution', spec.trafficDistribution, ['PreferClose']));
  }
  return causes;
}

/** ValidateServiceUpdate's own rules (ValidateService runs as well). */
export function validateServiceUpdate(spec: ServiceSpec, old: ServiceSpec): FieldCause[] {
  const causes: FieldCause[] = [];
  const external = spec.type === ServiceType.ExternalName || old.type === ServiceType.ExternalName;
  if (!external && !(isHeadless(spec) && isHeadless(old))) {
    const next = spec.clusterIPs ?? [];
    const prev = old.clusterIPs ?? [];
    if (prev.length > 0 && next.length === 0) causes.push(invalidRaw('spec.clusterIPs[0]', goStringSlice(next), 'primary clusterIP can not be unset'));
    else if (prev.length > 0 && next[0] !== prev[0]) causes.push(invalidRaw('spec.clusterIPs[0]', goStringSlice(next), 'may not change once set'));
  }
  if (!external && isHeadless(spec) === isHeadless(old) && !isHeadless(spec)) {
    const next = spec.ipFamilies ?? [];
    const prev = old.ipFamilies ?? [];
    if (prev.length > 0 && next.length > 0 && next[0] !== prev[0]) causes.push(invalidRaw('spec.ipFamilies[0]', goStringSlice(next), 'may not change once set'));
  }
  if (old.type === ServiceType.LoadBalancer && spec.type === ServiceType.LoadBalancer && old.loadBalancerClass !== spec.loadBalancerClass) {
    causes.push(field.invalid('spec.loadBalancerClass', spec.loadBalancerClass ?? null, 'may not change once set'));
  }
  return [...causes, ...validateService(spec)];
}

