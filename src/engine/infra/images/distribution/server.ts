// The registry's HTTP API as `curl localhost:5000/v2/…` sees it: the version check, `_catalog`,
// tags lists, manifests and blobs, the registry's JSON errors, and its combined access log line.
// Mirrors distribution v2.8's registry/handlers (catalog.go, tags.go, manifests.go, errcode).

import { utf8ByteLength } from '../../../base/utf8.ts';
import type { HttpContext, HttpRequest, HttpResponse } from '../http-types.ts';
import { clfTime, httpDate } from '../time-format.ts';
import { blob, manifestDigest, repositories, tagsOf, type RegistryFiles } from './storage.ts';

export const MANIFEST_MEDIA_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';
const JSON_TYPE = 'application/json; charset=utf-8';

const ROUTE = /^\/v2\/(.+)\/(tags\/list|manifests\/[^/]+|blobs\/sha256:[0-9a-f]{64})$/;

/** The registry's answer to `req`, with the access log line it writes on stdout. */
export function serveRegistry(req: HttpRequest, ctx: HttpContext): HttpResponse {
  const answer = route(req, ctx.fs as RegistryFiles);
  const res: HttpResponse = {
    status: answer.status,
    headers: {
      'Content-Type': answer.type ?? JSON_TYPE, 'Docker-Distribution-Api-Version': 'registry/2.0', ...answer.headers,
      'X-Content-Type-Options': 'nosniff', Date: httpDate(ctx.nowMs), 'Content-Length': String(utf8ByteLength(answer.body)),
    },
    body: req.method === 'HEAD' ? '' : answer.body,
  };
  const client = (req.remoteAddr ?? '127.0.0.1:0').replace(/:\d+$/, '');
  const agent = Object.entries(req.headers).find(([k]) => k.toLowerCase() === 'user-agent')?.[1] ?? '';
  const text = `${client} - - [${clfTime(ctx.nowMs)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${utf8ByteLength(res.body)} "" "${agent}"`;
  return { ...res, log: { fd: 1, text } };
}

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly type?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

function route(req: HttpRequest, fs: RegistryFiles): Answer {
  const path = req.path.replace(/\?.*$/, '');
  if (path === '/v2' || path === '/v2/') return { status: 200, body: '{}' };
  if (path === '/v2/_catalog') return { status: 200, body: `${JSON.stringify({ repositories: repositories(fs) })}\n` };
  const m = ROUTE.exec(path);
  if (!m) return { status: 404, body: '404 page not found\n', type: 'text/plain; charset=utf-8' };
  const [, repo, what] = m as unknown as [string, string, string];
  const tags = tagsOf(fs, repo);
  if (!tags) return registryError(404, 'NAME_UNKNOWN', 'repository name not known to registry', { name: repo });
  if (what === 'tags/list') return { status: 200, body: `${JSON.stringify({ name: repo, tags })}\n` };
  if (what.startsWith('blobs/')) {
    const data = blob(fs, what.slice(6));
    return data === undefined ? registryError(404, 'BLOB_UNKNOWN', 'blob unknown to registry', what.slice(6)) : { status: 200, body: data, type: 'application/octet-stream' };
  }
  const reference = what.slice('manifests/'.length);
  const digest = manifestDigest(fs, repo, reference);
  const manifest = digest === undefined ? undefined : blob(fs, digest);
  if (digest === undefined || manifest === undefined) {
    return registryError(404, 'MANIFEST_UNKNOWN', 'manifest unknown', reference.startsWith('sha256:') ? reference : { Tag: reference });
  }
  return { status: 200, body: manifest, type: MANIFEST_MEDIA_TYPE, headers: { 'Docker-Content-Digest': digest, Etag: `"${digest}"` } };
}

function registryError(status: number, code: string, message: string, detail: unknown): Answer {
  return { status, body: `${JSON.stringify({ errors: [{ code, message, detail }] })}\n` };
}
