// The C library's name resolution as a program sees it: /etc/hosts first, then /etc/resolv.conf's
// nameserver with its search list and ndots (a name with fewer dots than ndots tries the search
// domains first). Mirrors musl's and glibc's getaddrinfo for A records, following CNAMEs.

import type { DnsRecord, NetSys } from './net.ts';

/** What the resolver reads of a machine's files (a container's Vfs, the workstation's files). */
export interface HostFiles {
  readFile(path: string): unknown;
}

export interface ResolvConf {
  readonly nameservers: readonly string[];
  readonly search: readonly string[];
  readonly ndots: number;
}

export type Resolution =
  | { readonly kind: 'ok'; readonly addresses: readonly string[]; /** The name that answered, after search and CNAMEs. */ readonly canonical: string }
  /** No such name (every candidate answered NXDOMAIN or had no address). */
  | { readonly kind: 'notfound' }
  /** No server answered; `waitedMs` is how long the library waited before giving up. */
  | { readonly kind: 'timeout'; readonly waitedMs: number };

/** musl gives up after one 5 s round; glibc tries twice per server. */
const TIMEOUT_MS = { musl: 5_000, glibc: 10_000 } as const;

export function parseResolvConf(text: string): ResolvConf {
  const nameservers: string[] = [];
  let search: string[] = [];
  let ndots = 1;
  for (const line of text.split('\n')) {
    const [key, ...rest] = line.trim().split(/\s+/);
    if (key === 'nameserver' && rest[0]) nameservers.push(rest[0]);
    else if (key === 'search' || key === 'domain') search = rest.filter((d) => d !== '.');
    else if (key === 'options') {
      for (const o of rest) {
        const m = /^ndots:(\d+)$/.exec(o);
        if (m) ndots = Math.min(Number(m[1]), 15);
      }
    }
  }
  return { nameservers, search, ndots };
}

export function readResolvConf(fs: HostFiles): ResolvConf {
  const text = fs.readFile('/etc/resolv.conf');
  return typeof text === 'string' ? parseResolvConf(text) : { nameservers: ['127.0.0.1'], search: [], ndots: 1 };
}

/** The address of `name` in /etc/hosts, when listed there. */
export function hostsLookup(fs: HostFiles, name: string): string | undefined {
  const text = fs.readFile('/etc/hosts');
  if (typeof text !== 'string') return undefined;
  for (const line of text.split('\n')) {
    const [ip, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (ip && /^\d+\.\d+\.\d+\.\d+$/.test(ip) && names.includes(name)) return ip;
  }
  return undefined;
}

/** The names a resolver tries for `name`, in order. */
export function candidates(name: string, conf: ResolvConf): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const dots = name.split('.').length - 1;
  const searched = conf.search.map((d) => `${name}.${d}`);
  return dots >= conf.ndots ? [name, ...searched] : [...searched, name];
}

/** Resolves `name` to IPv4 addresses as getaddrinfo does. */
export function resolveHost(net: NetSys, fs: HostFiles, name: string, libc: 'musl' | 'glibc' = 'musl'): Resolution {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return { kind: 'ok', addresses: [name], canonical: name };
  const listed = hostsLookup(fs, name);
  if (listed) return { kind: 'ok', addresses: [listed], canonical: name };
  const conf = readResolvConf(fs);
  const server = conf.nameservers[0];
  if (!server) return { kind: 'notfound' };
  for (const candidate of candidates(name, conf)) {
    const res = net.dns(server, candidate, 'A');
    if (res.kind !== 'answer') return { kind: 'timeout', waitedMs: TIMEOUT_MS[libc] };
    const addresses = res.answers.filter((r) => r.type === 'A').map((r) => r.data);
    if (res.rcode === 'NOERROR' && addresses.length > 0) return { kind: 'ok', addresses, canonical: canonicalOf(res.answers, candidate) };
  }
  return { kind: 'notfound' };
}

function canonicalOf(answers: readonly DnsRecord[], asked: string): string {
  return answers.find((r) => r.type === 'A')?.name ?? asked;
}
