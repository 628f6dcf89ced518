// A DNS reply as BIND's dig prints it: the header and flags, the OPT pseudosection, the sections in
// masterfile style (columns 24/32/40/48, tabs or a single space past a column), and the reply's size
// on the wire. Mirrors bind9 lib/dns/masterdump.c (dns_master_style_default) and bin/dig/dig.c.

import type { DnsRecord } from '../net.ts';

/** What differs between the dig releases the images ship. */
export interface DigFlavour {
  /** `9.18.30`, `9.9.5-9+deb8u19-Debian`. */
  readonly version: string;
  /** dig ≥ 9.11 sends a client COOKIE, which CoreDNS echoes back unchanged. */
  readonly cookie: boolean;
  /** The EDNS buffer size dig advertises (CoreDNS answers with the client's). */
  readonly udpSize: number;
  /** dig ≥ 9.18 names the transport after the server and reports each failed try. */
  readonly modern: boolean;
}

export interface DigReply {
  readonly id: number;
  readonly rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';
  /** CoreDNS answers its own zones with AA and without RA; forwarded answers the other way round. */
  readonly authoritative: boolean;
  readonly question: { readonly name: string; readonly type: string };
  readonly answer: readonly DnsRecord[];
  readonly authority: readonly DnsRecord[];
  readonly additional: readonly DnsRecord[];
  /** 16 hex digits. */
  readonly cookie: string;
}

export interface DigSections {
  readonly comments: boolean;
  readonly question: boolean;
  readonly answer: boolean;
  readonly authority: boolean;
  readonly additional: boolean;
}

const TTL_COLUMN = 24;
const CLASS_COLUMN = 32;
const TYPE_COLUMN = 40;
const RDATA_COLUMN = 48;

/** A name as dig prints it: absolute, with its trailing dot. */
export function fqdn(name: string): string {
  return name === '' || name === '.' ? '.' : name.endsWith('.') ? name : `${name}.`;
}

/** Record data in presentation form (names made absolute). */
export function rdata(r: DnsRecord): string {
  switch (r.type) {
    case 'CNAME': case 'PTR': case 'NS': return fqdn(r.data);
    case 'SRV': {
      const parts = r.data.split(' ');
      return [...parts.slice(0, 3), fqdn(parts[3] ?? '')].join(' ');
    }
    case 'TXT': return `"${r.data}"`;
    default: return r.data;
  }
}

/** Tab-aware column placement: each field starts at its column, or one space after the previous field. */
function columns(fields: ReadonlyArray<readonly [text: string, column: number]>): string {
  let out = '';
  let col = 0;
  for (const [text, column] of fields) {
    if (out !== '') {
      if (col >= column) {
        out += ' ';
        col += 1;
      } else {
        out += '\t'.repeat(Math.floor(column / 8) - Math.floor(col / 8));
        col = column;
      }
    }
    out += text;
    col += text.length;
  }
  return out;
}

export function recordLine(r: DnsRecord): string {
  return columns([[fqdn(r.name), 0], [String(r.ttl), TTL_COLUMN], ['IN', CLASS_COLUMN], [r.type, TYPE_COLUMN], [rdata(r), RDATA_COLUMN]]);
}

export function questionLine(name: string, type: string): string {
  return columns([[`;${fqdn(name)}`, 0], ['IN', CLASS_COLUMN], [type, TYPE_COLUMN]]);
}

/** The reply's sections, from `;; Got answer:` to the last section's blank line. */
export function formatReply(reply: DigReply, flavour: DigFlavour, show: DigSections): string {
  const out: string[] = [];
  const extra = reply.additional.length + 1;
  if (show.comments) {
    const flags = reply.authoritative ? 'qr aa rd' : 'qr rd ra';
    out.push(';; Got answer:', `;; ->>HEADER<<- opcode: QUERY, status: ${reply.rcode}, id: ${reply.id}`);
    out.push(`;; flags: ${flags}; QUERY: 1, ANSWER: ${reply.answer.length}, AUTHORITY: ${reply.authority.length}, ADDITIONAL: ${extra}`);
    if (reply.authoritative) out.push(';; WARNING: recursion requested but not available');
    out.push('', ';; OPT PSEUDOSECTION:', `; EDNS: version: 0, flags:; udp: ${flavour.udpSize}`);
    if (flavour.cookie) out.push(`; COOKIE: ${reply.cookie} (echoed)`);
  }
  if (show.question) {
    if (show.comments) out.push(';; QUESTION SECTION:');
    out.push(questionLine(reply.question.name, reply.question.type));
    if (show.comments) out.push('');
  }
  const section = (title: string, records: readonly DnsRecord[], on: boolean): void => {
    if (!on || records.length === 0) return;
    if (show.comments) out.push(`;; ${title} SECTION:`);
    out.push(...records.map(recordLine));
    if (show.comments) out.push('');
  };
  section('ANSWER', reply.answer, show.answer);
  section('AUTHORITY', reply.authority, show.authority);
  section('ADDITIONAL', reply.additional, show.additional);
  return out.map((l) => `${l}\n`).join('');
}

/** A name's length on the wire, uncompressed (CoreDNS compresses only replies that would not fit). */
function nameLength(name: string): number {
  const labels = fqdn(name).split('.').filter((l) => l !== '');
  return labels.reduce((n, l) => n + l.length + 1, 1);
}

function rdataLength(r: DnsRecord): number {
  switch (r.type) {
    case 'A': return 4;
    case 'AAAA': return 16;
    case 'CNAME': case 'PTR': case 'NS': return nameLength(r.data);
    case 'SRV': return 6 + nameLength(r.data.split(' ')[3] ?? '');
    case 'SOA': {
      const [mname = '', rname = ''] = r.data.split(' ');
      return nameLength(mname) + nameLength(rname) + 20;
    }
    case 'TXT': return r.data.length + 1;
    default: return r.data.length;
  }
}

/** The reply's size in bytes, as `;; MSG SIZE  rcvd:` reports it. */
export function messageSize(reply: DigReply, flavour: DigFlavour): number {
  const records = [...reply.answer, ...reply.authority, ...reply.additional];
  const opt = 11 + (flavour.cookie ? 12 : 0);
  return 12 + nameLength(reply.question.name) + 4 + records.reduce((n, r) => n + nameLength(r.name) + 10 + rdataLength(r), 0) + opt;
}
