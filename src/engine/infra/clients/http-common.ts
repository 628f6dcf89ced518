// What the HTTP clients share: URL parsing (`[scheme://]host[:port][/path]`), name resolution through
// the machine's getaddrinfo, status reason phrases, and header lookup by any case.

import { resolveHost, type Resolution } from '../resolver.ts';
import type { HttpResponse } from '../images/http-types.ts';
import type { ClientEnv } from './types.ts';

export interface ParsedUrl {
  readonly scheme: 'http' | 'https';
  /** The host as written, without the port. */
  readonly host: string;
  readonly port: number;
  /** `host` or `host:port` as written (the Host header, wget's "Connecting to"). */
  readonly authority: string;
  /** The request target: `/`, `/frontend?x=1`. */
  readonly path: string;
}

/** Parses a URL; a missing scheme means http. An error for another scheme or a bad port. */
export function parseUrl(raw: string): ParsedUrl | { readonly error: 'scheme' | 'port'; readonly scheme?: string } {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(raw);
  const scheme = m ? m[1]!.toLowerCase() : 'http';
  if (scheme !== 'http' && scheme !== 'https') return { error: 'scheme', scheme };
  const rest = m ? raw.slice(m[0].length) : raw;
  const cut = rest.search(/[/?#]/);
  const authority = (cut < 0 ? rest : rest.slice(0, cut)).replace(/^.*@/, '');
  const tail = cut < 0 ? '' : rest.slice(cut).replace(/#.*$/, '');
  const colon = authority.lastIndexOf(':');
  const host = colon < 0 ? authority : authority.slice(0, colon);
  const portText = colon < 0 ? '' : authority.slice(colon + 1);
  if (portText !== '' && !/^\d{1,5}$/.test(portText)) return { error: 'port' };
  const port = portText === '' ? (scheme === 'https' ? 443 : 80) : Number(portText);
  if (port > 65_535) return { error: 'port' };
  const path = tail === '' ? '/' : tail.startsWith('/') ? tail : `/${tail}`;
  return { scheme, host, port, authority, path };
}

/** getaddrinfo for `host` on this machine. */
export function lookupHost(env: ClientEnv, host: string): Resolution {
  return resolveHost(env.net, { readFile: (path) => env.readText(path) }, host, env.libc);
}

export const REASON: Readonly<Record<number, string>> = {
  100: 'Continue', 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 206: 'Partial Content',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 408: 'Request Timeout',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** The status line as the server sends it (nginx says `405 Not Allowed`). */
export function statusLine(res: HttpResponse): string {
  const nginx = (headerOf(res, 'Server') ?? '').startsWith('nginx');
  const reason = res.status === 405 && nginx ? 'Not Allowed' : REASON[res.status] ?? '';
  return `HTTP/1.1 ${res.status} ${reason}`.trimEnd();
}

export function headerOf(res: HttpResponse, name: string): string | undefined {
  const key = Object.keys(res.headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : res.headers[key];
}
