import { describe, expect, it } from 'vitest';
import type { DnsResult, DnsType, NetSys } from '../net.ts';
import { bindNslookup } from './dig-nslookup.ts';
import type { DigFlavour } from './dig-message.ts';
import { questionLine, recordLine } from './dig-message.ts';
import { dig } from './dig.ts';
import type { ClientEnv, ClientRun } from './types.ts';

const MODERN: DigFlavour = { version: '9.18.33', cookie: true, udpSize: 1232, modern: true };
const JESSIE: DigFlavour = { version: '9.9.5-9+deb8u19-Debian', cookie: false, udpSize: 4096, modern: false };
const SOA = { name: 'cluster.local', type: 'SOA', ttl: 30, data: 'ns.dns.cluster.local. hostmaster.cluster.local. 1741357861 7200 1800 86400 30' } as const;

function zone(name: string, type: DnsType): DnsResult {
  const ok = (data: string, rtype: DnsType = type): DnsResult => ({ kind: 'answer', rcode: 'NOERROR', answers: [{ name, type: rtype, ttl: 30, data }] });
  if (name === 'web.default.svc.cluster.local' && type === 'A') return ok('10.96.12.34');
  if (name === '_http._tcp.web.default.svc.cluster.local' && type === 'SRV') return ok('0 100 80 web.default.svc.cluster.local');
  if (name === '10.0.96.10.in-addr.arpa' && type === 'PTR') return ok('kube-dns.kube-system.svc.cluster.local');
  return { kind: 'answer', rcode: 'NXDOMAIN', answers: [], authority: [SOA] };
}

function env(dns: NetSys['dns'] = (_s, n, t) => zone(n, t)): ClientEnv {
  const net: NetSys = {
    ip: '10.244.1.5', interfaces: () => [], dns,
    connect: () => ({ kind: 'timeout' }), http: () => ({ kind: 'timeout' }), ping: () => ({ reply: false, rttMs: 0, ttl: 0 }),
  };
  const files: Record<string, string> = { '/etc/resolv.conf': 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n' };
  return { net, nowMs: Date.UTC(2025, 2, 17, 8, 30, 33), hostname: 'dnsutils', tty: false, libc: 'glibc', readText: (p) => files[p], writeText: () => undefined };
}

const out = (run: ClientRun, fd: 1 | 2 = 1): string => run.events.filter((e) => e.fd === fd).map((e) => e.text).join('');

describe('dig', () => {
  it('prints the reply as bind 9.18 does, with the echoed cookie and the transport', () => {
    const text = out(dig(['dig', 'web.default.svc.cluster.local'], env(), MODERN));
    expect(text).toMatch(/^\n; <<>> DiG 9\.18\.33 <<>> web\.default\.svc\.cluster\.local\n;; global options: \+cmd\n;; Got answer:\n/);
    expect(text).toContain(';; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n;; WARNING: recursion requested but not available\n');
    expect(text).toMatch(/; EDNS: version: 0, flags:; udp: 1232\n; COOKIE: [0-9a-f]{16} \(echoed\)\n/);
    expect(text).toContain(';; ANSWER SECTION:\nweb.default.svc.cluster.local. 30 IN\tA\t10.96.12.34\n');
    expect(text).toContain(';; SERVER: 10.96.0.10#53(10.96.0.10) (UDP)\n;; WHEN: Mon Mar 17 08:30:33 UTC 2025\n;; MSG SIZE  rcvd: 115\n\n');
  });

  it('aligns columns with tabs, or one space past a column', () => {
    expect(recordLine({ name: 'kubernetes.default.svc.cluster.local', type: 'A', ttl: 30, data: '10.96.0.1' }))
      .toBe('kubernetes.default.svc.cluster.local. 30 IN A\t10.96.0.1');
    expect(questionLine('miek.nl', 'A')).toBe(';miek.nl.\t\t\tIN\tA');
  });

  it('prints only the data with +short, and SRV targets in the additional section', () => {
    expect(out(dig(['dig', '+short', '-x', '10.96.0.10'], env(), MODERN))).toBe('kube-dns.kube-system.svc.cluster.local.\n');
    const srv = out(dig(['dig', '-t', 'SRV', '_http._tcp.web.default.svc.cluster.local'], env(), JESSIE));
    expect(srv).toContain('ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 2');
    expect(srv).toContain(';; ADDITIONAL SECTION:\nweb.default.svc.cluster.local. 30 IN\tA\t10.96.12.34\n');
    expect(srv).not.toContain('COOKIE');
  });

  it('walks the search list only with +search', () => {
    expect(out(dig(['dig', '+short', 'web'], env(), MODERN))).toBe('');
    expect(out(dig(['dig', '+search', '+short', 'web'], env(), MODERN))).toBe('10.96.12.34\n');
  });

  it('shows NXDOMAIN with the zone SOA under AUTHORITY and exits 0', () => {
    const run = dig(['dig', 'nosuch.default.svc.cluster.local'], env(), JESSIE);
    expect(out(run)).toContain('status: NXDOMAIN');
    expect(out(run)).toContain(';; AUTHORITY SECTION:\ncluster.local.\t\t30\tIN\tSOA\tns.dns.cluster.local.');
    expect(run.code).toBe(0);
  });

  it('reports each failed try (9.18) or one line after 15 s (9.9), exit 9', () => {
    const modern = dig(['dig', '+short', 'web.default.svc.cluster.local'], env(() => ({ kind: 'timeout' })), MODERN);
    expect(out(modern)).toBe(';; communications error to 10.96.0.10#53: timed out\n'.repeat(3) + ';; no servers could be reached\n');
    expect([modern.code, modern.exitAfterMs]).toEqual([9, 15_000]);
    const old = dig(['dig', 'web.default.svc.cluster.local'], env(() => ({ kind: 'refused' })), JESSIE);
    expect(out(old)).toBe('\n; <<>> DiG 9.9.5-9+deb8u19-Debian <<>> web.default.svc.cluster.local\n;; global options: +cmd\n;; connection timed out; no servers could be reached\n');
  });

  it('rejects an unknown +option with the usage on stderr', () => {
    const run = dig(['dig', '+bogus', 'x'], env(), MODERN);
    expect(out(run, 2)).toMatch(/^Invalid option: \+bogus\nUsage: {2}dig \[@global-server\]/);
    expect(run.code).toBe(1);
  });
});

describe('bind nslookup', () => {
  it('uses the search list and prints the port after a hash', () => {
    const run = bindNslookup(['nslookup', 'web'], env());
    expect(out(run)).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tweb.default.svc.cluster.local\nAddress: 10.96.12.34\n\n');
  });

  it('names the name as typed when nothing is found', () => {
    const run = bindNslookup(['nslookup', 'nosuch'], env());
    expect(out(run)).toContain("** server can't find nosuch: NXDOMAIN\n");
    expect(run.code).toBe(1);
  });
});
