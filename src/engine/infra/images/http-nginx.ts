// nginx answering HTTP: static files from its root on the container's files (a mounted index.html
// is what it serves), its exact error pages (CRLF, with the version tail; `bgcolor` before 1.19),
// the directory redirect, and its `main` access-log line. Mirrors ngx_http_static_module + special_response.

import { utf8ByteLength } from '../../base/utf8.ts';
import { readText, isDirectory } from './programs/support.ts';
import { clfTime, httpDate } from './time-format.ts';
import type { FileReader } from './types.ts';
import type { HttpContext, HttpRequest, HttpResponse, Server } from './http-types.ts';

const DEFAULT_ROOT = '/usr/share/nginx/html';
const INDEX = ['index.html', 'index.htm'];
const CONF_FILES = ['/etc/nginx/conf.d/default.conf', '/etc/nginx/nginx.conf'];

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK', 301: 'Moved Permanently', 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Not Allowed',
};

const MIME: Readonly<Record<string, string>> = {
  html: 'text/html', htm: 'text/html', css: 'text/css', js: 'application/javascript', json: 'application/json',
  txt: 'text/plain', xml: 'text/xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif',
  svg: 'image/svg+xml', ico: 'image/x-icon', pdf: 'application/pdf', zip: 'application/zip',
};

/** nginx's CRLF error page for `status` (bgcolor="white" on the body before 1.19). */
function nginxErrorPage(status: number, version: string, modern: boolean): string {
  const title = `${status} ${STATUS_TEXT[status] ?? ''}`;
  return [
    '<html>', `<head><title>${title}</title></head>`, modern ? '<body>' : '<body bgcolor="white">', `<center><h1>${title}</h1></center>`,
    `<hr><center>nginx/${version}</center>`, '</body>', '</html>', '',
  ].join('\r\n');
}

/** The ports the configuration's `listen` directives open (80 when it has none). */
export function nginxPorts(fs: FileReader | undefined): number[] {
  const ports = new Set<number>();
  for (const file of CONF_FILES) {
    const conf = fs ? readText(fs, file) ?? '' : '';
    for (const m of conf.replace(/#.*$/gm, '').matchAll(/\blisten\s+(?:\[[^\]]*\]:|[\w.-]+:)?(\d+)/g)) ports.add(Number(m[1]));
  }
  return ports.size > 0 ? [...ports] : [80];
}

/** The `root` of `location /` in default.conf. */
function documentRoot(fs: FileReader): string {
  const conf = (readText(fs, CONF_FILES[0]!) ?? '').replace(/#.*$/gm, '');
  return /location\s+\/\s*\{[^}]*?\broot\s+([^;\s]+)\s*;/.exec(conf)?.[1] ?? /\broot\s+([^;\s]+)\s*;/.exec(conf)?.[1] ?? DEFAULT_ROOT;
}

function decodePath(raw: string): string | undefined {
  try {
    const path = decodeURIComponent(raw.split('?')[0]!);
    const parts: string[] = [];
    for (const seg of path.split('/')) {
      if (seg === '..') { if (parts.length === 0) return undefined; parts.pop(); } else if (seg !== '.' && seg !== '') parts.push(seg);
    }
    return `/${parts.join('/')}${path.endsWith('/') && parts.length > 0 ? '/' : ''}`;
  } catch {
    return undefined;
  }
}

const etag = (mtimeMs: number, bytes: number): string => `"${Math.floor(mtimeMs / 1000).toString(16)}-${bytes.toString(16)}"`;

export function serveNginx(server: Server, req: HttpRequest, ctx: HttpContext): HttpResponse {
  const { image } = server;
  const [major = 0, minor = 0] = image.version.split('.').map(Number);
  const modern = major > 1 || minor >= 19;
  const base = { Server: `nginx/${image.version}`, Date: httpDate(ctx.nowMs) };
  const head = req.method === 'HEAD';
  const respond = (status: number, headers: Record<string, string>, body: string): HttpResponse => {
    const ip = (req.remoteAddr ?? '127.0.0.1').replace(/:\d+$/, '');
    const bytes = head ? 0 : utf8ByteLength(body);
    const h = req.headers;
    const text = `${ip} - - [${clfTime(ctx.nowMs)}] "${req.method} ${req.path} HTTP/1.1" ${status} ${bytes} "${h.Referer ?? h.referer ?? '-'}" ` +
      `"${h['User-Agent'] ?? h['user-agent'] ?? '-'}" "${h['X-Forwarded-For'] ?? h['x-forwarded-for'] ?? '-'}"`;
    return { status, headers, body: head ? '' : body, log: { fd: 1, text } };
  };
  const error = (status: number, extra: Record<string, string> = {}): HttpResponse => {
    const page = nginxErrorPage(status, image.version, modern);
    return respond(status, { ...base, 'Content-Type': 'text/html', 'Content-Length': String(utf8ByteLength(page)), ...extra, Connection: 'keep-alive' }, page);
  };
  const path = decodePath(req.path);
  if (path === undefined) return error(400);
  if (req.method !== 'GET' && req.method !== 'HEAD') return error(405);
  const root = documentRoot(ctx.fs);
  const target = `${root}${path === '/' ? '/' : path}`;
  if (!path.endsWith('/') && isDirectory(ctx.fs, target)) {
    const host = (req.headers.Host ?? req.headers.host ?? ctx.podIp).replace(/:\d+$/, '');
    return error(301, { Location: `http://${host}${ctx.port === 80 ? '' : `:${ctx.port}`}${path}/` });
  }
  const file = path.endsWith('/') ? INDEX.map((i) => `${target}${i}`).find((p) => readText(ctx.fs, p) !== undefined) : target;
  const content = file === undefined ? undefined : readText(ctx.fs, file);
  if (file === undefined || content === undefined) return error(path.endsWith('/') && isDirectory(ctx.fs, target) ? 403 : 404);
  const packaged = image.files[file] === content && image.filesMs > 0;
  const mtimeMs = packaged ? image.filesMs : ctx.startedMs;
  const bytes = utf8ByteLength(content);
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  return respond(200, {
    ...base, 'Content-Type': MIME[ext] ?? 'application/octet-stream', 'Content-Length': String(bytes), 'Last-Modified': httpDate(mtimeMs),
    Connection: 'keep-alive', ETag: etag(mtimeMs, bytes), 'Accept-Ranges': 'bytes',
  }, content);
}
