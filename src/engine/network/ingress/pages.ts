// What ingress-nginx's nginx answers by itself: its error pages (server_tokens off, so plain
// "nginx"; the MSIE/Chrome padding nginx appends for those browsers), the 308 to HTTPS, and the
// plain-HTTP-on-the-HTTPS-port 400.

import type { HttpRequest, HttpResponse } from '../../infra/images/http-types.ts';
import { httpDate } from '../../infra/images/time-format.ts';
import { utf8ByteLength } from '../../base/utf8.ts';

export const REASONS: Readonly<Record<number, string>> = {
  308: 'Permanent Redirect', 400: 'Bad Request', 404: 'Not Found', 502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable', 504: 'Gateway Time-out',
};

const PADDING = '<!-- a padding to disable MSIE and Chrome friendly error page -->\r\n'.repeat(6);

export function header(req: HttpRequest, name: string): string | undefined {
  const found = Object.keys(req.headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return found === undefined ? undefined : req.headers[found];
}

/** nginx's page for `status` (`extra` is the 400's explanation line). */
function errorPage(status: number, req: HttpRequest, extra?: string): string {
  const title = `${status} ${REASONS[status] ?? ''}`;
  const page = [
    '<html>', `<head><title>${extra ? `${status} ${extra}` : title}</title></head>`, '<body>', `<center><h1>${title}</h1></center>`,
    ...(extra ? [`<center>${extra}</center>`] : []), '<hr><center>nginx</center>', '</body>', '</html>', '',
  ].join('\r\n');
  const ua = header(req, 'User-Agent') ?? '';
  return /MSIE |Chrome\//.test(ua) ? page + PADDING : page;
}

export function errorResponse(status: number, req: HttpRequest, nowMs: number, extra?: string): HttpResponse {
  const body = errorPage(status, req, extra);
  return {
    status,
    headers: { Date: httpDate(nowMs), 'Content-Type': 'text/html', 'Content-Length': String(utf8ByteLength(body)), Connection: status === 400 ? 'close' : 'keep-alive' },
    body,
  };
}

export function redirectToHttps(req: HttpRequest, host: string, nowMs: number): HttpResponse {
  const page = errorResponse(308, req, nowMs);
  return { ...page, headers: { ...page.headers, Location: `https://${host}${req.path}` } };
}

export const PLAIN_HTTP_TO_HTTPS = 'The plain HTTP request was sent to HTTPS port';
