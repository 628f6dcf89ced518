import { describe, expect, it } from 'vitest';
import type { HttpResponse } from '../images/http-types.ts';
import type { DnsResult, NetSys } from '../net.ts';
import { curl } from './curl.ts';
import { ip } from './ip.ts';
import { nc } from './nc.ts';
import { nslookup } from './nslookup.ts';
import { ping } from './ping.ts';
import type { ClientEnv, ClientRun } from './types.ts';
import { wget } from './wget.ts';

const SVC = '10.96.12.34';
const page: HttpResponse = { status: 200, headers: { Server: 'nginx/1.27.3', 'Content-Type': 'text/html', 'Content-Length': '6' }, body: 'hello\n' };
const notFound: HttpResponse = { status: 404, headers: { Server: 'nginx/1.27.3', 'Content-Length': '0' }, body: '' };

const net: NetSys = {
  ip: '192.168.1.5',
  interfaces: () => [
    { index: 1, name: 'lo', mac: '00:00:00:00:00:00', mtu: 65_536, ipv4: ['127.0.0.1/8'] },
    { index: 3, name: 'eth0', mac: '02:42:ac:11:00:02', mtu: 1450, ipv4: ['10.244.1.5/24'], peerIndex: 12 },
  ],
  dns: (_server, name, type): DnsResult => {
    if (name === 'web.default.svc.cluster.local') return { kind: 'answer', rcode: 'NOERROR', answers: type === 'A' ? [{ name, type: 'A', ttl: 30, data: SVC }] : [] };
    return { kind: 'answer', rcode: 'NXDOMAIN', answers: [] };
  },
  connect: (addr, port) => (addr === SVC && port === 80 ? { kind: 'connected' } : addr === SVC ? { kind: 'refused' } : { kind: 'timeout' }),
  http: (addr, port, req) => {
    if (addr !== SVC) return { kind: 'timeout' };
    if (port !== 80) return { kind: 'refused' };
    return { kind: 'response', response: req.path === '/' ? page : notFound };
  },
  ping: (addr) => (addr === SVC ? { reply: false, rttMs: 0, ttl: 0 } : { reply: true, rttMs: 0.08, ttl: 63 }),
};

const files: Record<string, string> = {
  '/etc/resolv.conf': 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
  '/etc/hosts': '127.0.0.1\tlocalhost\n10.244.1.5\tbb\n',
};

function env(over: Partial<ClientEnv> = {}): ClientEnv {
  return {
    net, nowMs: 0, hostname: 'bb', tty: false, libc: 'musl',
    readText: (p) => files[p],
    writeText: () => undefined,
    ...over,
  };
}

const text = (run: ClientRun, fd?: 1 | 2): string => run.events.filter((e) => fd === undefined || e.fd === fd).map((e) => e.text).join('');

describe('wget', () => {
  it('prints the body with -qO- and nothing else', () => {
    const run = wget(['wget', '-qO-', 'web'], env());
    expect(text(run)).toBe('hello\n');
    expect(run.code).toBe(0);
  });

  it('saves to index.html with busybox progress lines', () => {
    const saved: Record<string, string> = {};
    const run = wget(['wget', 'http://web/'], env({ writeText: (p, c) => { saved[p] = c; return undefined; } }));
    expect(text(run, 2)).toBe(`Connecting to web (${SVC}:80)\nsaving to 'index.html'\nindex.html           100% |********************************|     6  0:00:00 ETA\n'index.html' saved\n`);
    expect(saved['index.html']).toBe('hello\n');
  });

  it('fails as busybox does: 404, bad address, refused, -T timeout', () => {
    expect(text(wget(['wget', '-q', 'web/x'], env()))).toBe('wget: server returned error: HTTP/1.1 404 Not Found\n');
    expect(text(wget(['wget', 'nope:8080'], env()))).toBe("wget: bad address 'nope:8080'\n");
    expect(text(wget(['wget', '-q', 'web:81'], env()))).toBe(`wget: can't connect to remote host (${SVC}): Connection refused\n`);
    const slow = wget(['wget', '-T', '5', '-qO-', '10.1.2.3'], env());
    expect([text(slow), slow.exitAfterMs, slow.code]).toEqual(['wget: download timed out\n', 5000, 1]);
  });
});

describe('curl', () => {
  it('words a refused connection by version', () => {
    expect(text(curl(['curl', 'web:81'], env({ tty: true }), '7.81.0'))).toBe('curl: (7) Failed to connect to web port 81 after 0 ms: Connection refused\n');
    expect(text(curl(['curl', 'web:81'], env({ tty: true }), '7.88.1'))).toBe("curl: (7) Failed to connect to web port 81 after 0 ms: Couldn't connect to server\n");
    expect(text(curl(['curl', 'web:81'], env({ tty: true }), '8.11.1'))).toBe('curl: (7) Failed to connect to web port 81 after 0 ms: Could not connect to server\n');
  });

  it('times out, fails to resolve, stays silent with -s', () => {
    const run = curl(['curl', '-m', '5', 'http://10.1.2.3'], env({ tty: true }), '8.11.1');
    expect([text(run), run.code, run.exitAfterMs]).toEqual(['curl: (28) Connection timed out after 5001 milliseconds\n', 28, 5001]);
    expect(text(curl(['curl', 'nope'], env({ tty: true }), '8.11.1'))).toBe('curl: (6) Could not resolve host: nope\n');
    expect(text(curl(['curl', '-s', 'nope'], env(), '8.11.1'))).toBe('');
  });

  it('shows -I headers with CRLF, -w codes, and the meter when output is not a terminal', () => {
    expect(text(curl(['curl', '-I', 'web'], env({ tty: true }), '7.81.0'))).toBe('HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\nContent-Type: text/html\r\nContent-Length: 6\r\n\r\n');
    expect(text(curl(['curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', 'web/x'], env(), '8.11.1'))).toBe('404');
    const piped = text(curl(['curl', 'web'], env(), '8.11.1'), 2);
    expect(piped).toContain('  % Total    % Received % Xferd');
    expect(piped.endsWith('\r100     6  100     6    0     0   3000      0 --:--:-- --:--:-- --:--:--  3000\n')).toBe(true);
  });
});

describe('nslookup', () => {
  it('tries every search domain for a bare name and exits 1 on any NXDOMAIN', () => {
    const run = nslookup(['nslookup', 'web'], env());
    expect(text(run)).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n' +
      `Name:\tweb.default.svc.cluster.local\nAddress: ${SVC}\n\n` +
      "** server can't find web.svc.cluster.local: NXDOMAIN\n\n** server can't find web.cluster.local: NXDOMAIN\n\n" +
      "\n** server can't find web.svc.cluster.local: NXDOMAIN\n\n** server can't find web.cluster.local: NXDOMAIN\n\n");
    expect(run.code).toBe(1);
  });

  it('gives up after 5 s when no server answers', () => {
    const run = nslookup(['nslookup', 'web'], env({ net: { ...net, dns: () => ({ kind: 'timeout' }) } }));
    expect([text(run), run.exitAfterMs]).toEqual([';; connection timed out; no servers could be reached\n\n', 5000]);
  });
});

describe('nc, ping, ip', () => {
  it('reports an open port with -zv and stays silent on a refusal', () => {
    expect(text(nc(['nc', '-zv', 'web', '80'], env()))).toBe(`web (${SVC}:80) open\n`);
    const refused = nc(['nc', '-zv', 'web', '81'], env());
    expect([text(refused), refused.code]).toEqual(['', 1]);
  });

  it('loses every echo to a ClusterIP and waits -W after the last', () => {
    const run = ping(['ping', '-c', '2', '-W', '1', 'web'], env());
    expect(text(run)).toBe(`PING web (${SVC}): 56 data bytes\n\n--- web ping statistics ---\n2 packets transmitted, 0 packets received, 100% packet loss\n`);
    expect([run.code, run.exitAfterMs]).toEqual([1, 2000]);
  });

  it('pings a pod until -c and resumes batch by batch without it', () => {
    const run = ping(['ping', '-c', '2', '10.244.2.7'], env());
    expect(text(run)).toContain('64 bytes from 10.244.2.7: seq=1 ttl=63 time=0.080 ms\n');
    expect(text(run)).toContain('round-trip min/avg/max = 0.080/0.080/0.080 ms\n');
    const first = ping(['ping', '10.244.2.7'], env());
    expect(first.resume).toEqual({ seq: 1, rtts: [0.08] });
    expect(text(ping(['ping', '10.244.2.7'], env(), first.resume))).toBe('64 bytes from 10.244.2.7: seq=1 ttl=63 time=0.080 ms\n');
  });

  it('lists the veth end as eth0@ifN with a link-local address', () => {
    const out = text(ip(['ip', 'a'], env()));
    expect(out).toContain('3: eth0@if12: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1450 qdisc noqueue \n');
    expect(out).toContain('    inet 10.244.1.5/24 brd 10.244.1.255 scope global eth0\n');
    expect(out).toContain('    inet6 fe80::42:acff:fe11:2/64 scope link \n');
    expect(text(ip(['ip', 'route'], env()))).toBe('default via 10.244.1.1 dev eth0 \n10.244.0.0/16 via 10.244.1.1 dev eth0 \n10.244.1.0/24 dev eth0 scope link  src 10.244.1.5 \n');
  });
});
