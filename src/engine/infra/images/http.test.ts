import { describe, expect, it } from 'vitest';
import { resolveArgv } from './argv.ts';
import { NGINX_WELCOME, NGINX_WELCOME_OLD } from './catalogue/nginx-files.ts';
import { listeningPorts, serveHttp, serverFor } from './http.ts';
import type { HttpContext, HttpRequest, Server } from './http-types.ts';
import { TEST_START_MS, testFiles, testImage } from './testing/machine.ts';

const NOW = TEST_START_MS + 65_000;

function setup(ref: string, spec: { command?: string[]; args?: string[] } = {}, files: Record<string, string | null> = {}): { server: Server; ctx: HttpContext } {
  const image = testImage(ref);
  const server = serverFor(image, resolveArgv(spec, image));
  if (!server) throw new Error(`${ref} runs no server`);
  const ctx: HttpContext = { fs: testFiles(image, files), nowMs: NOW, startedMs: TEST_START_MS, hostname: 'web-7d4b9', podIp: '10.244.1.5', port: 80 };
  return { server, ctx };
}

const get = (path: string, headers: Record<string, string> = {}): HttpRequest => ({
  method: 'GET', path, headers: { Host: '10.244.1.5', 'User-Agent': 'curl/8.5.0', Accept: '*/*', ...headers }, remoteAddr: '10.244.2.7:51234',
});

describe('nginx over HTTP', () => {
  it('serves the exact welcome page with its headers and access-log line', () => {
    const { server, ctx } = setup('nginx');
    const res = serveHttp(server, get('/'), ctx)!;
    expect(res.status).toBe(200);
    expect(res.body).toBe(NGINX_WELCOME);
    expect(res.headers).toEqual({
      Server: 'nginx/1.27.3', Date: 'Mon, 17 Mar 2025 08:32:07 GMT', 'Content-Type': 'text/html', 'Content-Length': '615',
      'Last-Modified': 'Tue, 26 Nov 2024 15:55:00 GMT', Connection: 'keep-alive', ETag: '"6745ef54-267"', 'Accept-Ranges': 'bytes',
    });
    expect(res.log).toEqual({ fd: 1, text: '10.244.2.7 - - [17/Mar/2025:08:32:07 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"' });
  });

  it('serves 1.14.2\'s 612-byte page and its error pages', () => {
    const { server, ctx } = setup('nginx:1.14.2');
    expect(serveHttp(server, get('/'), ctx)!.body).toBe(NGINX_WELCOME_OLD);
    expect(NGINX_WELCOME_OLD).toHaveLength(612);
    expect(serveHttp(server, get('/nope'), ctx)!.body).toBe(
      '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body bgcolor="white">\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.14.2</center>\r\n</body>\r\n</html>\r\n',
    );
  });

  it('answers a missing file with its 404 page', () => {
    const { server, ctx } = setup('nginx');
    const res = serveHttp(server, get('/missing.html'), ctx)!;
    expect(res.status).toBe(404);
    expect(res.body).toBe('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n');
    expect(res.headers['Content-Length']).toBe('153');
  });

  it('serves a mounted index.html, forbids a directory without one, and redirects a directory without its slash', () => {
    const mounted = setup('nginx', {}, { '/usr/share/nginx/html/index.html': '<h1>Hello from a ConfigMap</h1>\n' });
    const res = serveHttp(mounted.server, get('/'), mounted.ctx)!;
    expect([res.status, res.body, res.headers['Last-Modified']]).toEqual([200, '<h1>Hello from a ConfigMap</h1>\n', 'Mon, 17 Mar 2025 08:31:02 GMT']);
    const empty = setup('registry.k8s.io/nginx-slim:0.8', {}, { '/usr/share/nginx/html/index.html': null, '/usr/share/nginx/html/50x.html': null, '/usr/share/nginx/html/': '' });
    expect(serveHttp(empty.server, get('/'), empty.ctx)!.status).toBe(403);
    const dir = setup('nginx', {}, { '/usr/share/nginx/html/docs/index.html': 'docs\n' });
    const moved = serveHttp(dir.server, get('/docs'), dir.ctx)!;
    expect([moved.status, moved.headers.Location]).toEqual([301, 'http://10.244.1.5/docs/']);
  });

  it('answers HEAD without a body and other methods with 405', () => {
    const { server, ctx } = setup('nginx');
    const head = serveHttp(server, { ...get('/'), method: 'HEAD' }, ctx)!;
    expect([head.status, head.body, head.headers['Content-Length']]).toEqual([200, '', '615']);
    expect(serveHttp(server, { ...get('/'), method: 'POST' }, ctx)!.status).toBe(405);
  });

  it('listens where its configuration says', () => {
    expect(listeningPorts(setup('nginx').server, setup('nginx').ctx.fs)).toEqual([80]);
    const custom = setup('nginx', {}, { '/etc/nginx/conf.d/default.conf': 'server {\n    listen 8080;\n    # listen 9090;\n}\n' });
    expect(listeningPorts(custom.server, custom.ctx.fs)).toEqual([8080]);
  });
});

describe('test servers over HTTP', () => {
  it('echoserver dumps the request', () => {
    const { server, ctx } = setup('registry.k8s.io/echoserver:1.10');
    const res = serveHttp(server, { ...get('/hello?x=1'), headers: { Host: '192.168.56.12:31234', 'User-Agent': 'curl/8.5.0', Accept: '*/*' } }, ctx)!;
    expect(res.body).toBe([
      '', '', 'Hostname: web-7d4b9', '', 'Pod Information:', '\t-no pod information available-', '', 'Server values:',
      '\tserver_version=nginx: 1.13.3 - lua: 10008', '', 'Request Information:', '\tclient_address=10.244.2.7', '\tmethod=GET',
      '\treal path=/hello', '\tquery=x=1', '\trequest_version=1.1', '\trequest_scheme=http', '\trequest_uri=http://192.168.56.12:8080/hello?x=1', '',
      'Request Headers:', '\taccept=*/*', '\thost=192.168.56.12:31234', '\tuser-agent=curl/8.5.0', '', 'Request Body:', '\t-no body in request-', '', '',
    ].join('\n'));
    expect(listeningPorts(server)).toEqual([8080, 8443]);
  });

  it('http-echo answers its text with a newline', () => {
    const { server, ctx } = setup('hashicorp/http-echo', { args: ['-text=hello world'] });
    const res = serveHttp(server, get('/anything'), ctx)!;
    expect([res.status, res.body, res.headers['Content-Length']]).toEqual([200, 'hello world\n', '12']);
    expect(listeningPorts(server)).toEqual([5678]);
  });

  it('the liveness server is healthy for 10 s, then answers 500 with the seconds elapsed', () => {
    const { server, ctx } = setup('registry.k8s.io/liveness', { args: ['/server'] });
    const probe = { method: 'GET', path: '/healthz', headers: { 'User-Agent': 'kube-probe/1.31' } };
    const early = serveHttp(server, probe, { ...ctx, nowMs: TEST_START_MS + 9_000 })!;
    expect([early.status, early.body]).toEqual([200, 'ok']);
    const late = serveHttp(server, probe, { ...ctx, nowMs: TEST_START_MS + 12_500 })!;
    expect([late.status, late.body]).toEqual([500, 'error: 12.5']);
    expect(serveHttp(server, { ...probe, path: '/' }, ctx)!.body).toBe('404 page not found\n');
  });

  it('agnhost liveness behaves the same on 8080', () => {
    const { server, ctx } = setup('registry.k8s.io/e2e-test-images/agnhost:2.40', { args: ['liveness'] });
    expect(listeningPorts(server)).toEqual([8080]);
    expect(serveHttp(server, get('/healthz'), { ...ctx, nowMs: TEST_START_MS + 11_000 })!.status).toBe(500);
  });

  it('httpd serves It works!', () => {
    const { server, ctx } = setup('httpd');
    const res = serveHttp(server, get('/'), ctx)!;
    expect([res.status, res.body, res.headers.Server]).toEqual([200, '<html><body><h1>It works!</h1></body></html>\n', 'Apache/2.4.62 (Unix)']);
    expect(res.log?.text).toBe('10.244.2.7 - - [17/Mar/2025:08:32:07 +0000] "GET / HTTP/1.1" 200 45');
  });

  it('the databases listen but do not speak HTTP', () => {
    const { server, ctx } = setup('redis');
    expect(listeningPorts(server)).toEqual([6379]);
    expect(serveHttp(server, get('/'), ctx)).toBeUndefined();
    expect(listeningPorts(setup('mysql').server)).toEqual([3306, 33060]);
    expect(listeningPorts(setup('postgres').server)).toEqual([5432]);
  });

  it('the course daemons answer their health checks', () => {
    const api = setup('registry.k8s.io/kube-apiserver:v1.31.4', { command: ['kube-apiserver', '--secure-port=6443'] });
    expect(listeningPorts(api.server)).toEqual([6443]);
    expect(serveHttp(api.server, get('/livez'), api.ctx)!.body).toBe('ok');
    const dns = setup('registry.k8s.io/coredns/coredns:v1.11.3', { args: ['-conf', '/etc/coredns/Corefile'] });
    expect(serveHttp(dns.server, get('/health'), dns.ctx)!.body).toBe('OK');
    const etcd = setup('registry.k8s.io/etcd:3.5.15-0', { command: ['etcd'] });
    expect(serveHttp(etcd.server, get('/livez'), etcd.ctx)!.body).toBe('{"health":"true","reason":""}');
  });
});
