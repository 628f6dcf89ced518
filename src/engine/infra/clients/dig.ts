// BIND's dig: one query (`-t`, `-x`, a type operand, `@server`), the reply printed with its
// sections or `+short`, the search list only with `+search`; waits `+time` × `+tries` for a server
// that does not answer. Mirrors bind9 bin/dig/dig.c and dighost.c (parse_args, printmessage).

import type { DnsRecord, DnsResult, DnsType } from '../net.ts';
import { candidates, parseResolvConf } from '../resolver.ts';
import { formatReply, messageSize, rdata, type DigFlavour, type DigReply } from './dig-message.ts';
import { digWhen, parseDigArgs, type DigQuery } from './dig-options.ts';
import { RunLog, type ClientEnv, type ClientRun } from './types.ts';

const CLUSTER_ZONE = 'cluster.local';

export function dig(argv: readonly string[], env: ClientEnv, flavour: DigFlavour): ClientRun {
  const log = new RunLog();
  const parsed = parseDigArgs(argv.slice(1));
  if ('error' in parsed) return log.err(parsed.error).exit(1);
  if (parsed.version) return log.err(`DiG ${flavour.version}\n`).exit(0);
  const q = parsed;
  const conf = parseResolvConf(env.readText('/etc/resolv.conf') ?? '');
  const server = q.server ?? conf.nameservers[0] ?? '127.0.0.1';
  const header = q.show.cmd
    ? `\n; <<>> DiG ${flavour.version} <<>> ${argv.slice(1).join(' ')}\n${q.server !== undefined ? '; (1 server found)\n' : ''};; global options: +cmd\n`
    : '';
  const names = q.search && !q.reverse ? candidates(q.name, conf) : [q.name.replace(/\.$/, '')];
  if (!flavour.modern) log.out(header);
  let last: { name: string; res: DnsResult } | undefined;
  for (const name of names) {
    const res = ask(log, env, server, name, q, flavour);
    if (res === undefined) return noReply(log, header, flavour);
    last = { name, res };
    if (res.kind === 'answer' && res.rcode !== 'NXDOMAIN') break;
  }
  if (flavour.modern) log.out(header);
  if (!last || last.res.kind !== 'answer') return noReply(log, header, flavour);
  const reply = replyOf(env, server, last.name, q.type, last.res);
  if (q.short) return log.out(reply.answer.map((r) => `${rdata(r)}\n`).join('')).exit(0);
  log.out(formatReply(reply, flavour, q.show));
  if (q.show.stats) {
    const transport = flavour.modern ? ' (UDP)' : '';
    log.out(`;; Query time: ${queryTimeMs(reply.authoritative)} msec\n;; SERVER: ${server}#53(${server})${transport}\n`);
    log.out(`;; WHEN: ${digWhen(env.nowMs + log.atMs)}\n;; MSG SIZE  rcvd: ${messageSize(reply, flavour)}\n\n`);
  }
  return log.exit(0);
}

/** One question, retried as dig does; undefined when no reply came (what was printed is in the log). */
function ask(log: RunLog, env: ClientEnv, server: string, name: string, q: DigQuery, flavour: DigFlavour): DnsResult | undefined {
  for (let attempt = 0; attempt < q.tries; attempt++) {
    const res = env.net.dns(server, name, q.type);
    if (res.kind === 'answer') {
      log.wait(queryTimeMs(authoritative(name, res.answers)));
      return res;
    }
    if (res.kind === 'refused' && flavour.modern) {
      log.out(`;; communications error to ${server}#53: connection refused\n`);
      continue;
    }
    log.wait(q.timeS * 1000);
    if (flavour.modern) log.out(`;; communications error to ${server}#53: timed out\n`);
  }
  return undefined;
}

function noReply(log: RunLog, header: string, flavour: DigFlavour): ClientRun {
  if (flavour.modern) return log.out(`${header};; no servers could be reached\n`).exit(9);
  return log.out(';; connection timed out; no servers could be reached\n').exit(9);
}

function replyOf(env: ClientEnv, server: string, name: string, type: DnsType, res: Extract<DnsResult, { kind: 'answer' }>): DigReply {
  const seed = hash(`${env.nowMs}|${env.net.ip}|${name}|${type}`);
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
  return {
    id: seed & 0xffff,
    rcode: res.rcode,
    authoritative: authoritative(name, res.answers),
    question: { name, type },
    answer: res.answers,
    authority: res.authority ?? [],
    additional: res.answers.filter((r) => r.type === 'SRV').flatMap((r) => targetAddresses(env, server, r)),
    cookie: `${hex(seed)}${hex(hash(`${seed}`))}`,
  };
}

/** CoreDNS puts the A records of an SRV target in the additional section. */
function targetAddresses(env: ClientEnv, server: string, srv: DnsRecord): readonly DnsRecord[] {
  const target = srv.data.split(' ')[3] ?? '';
  const res = env.net.dns(server, target, 'A');
  return res.kind === 'answer' ? res.answers.filter((r) => r.type === 'A') : [];
}

/** CoreDNS's own zones (cluster.local and the reverse zone for cluster addresses) are authoritative. */
function authoritative(name: string, answers: readonly DnsRecord[]): boolean {
  const bare = name.replace(/\.$/, '');
  if (bare === CLUSTER_ZONE || bare.endsWith(`.${CLUSTER_ZONE}`)) return true;
  return bare.endsWith('.in-addr.arpa') && answers.some((r) => r.data.replace(/\.$/, '').endsWith(`.${CLUSTER_ZONE}`));
}

/** CoreDNS answers its zones from memory; forwarded names take a round trip upstream. */
function queryTimeMs(fromZone: boolean): number {
  return fromZone ? 0 : 12;
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
