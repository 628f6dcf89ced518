// iproute2's `ip` on an Ubuntu node (not busybox's): `ip addr|a [show [dev] IF]`, `ip link`,
// `ip route|r`, over the node's adapters from the cluster's network (NAT enp0s3, host-only enp0s8,
// Calico's tunl0). Mirrors iproute2 5.15's ipaddress.c / iproute.c layout.

import type { CommandContext, CommandSpec } from '../shell/types.ts';
import type { NodeEnv } from './node-env.ts';

interface Iface {
  readonly index: number;
  readonly name: string;
  readonly mac: string;
  readonly mtu: number;
  readonly ipv4: readonly string[];
}

const USAGE = 'Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n       ip [ -force ] -batch filename\nwhere  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp | link |\n                   macsec | maddress | monitor | mptcp | mroute | mrule |\n                   neighbor | neighbour | netconf | netns | nexthop | ntable |\n                   ntbl | route | rule | sr | tap | tcpmetrics |\n                   token | tunnel | tuntap | vrf | xfrm }\n';

function broadcast(cidr: string): string {
  const [addr = '', prefix = '32'] = cidr.split('/');
  const n = addr.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  const bits = 32 - Number(prefix);
  const b = (Math.floor(n / 2 ** bits) * 2 ** bits) + 2 ** bits - 1;
  return [24, 16, 8, 0].map((s) => Math.floor(b / 2 ** s) % 256).join('.');
}

function linkLocal(mac: string): string {
  const b = mac.split(':').map((x) => parseInt(x, 16));
  const hex = (hi: number, lo: number): string => ((hi << 8) | lo).toString(16);
  return `fe80::${hex(b[0]! ^ 2, b[1]!)}:${hex(b[2]!, 0xff)}:${hex(0xfe, b[3]!)}:${hex(b[4]!, b[5]!)}`;
}

function link(i: Iface): string {
  if (i.name === 'lo') return `1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n`;
  if (i.name === 'tunl0') return `${i.index}: tunl0@NONE: <NOARP,UP,LOWER_UP> mtu ${i.mtu} qdisc noqueue state UNKNOWN group default qlen 1000\n    link/ipip 0.0.0.0 brd 0.0.0.0\n`;
  return `${i.index}: ${i.name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu ${i.mtu} qdisc fq_codel state UP group default qlen 1000\n    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff\n`;
}

function addresses(i: Iface): string {
  const out: string[] = [];
  for (const cidr of i.ipv4) {
    if (i.name === 'lo') out.push(`    inet ${cidr} scope host lo`, '       valid_lft forever preferred_lft forever');
    else if (i.name === 'tunl0') out.push(`    inet ${cidr} scope global tunl0`, '       valid_lft forever preferred_lft forever');
    else if (i.name === 'enp0s3') out.push(`    inet ${cidr} metric 100 brd ${broadcast(cidr)} scope global dynamic enp0s3`, '       valid_lft 76843sec preferred_lft 76843sec');
    else out.push(`    inet ${cidr} brd ${broadcast(cidr)} scope global ${i.name}`, '       valid_lft forever preferred_lft forever');
  }
  if (i.name === 'lo') out.push('    inet6 ::1/128 scope host ', '       valid_lft forever preferred_lft forever');
  else if (i.mac !== '') out.push(`    inet6 ${linkLocal(i.mac)}/64 scope link `, '       valid_lft forever preferred_lft forever');
  return out.map((l) => `${l}\n`).join('');
}

function routes(env: NodeEnv, ifaces: readonly Iface[]): string {
  const own = ifaces.find((i) => i.name === 'enp0s8')?.ipv4[0]?.split('/')[0] ?? '';
  const lines = [
    'default via 10.0.2.2 dev enp0s3 proto dhcp src 10.0.2.15 metric 100 ',
    '10.0.2.0/24 dev enp0s3 proto kernel scope link src 10.0.2.15 metric 100 ',
    '10.0.2.2 dev enp0s3 proto dhcp scope link src 10.0.2.15 metric 100 ',
    '10.0.2.3 dev enp0s3 proto dhcp scope link src 10.0.2.15 metric 100 ',
  ];
  const tunnel = ifaces.find((i) => i.name === 'tunl0')?.ipv4[0]?.split('/')[0];
  const blocks: string[] = [];
  if (tunnel) {
    for (const node of env.cluster.client().list('/nodes')) {
      const t = node.metadata.annotations?.['projectcalico.org/IPv4IPIPTunnelAddr'];
      const ip = env.cluster.machines.resolve(node.metadata.name!)?.ip;
      if (!t || !ip) continue;
      blocks.push(node.metadata.name === env.node ? `blackhole ${t}/26 proto bird ` : `${t}/26 via ${ip} dev tunl0 proto bird onlink `);
    }
  }
  return [...lines, `192.168.56.0/24 dev enp0s8 proto kernel scope link src ${own} `, ...blocks.sort()].map((l) => `${l}\n`).join('');
}

function ip(env: NodeEnv, ctx: CommandContext): number {
  const [object = '', command = 'show', ...rest] = ctx.argv.slice(1).filter((a) => !/^-(4|6|c|color)$/.test(a));
  const ifaces: Iface[] = [...env.cluster.network.stackOf({ kind: 'node', node: env.node }).interfaces()];
  const which = ['address', 'link', 'route'].find((o) => object !== '' && o.startsWith(object)) ?? (object === 'r' ? 'route' : undefined);
  if (!which) {
    if (object === '') ctx.io.stderr.write(USAGE);
    else ctx.io.stderr.write(`Object "${object}" is unknown, try "ip help".\n`);
    return object === '' ? 255 : 1;
  }
  if (!['show', 'list', 'lst', 'sh', 'ls', 's', 'l'].includes(command)) {
    ctx.io.stderr.write(`Command "${command}" is unknown, try "ip ${which} help".\n`);
    return 255;
  }
  if (which === 'route') {
    ctx.io.stdout.write(routes(env, ifaces));
    return 0;
  }
  const dev = rest[0] === 'dev' ? rest[1] : rest[0];
  const shown = dev === undefined ? ifaces : ifaces.filter((i) => i.name === dev);
  if (dev !== undefined && shown.length === 0) {
    ctx.io.stderr.write(`Device "${dev}" does not exist.\n`);
    return 1;
  }
  ctx.io.stdout.write(shown.map((i) => link(i) + (which === 'address' ? addresses(i) : '')).join(''));
  return 0;
}

export const IP = (env: NodeEnv): CommandSpec => ({ name: 'ip', path: '/usr/sbin/ip', run: (ctx) => ip(env, ctx) });
