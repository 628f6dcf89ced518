// The interfaces `ip addr` shows on a machine: a pod's loopback and the eth0 end of its veth pair
// (Calico: /32 with MTU 1480 for IP-in-IP; otherwise the node's podCIDR prefix and MTU 1450 as
// Flannel's VXLAN), a node's loopback, NAT and host-only adapters (the course's Vagrant VMs) and
// Calico's tunl0. MAC addresses are derived from names, so they stay the same between calls.

import type { KubeObject } from '../api/types.ts';
import { fnv32a } from '../base/names.ts';
import type { NetInterface } from '../infra/net.ts';
import { isHostNetwork, nodeIp, podIp, podNode, WORKSTATION_IP, type NetObjects, type NetOrigin } from './addresses.ts';

const CALICO_TUNNEL = 'projectcalico.org/IPv4IPIPTunnelAddr';
const LO: NetInterface = { index: 1, name: 'lo', mac: '00:00:00:00:00:00', mtu: 65_536, ipv4: ['127.0.0.1/8'] };

export function interfacesOf(objects: NetObjects, origin: NetOrigin): NetInterface[] {
  if (origin.kind === 'external') return [LO, { index: 2, name: 'vboxnet0', mac: macOf('vboxnet0'), mtu: 1500, ipv4: [`${WORKSTATION_IP}/24`] }];
  if (origin.kind === 'node') return nodeInterfaces(objects.node(origin.node));
  const pod = objects.pod(origin.namespace, origin.name);
  if (!pod) return [LO];
  const node = objects.node(podNode(pod) ?? '');
  if (isHostNetwork(pod)) return nodeInterfaces(node);
  const calico = !!node?.metadata.annotations?.[CALICO_TUNNEL];
  const prefix = calico ? 32 : Number(((node?.spec as { podCIDR?: string } | undefined)?.podCIDR ?? '/24').split('/')[1]);
  const ip = podIp(pod);
  return [LO, {
    index: calico ? 4 : 3, name: 'eth0', mac: macOf(pod.metadata.uid ?? pod.metadata.name!), mtu: calico ? 1480 : 1450,
    ipv4: ip ? [`${ip}/${prefix}`] : [], peerIndex: 5 + (fnv32a(pod.metadata.name!) % 40),
  }];
}

function nodeInterfaces(node: KubeObject | undefined): NetInterface[] {
  const name = node?.metadata.name ?? '';
  const out: NetInterface[] = [
    LO,
    { index: 2, name: 'enp0s3', mac: macOf(`${name}/nat`), mtu: 1500, ipv4: ['10.0.2.15/24'] },
    { index: 3, name: 'enp0s8', mac: macOf(`${name}/hostonly`), mtu: 1500, ipv4: [`${nodeIp(node) ?? ''}/24`] },
  ];
  const tunnel = node?.metadata.annotations?.[CALICO_TUNNEL];
  if (tunnel) out.push({ index: 4, name: 'tunl0', mac: '', mtu: 1480, ipv4: [`${tunnel}/32`] });
  return out;
}

/** A locally administered unicast MAC from a name. */
function macOf(seed: string): string {
  const a = fnv32a(seed);
  const b = fnv32a(`${seed}#`);
  const bytes = [((a >>> 24) & 0xfc) | 0x02, (a >>> 16) & 255, (a >>> 8) & 255, a & 255, (b >>> 8) & 255, b & 255];
  return bytes.map((x) => x.toString(16).padStart(2, '0')).join(':');
}
