// HTTP answers of httpd (htdocs, Apache's 404 page, its common-log line), Python's http.server
// (files and directory listings of its working directory) and the course daemons' health
// endpoints (kube-apiserver, etcd, the scheduler and controller-manager, kube-proxy, CoreDNS).

import { utf8ByteLength } from '../../base/utf8.ts';
import { isDirectory, readText } from './programs/support.ts';
import { clfTime, goTimeString, httpDate, pythonLogTime } from './time-format.ts';
import type { HttpContext, HttpRequest, HttpResponse, Server } from './http-types.ts';

const HTTPD_ROOT = '/usr/local/apache2/htdocs';
const clientIp = (req: HttpRequest): string => (req.remoteAddr ?? '127.0.0.1:0').replace(/:\d+$/, '');
const pathOf = (target: string): string => target.split('?')[0]!;
const length = (body: string): string => String(utf8ByteLength(body));

function apacheNotFound(): string {
  return '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n' +
    '<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';
}

export function serveHttpd(server: Server, req: HttpRequest, ctx: HttpContext): HttpResponse {
  const path = pathOf(req.path);
  const file = `${HTTPD_ROOT}${path}${path.endsWith('/') ? 'index.html' : ''}`;
  const content = readText(ctx.fs, file);
  const base = { Date: httpDate(ctx.nowMs), Server: `Apache/${server.image.version} (Unix)` };
  const status = content === undefined ? 404 : 200;
  const body = content ?? apacheNotFound();
  const log = { fd: 1 as const, text: `${clientIp(req)} - - [${clfTime(ctx.nowMs)}] "${req.method} ${req.path} HTTP/1.1" ${status} ${utf8ByteLength(body)}` };
  if (content === undefined) {
    return { status, headers: { ...base, 'Content-Length': length(body), 'Content-Type': 'text/html; charset=iso-8859-1' }, body, log };
  }
  const mtimeMs = server.image.files[file] === content && server.image.filesMs > 0 ? server.image.filesMs : ctx.startedMs;
  return {
    status,
    headers: {
      ...base, 'Last-Modified': httpDate(mtimeMs), ETag: `"${utf8ByteLength(content).toString(16)}-${(mtimeMs * 1000).toString(16)}"`,
      'Accept-Ranges': 'bytes', 'Content-Length': length(content), 'Content-Type': 'text/html',
    },
    body: content,
    log,
  };
}

/** The entries of `dir` in the image's own files (what a listing shows of the lower layer). */
function listing(server: Server, dir: string): string[] {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  const names = new Set<string>();
  for (const p of Object.keys(server.image.files)) {
    if (!p.startsWith(prefix) || p === prefix) continue;
    const rest = p.slice(prefix.length);
    const slash = rest.indexOf('/');
    names.add(slash < 0 ? rest : `${rest.slice(0, slash)}/`);
  }
  return [...names].sort();
}

export function servePython(server: Server, req: HttpRequest, ctx: HttpContext): HttpResponse {
  const path = decodeURIComponent(pathOf(req.path));
  const base = { Server: `SimpleHTTP/0.6 Python/${server.image.version}`, Date: httpDate(ctx.nowMs) };
  const log = (status: number): { fd: 2; text: string } => ({ fd: 2, text: `${clientIp(req)} - - [${pythonLogTime(ctx.nowMs)}] "${req.method} ${req.path} HTTP/1.1" ${status} -` });
  const content = readText(ctx.fs, path);
  if (content !== undefined && !path.endsWith('/')) {
    return { status: 200, headers: { ...base, 'Content-type': 'text/html', 'Content-Length': length(content), 'Last-Modified': httpDate(ctx.startedMs) }, body: content, log: log(200) };
  }
  if (isDirectory(ctx.fs, path) || path === '/') {
    const items = listing(server, path).map((n) => `<li><a href="${n}">${n}</a></li>`);
    const body = ['<!DOCTYPE HTML>', '<html lang="en">', '<head>', '<meta charset="utf-8">', `<title>Directory listing for ${path}</title>`, '</head>',
      '<body>', `<h1>Directory listing for ${path}</h1>`, '<hr>', '<ul>', ...items, '</ul>', '<hr>', '</body>', '</html>', ''].join('\n');
    return { status: 200, headers: { ...base, 'Content-type': 'text/html; charset=utf-8', 'Content-Length': length(body) }, body, log: log(200) };
  }
  const body = ['<!DOCTYPE HTML>', '<html lang="en">', '    <head>', '        <meta charset="utf-8">', '        <title>Error response</title>', '    </head>',
    '    <body>', '        <h1>Error response</h1>', '        <p>Error code: 404</p>', '        <p>Message: File not found.</p>',
    '        <p>Error code explanation: 404 - Nothing matches the given URI.</p>', '    </body>', '</html>', ''].join('\n');
  return { status: 404, headers: { ...base, Connection: 'close', 'Content-Type': 'text/html;charset=utf-8', 'Content-Length': length(body) }, body, log: { fd: 2, text: `${clientIp(req)} - - [${pythonLogTime(ctx.nowMs)}] code 404, message File not found\n${log(404).text}` } };
}

const HEALTH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'kube-apiserver': { '/livez': 'ok', '/readyz': 'ok', '/healthz': 'ok' },
  'kube-controller-manager': { '/healthz': 'ok' },
  'kube-scheduler': { '/healthz': 'ok', '/livez': 'ok', '/readyz': 'ok' },
  etcd: { '/livez': '{"health":"true","reason":""}', '/readyz': '{"health":"true","reason":""}', '/health': '{"health":"true","reason":""}' },
  coredns: { '/health': 'OK', '/ready': 'OK' },
};

export function serveDaemon(server: Server, req: HttpRequest, ctx: HttpContext): HttpResponse {
  const path = pathOf(req.path);
  const base = { 'Content-Type': 'text/plain; charset=utf-8', Date: httpDate(ctx.nowMs) };
  if (server.name === 'kube-proxy') {
    const at = goTimeString(ctx.nowMs);
    const body = JSON.stringify({ lastUpdated: at, currentTime: at, nodeEligible: true });
    return { status: 200, headers: { 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff', Date: base.Date, 'Content-Length': length(body) }, body };
  }
  const answer = HEALTH[server.name]?.[path];
  if (answer !== undefined) return { status: 200, headers: { ...base, 'X-Content-Type-Options': 'nosniff', 'Content-Length': length(answer) }, body: answer };
  if (server.name === 'kube-apiserver') {
    const body = JSON.stringify({
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `forbidden: User "system:anonymous" cannot get path "${path}"`,
      reason: 'Forbidden', details: {}, code: 403,
    });
    return { status: 403, headers: { 'Content-Type': 'application/json', Date: base.Date, 'Content-Length': length(body) }, body };
  }
  const body = '404 page not found\n';
  return { status: 404, headers: { ...base, 'X-Content-Type-Options': 'nosniff', 'Content-Length': length(body) }, body };
}
