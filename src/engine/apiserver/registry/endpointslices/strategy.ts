// The EndpointSlice strategy (discovery.k8s.io/v1): ports default to TCP with an empty name, the
// address type is one of FQDN/IPv4/IPv6, endpoints need addresses of that type; generation tracked.
// Mirrors pkg/apis/discovery/v1 defaults and pkg/apis/discovery/validation (v1.31).

import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { isDns1123Subdomain } from '../../../api/validation/names.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { isIP, isIPv4, isValidPortNum } from '../common/validators.ts';
import { PROTOCOLS } from '../podtemplate/container-fields.ts';
import { nonSpecialIP } from '../endpoints/strategy.ts';

const ADDRESS_TYPES = ['FQDN', 'IPv4', 'IPv6'];
const MAX_ADDRESSES = 100;

interface SlicePort { name?: string; protocol?: string; port?: number }
interface SliceEndpoint { addresses?: string[] }

const portsOf = (s: KubeObject): SlicePort[] => (Array.isArray(s.ports) ? s.ports as SlicePort[] : []);
const endpointsOf = (s: KubeObject): SliceEndpoint[] => (Array.isArray(s.endpoints) ? s.endpoints as SliceEndpoint[] : []);

function validateAddress(type: string, address: string, path: string): FieldCause[] {
  if (type === 'IPv4') return isIPv4(address) ? nonSpecialIP(address, path) : [field.invalid(path, address, 'must be a valid IPv4 address')];
  if (type === 'IPv6') return isIP(address) && address.includes(':') ? nonSpecialIP(address, path) : [field.invalid(path, address, 'must be a valid IPv6 address')];
  return isDns1123Subdomain(address).map((m) => field.invalid(path, address, m));
}

function validateSlice(slice: KubeObject): FieldCause[] {
  const type = String(slice.addressType ?? '');
  const causes: FieldCause[] = [];
  if (!type) causes.push(field.required('addressType'));
  else if (!ADDRESS_TYPES.includes(type)) causes.push(field.notSupported('addressType', type, ADDRESS_TYPES));
  endpointsOf(slice).forEach((ep, i) => {
    const addresses = ep.addresses ?? [];
    const p = `endpoints[${i}].addresses`;
    if (addresses.length === 0) causes.push(field.required(p, 'must contain at least 1 address'));
    else if (addresses.length > MAX_ADDRESSES) causes.push(field.tooLong(p, MAX_ADDRESSES));
    if (ADDRESS_TYPES.includes(type)) addresses.forEach((a, j) => causes.push(...validateAddress(type, a, `${p}[${j}]`)));
  });
  portsOf(slice).forEach((port, i) => {
    const p = `ports[${i}]`;
    if (typeof port.port === 'number') causes.push(...isValidPortNum(port.port).map((m) => field.invalid(`${p}.port`, port.port, m)));
    if (port.protocol && !PROTOCOLS.includes(port.protocol)) causes.push(field.notSupported(`${p}.protocol`, port.protocol, PROTOCOLS));
  });
  return causes;
}

export const endpointSliceStrategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: true,
  default(slice) {
    for (const port of portsOf(slice)) {
      port.name ??= '';
      port.protocol ??= 'TCP';
    }
  },
  validate: validateSlice,
  validateUpdate: (slice, old) => {
    const causes = validateSlice(slice);
    if (slice.addressType !== old.addressType) causes.push(field.invalid('addressType', slice.addressType, 'field is immutable'));
    return causes;
  },
};
