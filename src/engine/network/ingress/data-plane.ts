// ingress-nginx's data plane: a request reaching a controller pod on 80/443 is routed by host and
// path to a ready endpoint of the backend Service (the controller balances over endpoints itself,
// bypassing the ClusterIP), proxied from the controller pod's own address, and logged in the
// controller's access-log format (log-format-upstream). Mirrors rootfs/etc/nginx/template/nginx.tmpl.

import type { IngressBackend } from 'kubernetes-types/networking/v1';
import type { KubeObject } from '../../api/types.ts';
import type { SeededRandom } from '../../base/rand.ts';
import { utf8ByteLength } from '../../base/utf8.ts';
import type { HttpRequest, HttpResponse } from '../../infra/images/http-types.ts';
import { clfTime, httpDate } from '../../infra/images/time-format.ts';
import type { HttpResult } from '../../infra/net.ts';
import { readyBackends, servicePorts, type Backend } from '../kube-proxy.ts';
import { errorResponse, header, PLAIN_HTTP_TO_HTTPS, redirectToHttps } from './pages.ts';
import { matchRequest, servedIngresses } from './routing.ts';

export interface DataPlaneDeps {
  ingresses(): readonly KubeObject[];
  classes(): readonly KubeObject[];
  services(): readonly KubeObject[];
  slices(): readonly KubeObject[];
  /** One HTTP exchange from the controller pod's network stack. */
  forward(controller: KubeObject, ip: string, port: number, req: HttpRequest): HttpResult;
  /** Appends a line to the controller container's stdout. */
  log(controller: KubeObject, line: string): void;
  readonly rand: SeededRandom;
  nowMs(): number;
}

const DEFAULT_UPSTREAM = 'upstream-default-backend';
const DEFAULT_BACKEND_ADDR = '127.0.0.1:8181';
const HSTS = 'max-age=31536000; includeSubDomains';

/** What the upstream exchange gave, for the access log. */
interface Upstream {
  readonly name: string;
  readonly addr: string;
  readonly status: string;
  readonly length: string;
}

export class IngressDataPlane {
  constructor(private readonly deps: DataPlaneDeps) {}

  /** The controller's answer on `port` (80 or 443) to `req`; `tls` when the client speaks TLS. */
  serve(controller: KubeObject, port: number, req: HttpRequest, tls: boolean): HttpResponse {
    const startMs = this.deps.nowMs();
    const requestId = this.deps.rand.hex(32);
    const { response, upstream } = this.answer(controller, port, req, tls, requestId);
    const seconds = upstream.addr === '-' || upstream.addr === DEFAULT_BACKEND_ADDR ? 0 : (1 + this.deps.rand.int(4)) / 1000;
    this.deps.log(controller, accessLine(req, response, upstream, startMs, seconds, requestId));
    return response;
  }

  private answer(controller: KubeObject, port: number, req: HttpRequest, tls: boolean, requestId: string): { response: HttpResponse; upstream: Upstream } {
    const now = this.deps.nowMs();
    const none: Upstream = { name: '', addr: '-', status: '-', length: '-' };
    if (port === 443 && !tls) return { response: errorResponse(400, req, now, PLAIN_HTTP_TO_HTTPS), upstream: none };
    const host = (header(req, 'Host') ?? '').replace(/:\d+$/, '').toLowerCase();
    const served = servedIngresses(this.deps.ingresses(), this.deps.classes());
    const match = matchRequest(served, host, req.path);
    if (match.tlsHost && !tls && match.sslRedirect) return { response: redirectToHttps(req, host, now), upstream: none };
    const hsts = (r: HttpResponse): HttpResponse => (tls && match.tlsHost ? { ...r, headers: { ...r.headers, 'Strict-Transport-Security': HSTS } } : r);
    const service = match.backend?.service;
    if (!match.ingress || !service) {
      const page = errorResponse(404, req, now);
      const length = String(utf8ByteLength(page.body));
      return { response: hsts(page), upstream: { name: DEFAULT_UPSTREAM, addr: DEFAULT_BACKEND_ADDR, status: '404', length } };
    }
    const namespace = match.ingress.metadata.namespace!;
    const name = `${namespace}-${service.name}-${service.port?.number ?? service.port?.name ?? ''}`;
    const backend = this.pickEndpoint(namespace, match.backend!);
    if (!backend) return { response: hsts(errorResponse(503, req, now)), upstream: { ...none, name } };
    const proxied = proxyRequest(req, match.uri, host, port, tls, requestId);
    const result = this.deps.forward(controller, backend.ip, backend.port, proxied);
    const addr = `${backend.ip}:${backend.port}`;
    if (result.kind !== 'response') {
      const status = result.kind === 'timeout' ? 504 : 502;
      return { response: hsts(errorResponse(status, req, now)), upstream: { name, addr, status: String(status), length: '0' } };
    }
    const r = result.response;
    const length = String(utf8ByteLength(r.body));
    const headers: Record<string, string> = { Date: r.headers.Date ?? httpDate(now), 'Content-Type': r.headers['Content-Type'] ?? 'text/plain', 'Content-Length': length, Connection: 'keep-alive' };
    for (const [k, v] of Object.entries(r.headers)) {
      if (!['date', 'server', 'content-type', 'content-length', 'connection'].includes(k.toLowerCase())) headers[k] = v;
    }
    return { response: hsts({ status: r.status, headers, body: r.body }), upstream: { name, addr, status: String(r.status), length } };
  }

  /** The balancer's pick among the Service port's ready endpoints (the EndpointSlices'). */
  private pickEndpoint(namespace: string, backend: IngressBackend): Backend | undefined {
    const ref = backend.service!;
    const svc = this.deps.services().find((s) => s.metadata.namespace === namespace && s.metadata.name === ref.name);
    if (!svc) return undefined;
    const sp = servicePorts(svc).find((p) => (ref.port?.number !== undefined ? p.port === ref.port.number : p.name === ref.port?.name));
    if (!sp) return undefined;
    const ready = readyBackends(svc, sp, this.deps.slices());
    return ready.length === 0 ? undefined : ready[this.deps.rand.int(ready.length)];
  }

}

/** The request nginx sends upstream: the rewritten URI and the proxy_set_header lines of nginx.tmpl. */
function proxyRequest(req: HttpRequest, uri: string, host: string, port: number, tls: boolean, requestId: string): HttpRequest {
  const client = (req.remoteAddr ?? '').replace(/:\d+$/, '');
  const passed = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'connection'].includes(k.toLowerCase())));
  const scheme = tls ? 'https' : 'http';
  return {
    method: req.method,
    path: uri,
    headers: {
      Host: header(req, 'Host') ?? host, 'X-Request-ID': requestId, 'X-Real-IP': client, 'X-Forwarded-For': client,
      'X-Forwarded-Host': host, 'X-Forwarded-Port': String(port), 'X-Forwarded-Proto': scheme, 'X-Forwarded-Scheme': scheme,
      'X-Scheme': scheme, ...passed,
    },
    ...(req.body !== undefined ? { body: req.body } : {}),
  };
}

/** log-format-upstream: `$remote_addr - $remote_user [$time_local] "$request" $status … $req_id`. */
function accessLine(req: HttpRequest, res: HttpResponse, up: Upstream, startMs: number, seconds: number, requestId: string): string {
  const client = (req.remoteAddr ?? '-').replace(/:\d+$/, '');
  const requestLine = `${req.method} ${req.path} HTTP/1.1`;
  const requestLength = requestLine.length + 2 + Object.entries(req.headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0) + 2;
  const t = seconds.toFixed(3);
  const upstreamTime = up.addr === '-' ? '-' : t;
  return `${client} - - [${clfTime(startMs)}] "${requestLine}" ${res.status} ${utf8ByteLength(res.body)} "${header(req, 'Referer') ?? '-'}" ` +
    `"${header(req, 'User-Agent') ?? '-'}" ${requestLength} ${t} [${up.name}] [] ${up.addr} ${up.length} ${upstreamTime} ${up.status} ${requestId}`;
}
