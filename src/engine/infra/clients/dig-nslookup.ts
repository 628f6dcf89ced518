// BIND's nslookup (the one in dnsutils images, not busybox's): the search list on NXDOMAIN, only an
// A question for a name (PTR for an address), record data with trailing dots, "Non-authoritative
// answer:" for forwarded names. Mirrors bind9 bin/dig/nslookup.c (printsection, printmessage).

import type { DnsRecord, DnsType } from '../net.ts';
import { candidates, parseResolvConf } from '../resolver.ts';
import { fqdn, rdata } from './dig-message.ts';
import { IPV4, RunLog, type ClientEnv, type ClientRun } from './types.ts';

const TYPES: readonly DnsType[] = ['A', 'AAAA', 'CNAME', 'SRV', 'PTR', 'TXT', 'NS', 'SOA', 'MX'];
const CLUSTER_ZONE = 'cluster.local';
/** Five seconds for each of three tries before "no servers could be reached". */
const GIVE_UP_MS = 15_000;

export function bindNslookup(argv: readonly string[], env: ClientEnv): ClientRun {
  const log = new RunLog();
  let type: DnsType = 'A';
  const operands: string[] = [];
  for (const a of argv.slice(1)) {
    const m = /^-(?:type|querytype|q|t)=(.+)$/i.exec(a);
    if (m) type = TYPES.find((t) => t === m[1]!.toUpperCase()) ?? type;
    else if (!a.startsWith('-')) operands.push(a);
  }
  const [host, serverArg] = operands;
  if (host === undefined) return log.out('> ').exit(0);
  const conf = parseResolvConf(env.readText('/etc/resolv.conf') ?? '');
  const server = serverArg ?? conf.nameservers[0] ?? '127.0.0.1';
  const reverse = IPV4.test(host);
  const names = reverse ? [`${host.split('.').reverse().join('.')}.in-addr.arpa`] : candidates(host, conf);
  const qtype = reverse ? 'PTR' : type;
  let answered: { name: string; answers: readonly DnsRecord[] } | undefined;
  let failure = 'NXDOMAIN';
  for (const name of names) {
    const res = env.net.dns(server, name, qtype);
    if (res.kind !== 'answer') return log.wait(GIVE_UP_MS).out(';; connection timed out; no servers could be reached\n').exit(1);
    if (res.rcode === 'NOERROR' && res.answers.length > 0) {
      answered = { name, answers: res.answers };
      break;
    }
    if (res.rcode !== 'NXDOMAIN') failure = res.rcode === 'NOERROR' ? 'No answer' : res.rcode;
  }
  log.out(`Server:\t\t${server}\nAddress:\t${server}#53\n\n`);
  if (!answered) return log.out(`** server can't find ${host}: ${failure}\n\n`).exit(1);
  if (!fromZone(answered.name)) log.out('Non-authoritative answer:\n');
  for (const r of answered.answers) log.out(line(r));
  return log.out('\n').exit(0);
}

function fromZone(name: string): boolean {
  return name.endsWith(`.${CLUSTER_ZONE}`) || name.endsWith('.in-addr.arpa');
}

function line(r: DnsRecord): string {
  const owner = fqdn(r.name).slice(0, -1);
  switch (r.type) {
    case 'A': case 'AAAA': return `Name:\t${owner}\nAddress: ${r.data}\n`;
    case 'CNAME': return `${owner}\tcanonical name = ${rdata(r)}\n`;
    case 'PTR': return `${owner}\tname = ${rdata(r)}\n`;
    case 'SRV': return `${owner}\tservice = ${rdata(r)}\n`;
    case 'NS': return `${owner}\tnameserver = ${rdata(r)}\n`;
    case 'MX': return `${owner}\tmail exchanger = ${r.data}\n`;
    case 'TXT': return `${owner}\ttext = ${rdata(r)}\n`;
    default: return `${owner}\n\t${r.type} = ${r.data}\n`;
  }
}
