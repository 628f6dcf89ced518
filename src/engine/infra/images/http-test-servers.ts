// The test servers' HTTP answers: echoserver's request dump (1.10 and 1.4 formats), http-echo's
// text, the liveness server's /healthz (200 `ok` for 10 s, then 500 `error: <seconds>`) and
// agnhost's netexec / serve-hostname. Mirrors their sources' formats and Go's net/http defaults.

import { utf8ByteLength } from '../../base/utf8.ts';
import { flagValue } from './programs/support.ts';
import { LIVENESS_HEALTHY_MS } from './programs/liveness.ts';
import { clfTime, goTimeString, httpDate, slashTime } from './time-format.ts';
import type { HttpContext, HttpRequest, HttpResponse, Server } from './http-types.ts';

const header = (req: HttpRequest, name: string): string | undefined =>
  req.headers[name] ?? Object.entries(req.headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

const clientIp = (req: HttpRequest): string => (req.remoteAddr ?? '127.0.0.1:0').replace(/:\d+$/, '');

/** A query parameter's decoded value (`+` as a space, as Go's url.ParseQuery reads it). */
function queryParam(query: string, name: string): string | undefined {
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (key !== name) continue;
    try {
      return decodeURIComponent((eq < 0 ? '' : pair.slice(eq + 1)).replace(/\+/g, ' '));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function splitTarget(target: string): { path: string; query: string } {
  const q = target.indexOf('?');
  return q < 0 ? { path: target, query: '' } : { path: target.slice(0, q), query: target.slice(q + 1) };
}

/** A Go net/http answer: Content-Type sniffed as text, Date, Content-Length. */
function goAnswer(ctx: HttpContext, status: number, body: string, extra: Record<string, string> = {}): HttpResponse {
  return {
    status,
    headers: { ...extra, 'Content-Type': 'text/plain; charset=utf-8', Date: httpDate(ctx.nowMs), 'Content-Length': String(utf8ByteLength(body)) },
    body,
  };
}

/** Go's ServeMux for an unknown path. */
function goNotFound(ctx: HttpContext): HttpResponse {
  return goAnswer(ctx, 404, '404 page not found\n', { 'X-Content-Type-Options': 'nosniff' });
}

function podInformation(env: ReadonlyMap<string, string>): string[] {
  const fields: Array<[string, string]> = [['node name', 'NODE_NAME'], ['pod name', 'POD_NAME'], ['pod namespace', 'POD_NAMESPACE'], ['pod IP', 'POD_IP']];
  if (!fields.some(([, k]) => env.has(k))) return ['\t-no pod information available-'];
  return fields.map(([label, k]) => `\t${label}:\t${env.get(k) ?? ''}`);
}

function sortedHeaders(req: HttpRequest): string[] {
  return Object.entries(req.headers).map(([k, v]) => `${k.toLowerCase()}=${v}`).sort();
}

export function serveEchoserver(server: Server, req: HttpRequest, ctx: HttpContext): HttpResponse {
  const { path, query } = splitTarget(req.path);
  const host = (header(req, 'Host') ?? ctx.podIp).replace(/:\d+$/, '').toLowerCase();
  const env = new Map((ctx.env ?? []).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  const noBody = !req.body;
  const body = server.image.version === '1.4'
    ? ['CLIENT VALUES:', `client_address=${clientIp(req)}`, `command=${req.method}`, `real path=${path}`, `query=${query || 'nil'}`,
      'request_version=1.1', `request_uri=http://${host}:8080${req.path}`, '', 'SERVER VALUES:', 'server_version=nginx: 1.10.0 - lua: 10001', '',
      'HEADERS RECEIVED:', ...sortedHeaders(req), 'BODY:', noBody ? '-no body in request-' : req.body!].join('\n')
    : ['', '', `Hostname: ${ctx.hostname}`, '', 'Pod Information:', ...podInformation(env), '', 'Server values:',
      '\tserver_version=nginx: 1.13.3 - lua: 10008', '', 'Request Information:', `\tclient_address=${clientIp(req)}`, `\tmethod=${req.method}`,
      `\treal path=${path}`, `\tquery=${query}`, '\trequest_version=1.1', '\trequest_scheme=http', `\trequest_uri=http://${host}:8080${req.path}`, '',
      'Request Headers:', ...sortedHeaders(req).map((h) => `\t${h}`), '', 'Request Body:', noBody ? '\t-no body in request-' : req.body!, '', ''].join('\n');
  const bytes = utf8ByteLength(body);
  return {
    status: 200,
    headers: { Date: httpDate(ctx.nowMs), 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked', Connection: 'keep-alive', Server: 'echoserver' },
    body,
    log: { fd: 1, text: `${clientIp(req)} - - [${clfTime(ctx.nowMs)}] "${req.method} ${req.path} HTTP/1.1" 200 ${bytes} "-" "${header(req, 'User-Agent') ?? '-'}"` },
  };
}

export function serveHttpEcho(server: Server, req: HttpRequest, ctx: HttpContext): HttpResponse {
  const { path } = splitTarget(req.path);
  const body = path === '/health' ? '{"status":"ok"}' : `${flagValue(server.args, 'text') ?? ''}\n`;
  const answer = goAnswer(ctx, 200, body, { 'X-App-Name': 'http-echo', 'X-App-Version': server.image.version });
  const micros = (20 + (ctx.nowMs % 600) / 10).toFixed(1);
  const text = `${slashTime(ctx.nowMs)} ${header(req, 'Host') ?? ''} ${req.remoteAddr ?? ''} "${req.method} ${path} HTTP/1.1" 200 ${utf8ByteLength(body)} "${header(req, 'User-Agent') ?? ''}" ${micros}µs`;
  return { ...answer, log: { fd: 2, text } };
}

/** The liveness check of registry.k8s.io/liveness and `agnhost liveness`. */
export function serveLiveness(req: HttpRequest, ctx: HttpContext): HttpResponse {
  const { path, query } = splitTarget(req.path);
  if (path === '/healthz') {
    const elapsedMs = ctx.nowMs - ctx.startedMs;
    return elapsedMs > LIVENESS_HEALTHY_MS ? goAnswer(ctx, 500, `error: ${elapsedMs / 1000}`) : goAnswer(ctx, 200, 'ok');
  }
  if (path === '/redirect') {
    const loc = queryParam(query, 'loc') ?? '';
    return { status: 302, headers: { Location: loc, Date: httpDate(ctx.nowMs), 'Content-Length': '0' }, body: '' };
  }
  return goNotFound(ctx);
}

/** `agnhost netexec` and `agnhost serve-hostname`. */
export function serveAgnhost(server: Server, req: HttpRequest, ctx: HttpContext): HttpResponse {
  if (server.args[0] === 'liveness') return serveLiveness(req, ctx);
  if (server.args[0] === 'serve-hostname') return goAnswer(ctx, 200, ctx.hostname);
  const { path, query } = splitTarget(req.path);
  switch (path) {
    case '/': {
      const since = ((ctx.nowMs - ctx.startedMs) / 1000).toFixed(9);
      return goAnswer(ctx, 200, `NOW: ${goTimeString(ctx.nowMs)} m=+${since}`);
    }
    case '/hostname': return goAnswer(ctx, 200, ctx.hostname);
    case '/echo': return goAnswer(ctx, 200, queryParam(query, 'msg') ?? '');
    case '/clientip': return goAnswer(ctx, 200, req.remoteAddr ?? '');
    case '/healthz': return goAnswer(ctx, 200, '');
    default: return goNotFound(ctx);
  }
}
