// URLs as the address bar takes them: a scheme (http by default), a host, a port (80 or 443 by
// default), a path. No `URL` global here: the host code also runs under the engine's ES2022 lib.

export interface ParsedUrl {
  readonly scheme: 'http' | 'https';
  readonly host: string;
  readonly port: number;
  /** Path and query, `/` at least. */
  readonly path: string;
}

const URL_SHAPE = /^(?:(https?):\/\/)?([^/:?#\s]+)(?::(\d{1,5}))?([^#\s]*)(?:#.*)?$/i;

export function parseUrl(text: string): ParsedUrl | undefined {
  const m = URL_SHAPE.exec(text.trim());
  if (!m) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase() as 'http' | 'https';
  const port = m[3] !== undefined ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  if (port < 1 || port > 65_535) return undefined;
  const rest = m[4] ?? '';
  return { scheme, host: m[2]!.toLowerCase(), port, path: rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}` };
}

export function formatUrl(u: ParsedUrl): string {
  const defaultPort = u.scheme === 'https' ? 443 : 80;
  return `${u.scheme}://${u.host}${u.port === defaultPort ? '' : `:${u.port}`}${u.path}`;
}
