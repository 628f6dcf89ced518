// What the nodes' upstream resolver answers for names outside the cluster: the sandbox has no
// Internet, so a few well-known names resolve (to their real public addresses) and every other
// name is NXDOMAIN with the root zone's SOA, as a public resolver sends it.

import type { DnsResult, DnsType } from '../infra/net.ts';

const KNOWN: Readonly<Record<string, readonly string[]>> = {
  'kubernetes.io': ['15.197.167.90', '3.33.186.135'],
  'www.google.com': ['142.250.179.100'],
  'google.com': ['142.250.179.110'],
  'example.com': ['93.184.215.14'],
  'www.example.com': ['93.184.215.14'],
  'registry-1.docker.io': ['54.236.113.205'],
};

const ROOT_SOA = { name: '', type: 'SOA', ttl: 86_400, data: 'a.root-servers.net. nstld.verisign-grs.com. 2026112700 1800 900 604800 86400' } as const;

export function upstreamAnswer(rawName: string, type: DnsType): DnsResult {
  const name = rawName.toLowerCase().replace(/\.$/, '');
  const ips = KNOWN[name];
  if (!ips) return { kind: 'answer', rcode: 'NXDOMAIN', answers: [], authority: [ROOT_SOA] };
  const answers = type === 'A' ? ips.map((data) => ({ name, type: 'A' as const, ttl: 300, data })) : [];
  return { kind: 'answer', rcode: 'NOERROR', answers };
}
