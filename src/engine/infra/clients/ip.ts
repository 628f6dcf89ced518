// busybox 1.36 ip: `ip addr|a [show [dev] IF]`, `ip link`, `ip route|r`, over the machine's
// interfaces (the pod's `eth0@ifN` veth end, a node's adapters). Mirrors networking/libiproute
// (ipaddress.c print_linkinfo/print_addrinfo, iproute.c print_route).

import { BUSYBOX_BANNER } from '../sh/applets/common.ts';
import type { NetInterface } from '../net.ts';
import { RunLog, type ClientEnv, type ClientRun } from './types.ts';

const USAGE = `${BUSYBOX_BANNER}\n\nUsage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n\n` +
  'OPTIONS := -f[amily] inet|inet6|link | -o[neline]\n';
const OBJECTS = ['address', 'route', 'link', 'tunnel', 'neigh', 'rule'] as const;

export function ip(argv: readonly string[], env: ClientEnv): ClientRun {
  const log = new RunLog();
  const [object, command = 'show', ...rest] = argv.slice(1);
  const which = OBJECTS.find((o) => object !== undefined && object !== '' && o.startsWith(object));
  if (!which) return log.err(USAGE).exit(1);
  if (!['show', 'list', 'lst', 'sh', 'ls', 's', 'l'].includes(command)) return log.err(`ip: unknown command '${command}'\n`).exit(1);
  const ifaces = env.net.interfaces();
  if (which === 'route') return log.out(routes(ifaces)).exit(0);
  const dev = rest[0] === 'dev' ? rest[1] : rest[0];
  const shown = dev === undefined ? ifaces : ifaces.filter((i) => i.name === dev);
  if (dev !== undefined && shown.length === 0) return log.err(`ip: can't find device '${dev}'\n`).exit(1);
  const text = shown.map((i) => linkBlock(i) + (which === 'address' ? addressLines(i) : '')).join('');
  return log.out(text).exit(0);
}

function linkBlock(i: NetInterface): string {
  if (i.name === 'lo') return `${i.index}: lo: <LOOPBACK,UP,LOWER_UP> mtu ${i.mtu} qdisc noqueue qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n`;
  if (i.name === 'tunl0') return `${i.index}: tunl0@NONE: <NOARP,UP,LOWER_UP> mtu ${i.mtu} qdisc noqueue qlen 1000\n    link/ipip 0.0.0.0 brd 0.0.0.0\n`;
  if (i.peerIndex !== undefined) {
    return `${i.index}: ${i.name}@if${i.peerIndex}: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu ${i.mtu} qdisc noqueue \n    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff\n`;
  }
  return `${i.index}: ${i.name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu ${i.mtu} qdisc fq_codel qlen 1000\n    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff\n`;
}

function addressLines(i: NetInterface): string {
  const lines: string[] = [];
  for (const cidr of i.ipv4) {
    const [addr = '', prefixText = '32'] = cidr.split('/');
    const prefix = Number(prefixText);
    const scope = i.name === 'lo' ? 'host' : 'global';
    const brd = prefix < 31 && i.name !== 'lo' && i.name !== 'tunl0' ? ` brd ${broadcast(addr, prefix)}` : '';
    lines.push(`    inet ${cidr}${brd} scope ${scope} ${i.name}`, '       valid_lft forever preferred_lft forever');
  }
  if (i.name === 'lo') lines.push('    inet6 ::1/128 scope host ', '       valid_lft forever preferred_lft forever');
  else if (i.mac !== '') lines.push(`    inet6 ${linkLocal(i.mac)}/64 scope link `, '       valid_lft forever preferred_lft forever');
  return lines.map((l) => `${l}\n`).join('');
}

function routes(ifaces: readonly NetInterface[]): string {
  const eth0 = ifaces.find((i) => i.peerIndex !== undefined);
  if (eth0) {
    const [addr = '', prefixText = '32'] = (eth0.ipv4[0] ?? '').split('/');
    const prefix = Number(prefixText);
    if (prefix === 32) return `default via 169.254.1.1 dev ${eth0.name} \n169.254.1.1 dev ${eth0.name} scope link \n`;
    const net = network(addr, prefix);
    const gateway = net.replace(/\d+$/, (d) => String(Number(d) + 1));
    return `default via ${gateway} dev ${eth0.name} \n${network(addr, 16)}/16 via ${gateway} dev ${eth0.name} \n${net}/${prefix} dev ${eth0.name} scope link  src ${addr} \n`;
  }
  const nat = ifaces.find((i) => i.name === 'enp0s3');
  const lines = nat ? ['default via 10.0.2.2 dev enp0s3 ', '10.0.2.0/24 dev enp0s3 scope link  src 10.0.2.15 '] : [];
  for (const i of ifaces) {
    if (i.name === 'lo' || i.name === 'enp0s3' || i.name === 'tunl0') continue;
    for (const cidr of i.ipv4) {
      const [addr = '', prefixText = '32'] = cidr.split('/');
      lines.push(`${network(addr, Number(prefixText))}/${prefixText} dev ${i.name} scope link  src ${addr} `);
    }
  }
  return lines.map((l) => `${l}\n`).join('');
}

const toInt = (ip: string): number => ip.split('.').reduce((n, b) => n * 256 + Number(b), 0);
const toIp = (n: number): string => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

function network(addr: string, prefix: number): string {
  const size = 2 ** (32 - prefix);
  return toIp(Math.floor(toInt(addr) / size) * size);
}

function broadcast(addr: string, prefix: number): string {
  const size = 2 ** (32 - prefix);
  return toIp(Math.floor(toInt(addr) / size) * size + size - 1);
}

/** The EUI-64 link-local address of a MAC (universal/local bit flipped). */
function linkLocal(mac: string): string {
  const b = mac.split(':').map((h) => parseInt(h, 16));
  const words = [(b[0]! ^ 2) * 256 + b[1]!, b[2]! * 256 + 0xff, 0xfe00 + b[3]!, b[4]! * 256 + b[5]!];
  return `fe80::${words.map((w) => w.toString(16)).join(':')}`;
}
