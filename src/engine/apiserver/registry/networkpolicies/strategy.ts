// The NetworkPolicy strategy: policyTypes default to Ingress (plus Egress when egress rules exist),
// ports to TCP; selectors, ports, peers and ipBlocks validated; generation tracked.
// Mirrors pkg/apis/networking/v1 defaults and ValidateNetworkPolicySpec (v1.31).

import type { NetworkPolicyPeer, NetworkPolicyPort, NetworkPolicySpec } from 'kubernetes-types/networking/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { invalidRaw } from '../common/gofmt.ts';
import { validateLabelSelector } from '../common/labels.ts';
import { specOf } from '../common/objects.ts';
import { isValidPortName, isValidPortNum, validateCIDR } from '../common/validators.ts';

const spec = (np: KubeObject): NetworkPolicySpec => (np.spec ?? {}) as NetworkPolicySpec;

function defaultNetworkPolicy(np: KubeObject): void {
  const s = specOf(np) as unknown as NetworkPolicySpec;
  for (const rule of [...(s.ingress ?? []), ...(s.egress ?? [])]) for (const port of rule.ports ?? []) port.protocol ??= 'TCP';
  if ((s.policyTypes ?? []).length === 0) s.policyTypes = (s.egress ?? []).length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

function validatePort(port: NetworkPolicyPort, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  if (port.protocol && !['TCP', 'UDP', 'SCTP'].includes(port.protocol)) causes.push(field.notSupported(`${path}.protocol`, port.protocol, ['TCP', 'UDP', 'SCTP']));
  const p = port.port;
  if (typeof p === 'number') {
    causes.push(...isValidPortNum(p).map((m) => field.invalid(`${path}.port`, p, m)));
    if (port.endPort !== undefined) {
      if (port.endPort < p) causes.push(field.invalid(`${path}.endPort`, p, 'must be greater than or equal to `port`'));
      causes.push(...isValidPortNum(port.endPort).map((m) => field.invalid(`${path}.endPort`, port.endPort, m)));
    }
  } else if (typeof p === 'string') {
    if (port.endPort !== undefined) causes.push(field.invalid(`${path}.endPort`, port.endPort, 'may not be specified when `port` is non-numeric'));
    causes.push(...isValidPortName(p).map((m) => field.invalid(`${path}.port`, p, m)));
  } else if (port.endPort !== undefined) causes.push(field.invalid(`${path}.endPort`, port.endPort, 'may not be specified when `port` is not specified'));
  return causes;
}

function validatePeer(peer: NetworkPolicyPeer, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  let count = 0;
  for (const key of ['podSelector', 'namespaceSelector'] as const) {
    const selector = peer[key];
    if (!selector) continue;
    count++;
    causes.push(...validateLabelSelector(selector, `${path}.${key}`));
  }
  if (peer.ipBlock) {
    count++;
    const block = peer.ipBlock;
    if (!block.cidr) causes.push(field.required(`${path}.ipBlock.cidr`));
    else causes.push(...validateCIDR(block.cidr, `${path}.ipBlock.cidr`));
    (block.except ?? []).forEach((e, i) => causes.push(...validateCIDR(e, `${path}.ipBlock.except[${i}]`)));
  }
  if (count === 0) causes.push(field.required(path, 'must specify a peer'));
  else if (count > 1 && peer.ipBlock) causes.push(field.forbidden(path, 'may not specify both ipBlock and another peer'));
  return causes;
}

function validateNetworkPolicy(np: KubeObject): FieldCause[] {
  const s = spec(np);
  const causes = validateLabelSelector(s.podSelector, 'spec.podSelector');
  for (const [kind, peerKey] of [['ingress', 'from'], ['egress', 'to']] as const) {
    (s[kind] ?? []).forEach((rule, i) => {
      const p = `spec.${kind}[${i}]`;
      (rule.ports ?? []).forEach((port, j) => causes.push(...validatePort(port, `${p}.ports[${j}]`)));
      const peers = ((rule as Record<string, unknown>)[peerKey] ?? []) as NetworkPolicyPeer[];
      peers.forEach((peer, j) => causes.push(...validatePeer(peer, `${p}.${peerKey}[${j}]`)));
    });
  }
  const types = s.policyTypes ?? [];
  if (types.length > 2) {
    const text = `[]networking.PolicyType{${types.map((t) => JSON.stringify(t)).join(', ')}}`;
    return [...causes, invalidRaw('spec.policyTypes', text, 'may not specify more than two policyTypes')];
  }
  types.forEach((t, i) => { if (t !== 'Ingress' && t !== 'Egress') causes.push(field.notSupported(`spec.policyTypes[${i}]`, t, ['Ingress', 'Egress'])); });
  return causes;
}

export const networkPolicyStrategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: true,
  default: defaultNetworkPolicy,
  validate: validateNetworkPolicy,
  validateUpdate: (np) => validateNetworkPolicy(np),
};
