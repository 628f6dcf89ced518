// busybox 1.36 nslookup: its own DNS client (not getaddrinfo). A name without a dot is tried in
// every search domain (A then AAAA, the bare name never), each reply printed as it comes; a dotted
// name is asked as is. Mirrors networking/nslookup.c (send_queries, parse_reply, add_query_with_search).

import { parseResolvConf } from '../resolver.ts';
import type { DnsRecord, DnsResult, DnsType } from '../net.ts';
import { BUSYBOX_BANNER } from '../sh/applets/common.ts';
import { IPV4, RunLog, type ClientEnv, type ClientRun } from './types.ts';

const QTYPES: readonly DnsType[] = ['SOA', 'NS', 'A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'PTR'];
const OPTIONS = ['type', 'querytype', 'port', 'retry', 'debug', 't', 'timeout'] as const;
const USAGE = `${BUSYBOX_BANNER}\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\n` +
  'Query DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,any,srv,ptr\n';
const CLUSTER_ZONE = 'cluster.local';

interface Query {
  readonly name: string;
  readonly type: DnsType;
}

export function nslookup(argv: readonly string[], env: ClientEnv): ClientRun {
  const log = new RunLog();
  const args = argv.slice(1);
  const types = new Set<DnsType>();
  let timeoutS = 5;
  while (args[0]?.startsWith('-')) {
    const [key = '', val = ''] = args.shift()!.slice(1).split(/=(.*)/s);
    const i = OPTIONS.findIndex((o) => o.startsWith(key) && key !== '');
    if (i < 0) return log.err(USAGE).exit(1);
    if (i <= 1) {
      const type = QTYPES.find((t) => t === val.toUpperCase());
      if (!type && val.toUpperCase() !== 'ANY') return log.err(`nslookup: invalid query type "${val}"\n`).exit(1);
      if (type) types.add(type);
    } else if (i > 4) timeoutS = Math.max(1, Number(val) || 1);
  }
  const [host, server] = args;
  if (host === undefined || args.length > 2) return log.err(USAGE).exit(1);
  const conf = parseResolvConf(env.readText('/etc/resolv.conf') ?? '');
  const servers = server !== undefined ? [server] : conf.nameservers.length > 0 ? conf.nameservers : ['127.0.0.1'];
  const search = conf.search.length > 0 ? conf.search : env.hostname.includes('.') ? [env.hostname.slice(env.hostname.indexOf('.') + 1)] : [];
  const queries = buildQueries(host, types, search);
  for (const ns of servers) {
    const replies = queries.map((q) => ({ q, res: env.net.dns(ns, q.name, q.type) }));
    if (replies.some((r) => r.res.kind !== 'answer')) {
      log.wait(timeoutS * 1000);
      continue;
    }
    log.out(`Server:\t\t${ns}\nAddress:\t${ns}:53\n\n`);
    let code = 0;
    for (const { q, res } of replies) code = Math.max(code, printReply(log, q, res));
    return log.exit(code);
  }
  return log.out(';; connection timed out; no servers could be reached\n\n').exit(1);
}

function buildQueries(host: string, types: ReadonlySet<DnsType>, search: readonly string[]): Query[] {
  const withSearch = (type: DnsType, name: string): Query[] =>
    type === 'PTR' || search.length === 0 || name.includes('.') ? [{ name, type }] : search.map((d) => ({ name: `${name}.${d}`, type }));
  if (types.size === 0) {
    if (IPV4.test(host)) return [{ name: `${host.split('.').reverse().join('.')}.in-addr.arpa`, type: 'PTR' }];
    return [...withSearch('A', host), ...withSearch('AAAA', host)];
  }
  return QTYPES.filter((t) => types.has(t)).flatMap((t) => withSearch(t, host));
}

/** One reply as parse_reply prints it; the exit status it implies. */
function printReply(log: RunLog, q: Query, res: DnsResult): number {
  if (res.kind !== 'answer') return 1;
  if (res.rcode !== 'NOERROR') {
    log.out(`** server can't find ${q.name}: ${res.rcode}\n\n`);
    return 1;
  }
  if (!authoritative(q, res.answers)) log.out('Non-authoritative answer:\n');
  for (const r of res.answers) log.out(recordLine(r));
  log.out('\n');
  return 0;
}

/** CoreDNS answers its own zones with AA set; forwarded answers come without it. */
function authoritative(q: Query, answers: readonly DnsRecord[]): boolean {
  if (q.name.endsWith(`.${CLUSTER_ZONE}`)) return true;
  return q.name.endsWith('.in-addr.arpa') && answers.length > 0 && answers.every((r) => r.data.replace(/\.$/, '').endsWith(`.${CLUSTER_ZONE}`));
}

function recordLine(r: DnsRecord): string {
  const name = r.name.replace(/\.$/, '');
  const bare = (s: string): string => s.replace(/\.$/, '');
  switch (r.type) {
    case 'A': return `Name:\t${name}\nAddress: ${r.data}\n`;
    case 'CNAME': return `${name}\tcanonical name = ${bare(r.data)}\n`;
    case 'PTR': return `${name}\tname = ${bare(r.data)}\n`;
    case 'NS': return `${name}\tnameserver = ${bare(r.data)}\n`;
    case 'SRV': {
      const [prio, weight, port, target = ''] = r.data.split(' ');
      return `${name}\tservice = ${prio} ${weight} ${port} ${bare(target)}\n`;
    }
    case 'SOA': {
      const [origin = '', mail = '', serial, refresh, retry, expire, minimum] = r.data.split(' ');
      return `${name}\n\torigin = ${bare(origin)}\n\tmail addr = ${bare(mail)}\n\tserial = ${serial}\n\trefresh = ${refresh}\n\tretry = ${retry}\n\texpire = ${expire}\n\tminimum = ${minimum}\n`;
    }
    case 'MX': return `${name}\tmail exchanger = ${r.data}\n`;
    case 'TXT': return `${name}\ttext = "${r.data}"\n`;
    default: return '';
  }
}
