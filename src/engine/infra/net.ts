// A machine's network stack as its programs see it: its interfaces, DNS queries, TCP connects, HTTP
// exchanges and pings. The cluster's network (`src/engine/network/`) provides one for every pod and
// host; the clients (wget, curl, nslookup, nc, ping…) turn its answers into the real tools' output.

import type { HttpRequest, HttpResponse } from './images/http-types.ts';

/**
 * Why nothing came back. `timeout`: packets dropped (a NetworkPolicy, an address nobody holds, a
 * Service port that is not defined) — the client waits for its own timeout. `refused`: a reset (no
 * listener) or kube-proxy's REJECT for a Service without endpoints. `unreachable`: no route to host.
 */
export type NetFailure = { readonly kind: 'timeout' } | { readonly kind: 'refused' } | { readonly kind: 'unreachable' };

export type ConnectResult = { readonly kind: 'connected' } | NetFailure;

export type HttpResult = { readonly kind: 'response'; readonly response: HttpResponse } | NetFailure;

export type DnsType = 'A' | 'AAAA' | 'CNAME' | 'SRV' | 'PTR' | 'TXT' | 'NS' | 'SOA' | 'MX';

/** One resource record: `data` is an address (A), a name (CNAME, PTR, NS), or `prio weight port target` (SRV). */
export interface DnsRecord {
  readonly name: string;
  readonly type: DnsType;
  readonly ttl: number;
  readonly data: string;
}

export type DnsResult =
  | {
    readonly kind: 'answer';
    readonly rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';
    /** The CNAME chain first, then the final records, as a server sends them. */
    readonly answers: readonly DnsRecord[];
    /** The zone's SOA on a negative answer (what dig shows under AUTHORITY). */
    readonly authority?: readonly DnsRecord[];
  }
  | NetFailure;

export interface NetInterface {
  readonly index: number;
  /** `lo`, `eth0`, `tunl0`, `enp0s8`… */
  readonly name: string;
  readonly mac: string;
  readonly mtu: number;
  /** Addresses with their prefix length: `10.244.1.5/32`. */
  readonly ipv4: readonly string[];
  /** The peer interface index for a veth pair (`eth0@if12`). */
  readonly peerIndex?: number;
}

export interface PingResult {
  readonly reply: boolean;
  /** Round-trip time in ms when there is a reply. */
  readonly rttMs: number;
  readonly ttl: number;
}

export interface NetSys {
  /** This machine's interfaces, `lo` first. */
  interfaces(): readonly NetInterface[];
  /** The address the machine's traffic leaves from. */
  readonly ip: string;
  /** One DNS query to `server` on UDP port 53. */
  dns(server: string, name: string, type: DnsType): DnsResult;
  /** A TCP handshake to `ip:port`. */
  connect(ip: string, port: number): ConnectResult;
  /** One HTTP exchange with `ip:port` (`tls`: over TLS, the server's certificate accepted as it is). */
  http(ip: string, port: number, req: HttpRequest, opts?: { readonly tls?: boolean }): HttpResult;
  /** One ICMP echo. */
  ping(ip: string): PingResult;
}
