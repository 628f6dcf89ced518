// The Endpoints strategy: ports default to TCP; subsets need addresses, valid non-special IPs and
// ports (named when several). Mirrors SetDefaults_Endpoints and ValidateEndpoints (core, v1.31).

import type { EndpointAddress, EndpointSubset } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { isDns1123Label, isDns1123Subdomain, isQualifiedName } from '../../../api/validation/names.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { isValidPortNum, validateIP } from '../common/validators.ts';
import { PROTOCOLS } from '../podtemplate/container-fields.ts';

const subsetsOf = (ep: KubeObject): EndpointSubset[] => (Array.isArray(ep.subsets) ? ep.subsets as EndpointSubset[] : []);

function defaultEndpoints(ep: KubeObject): void {
  for (const subset of subsetsOf(ep)) for (const port of subset.ports ?? []) if (!port.protocol) port.protocol = 'TCP';
}

/** ValidateNonSpecialIP: no unspecified, loopback or link-local addresses. */
export function nonSpecialIP(ip: string, path: string): FieldCause[] {
  if (ip === '0.0.0.0' || ip === '::') return [field.invalid(path, ip, `may not be unspecified (${ip})`)];
  if (ip.startsWith('127.') || ip === '::1') return [field.invalid(path, ip, 'may not be in the loopback range (127.0.0.0/8, ::1/128)')];
  if (ip.startsWith('169.254.') || ip.toLowerCase().startsWith('fe80:')) return [field.invalid(path, ip, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)')];
  if (ip.startsWith('224.0.0.')) return [field.invalid(path, ip, 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)')];
  return [];
}

function validateAddress(address: EndpointAddress, path: string): FieldCause[] {
  const causes = validateIP(address.ip, `${path}.ip`);
  if (address.hostname) causes.push(...isDns1123Label(address.hostname).map((m) => field.invalid(`${path}.hostname`, address.hostname, m)));
  if (address.nodeName) causes.push(...isDns1123Subdomain(address.nodeName).map((m) => field.invalid(`${path}.nodeName`, address.nodeName, m)));
  if (causes.length === 0) causes.push(...nonSpecialIP(address.ip, `${path}.ip`));
  return causes;
}

function validateEndpoints(ep: KubeObject): FieldCause[] {
  const causes: FieldCause[] = [];
  subsetsOf(ep).forEach((subset, i) => {
    const p = `subsets[${i}]`;
    if ((subset.addresses ?? []).length === 0 && (subset.notReadyAddresses ?? []).length === 0) {
      causes.push(field.required(p, 'must specify `addresses` or `notReadyAddresses`'));
    }
    (subset.addresses ?? []).forEach((a, j) => causes.push(...validateAddress(a, `${p}.addresses[${j}]`)));
    (subset.notReadyAddresses ?? []).forEach((a, j) => causes.push(...validateAddress(a, `${p}.notReadyAddresses[${j}]`)));
    const ports = subset.ports ?? [];
    ports.forEach((port, j) => {
      const pp = `${p}.ports[${j}]`;
      if (ports.length > 1 && !port.name) causes.push(field.required(`${pp}.name`));
      else if (port.name) causes.push(...isDns1123Label(port.name).map((m) => field.invalid(`${pp}.name`, port.name, m)));
      causes.push(...isValidPortNum(port.port).map((m) => field.invalid(`${pp}.port`, port.port, m)));
      if (!port.protocol) causes.push(field.required(`${pp}.protocol`));
      else if (!PROTOCOLS.includes(port.protocol)) causes.push(field.notSupported(`${pp}.protocol`, port.protocol, PROTOCOLS));
      if (port.appProtocol !== undefined) causes.push(...isQualifiedName(port.appProtocol).map((m) => field.invalid(`${pp}.appProtocol`, port.appProtocol, m)));
    });
  });
  return causes;
}

export const endpointsStrategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: false,
  default: defaultEndpoints,
  validate: validateEndpoints,
  validateUpdate: (ep) => validateEndpoints(ep),
};
