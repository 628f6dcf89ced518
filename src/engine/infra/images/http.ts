// Which simulated server a container runs and what it answers: `serverFor` finds the program PID 1
// ends up as (after the image's exec-through entrypoints), `listeningPorts` the ports it opens (TCP
// probes, Services) and `serveHttp` its answer to a request. The kubelet asks these for probes and proxies.

import { mainProgram } from './argv.ts';
import { nginxPorts, serveNginx } from './http-nginx.ts';
import { serveDaemon, serveHttpd, servePython } from './http-servers.ts';
import { serveAgnhost, serveEchoserver, serveHttpEcho, serveLiveness } from './http-test-servers.ts';
import type { HttpContext, HttpRequest, HttpResponse, Server } from './http-types.ts';
import { agnhostPorts } from './programs/agnhost.ts';
import { httpEchoPort } from './programs/http-echo.ts';
import { INGRESS_NGINX_PORTS, serveIngressNginxHealth } from './programs/ingress-nginx.ts';
import { daemonPorts } from './programs/kube-daemon.ts';
import { metallbPorts, serveMetallb } from './programs/metallb.ts';
import { mongoPort } from './programs/mongod.ts';
import { httpServerPort } from './programs/python.ts';
import { flagValue } from './programs/support.ts';
import { REGISTRY_PORT } from './distribution/program.ts';
import { serveRegistry } from './distribution/server.ts';
import type { CatalogueImage, FileReader } from './types.ts';

export type { HttpContext, HttpRequest, HttpResponse, Server } from './http-types.ts';

/** The server `argv` (the container's resolved command line) runs in `image`, if it is a simulated one. */
export function serverFor(image: CatalogueImage, argv: readonly string[]): Server | undefined {
  const main = mainProgram(image, argv);
  return main ? { ...main, image } : undefined;
}

/**
 * The TCP ports the server listens on; nginx reads its `listen` directives from `fs`. Deviation from
 * upstream: they count as open from the start (MySQL and PostgreSQL open theirs once initialised).
 */
export function listeningPorts(server: Server, fs?: FileReader): number[] {
  const { args } = server;
  switch (server.id) {
    case 'nginx':
    case 'nginx-entrypoint': return nginxPorts(fs);
    case 'echoserver': return server.image.version === '1.4' ? [8080] : [8080, 8443];
    case 'redis-server': return [Number(flagValue(args, 'port') ?? 6379)];
    case 'mysql-entrypoint': return server.name === 'mysqld' ? [] : [3306, 33060];
    case 'postgres-entrypoint': return server.name === 'postgres' ? [] : [5432];
    case 'mongod': return [mongoPort(args)];
    case 'httpd-foreground': return [80];
    case 'http-echo': return flagValue(args, 'text') === undefined ? [] : [httpEchoPort(args)];
    case 'liveness': return [8080];
    case 'agnhost': return agnhostPorts(args);
    case 'python': return [httpServerPort(args)].filter((p): p is number => p !== undefined);
    case 'kube-daemon': return daemonPorts(server.name, args);
    case 'calico': return server.name === 'kube-controllers' ? [] : [9099];
    case 'ingress-nginx': return server.name === 'nginx-ingress-controller' ? [...INGRESS_NGINX_PORTS] : [];
    case 'metallb': return metallbPorts(server.name);
    case 'registry': return [REGISTRY_PORT];
    default: return [];
  }
}

/**
 * The server's answer to an HTTP request, or undefined when the port speaks another protocol
 * (Redis, MySQL, PostgreSQL, MongoDB): the client then sees a malformed HTTP response.
 */
export function serveHttp(server: Server, req: HttpRequest, ctx: HttpContext): HttpResponse | undefined {
  switch (server.id) {
    case 'nginx':
    case 'nginx-entrypoint': return serveNginx(server, req, ctx);
    case 'echoserver': return serveEchoserver(server, req, ctx);
    case 'http-echo': return serveHttpEcho(server, req, ctx);
    case 'liveness': return serveLiveness(req, ctx);
    case 'agnhost': return serveAgnhost(server, req, ctx);
    case 'httpd-foreground': return serveHttpd(server, req, ctx);
    case 'python': return servePython(server, req, ctx);
    case 'kube-daemon':
    case 'calico': return serveDaemon(server, req, ctx);
    case 'ingress-nginx': return serveIngressNginxHealth(req, ctx);
    case 'metallb': return serveMetallb(req, ctx);
    case 'registry': return serveRegistry(req, ctx);
    default: return undefined;
  }
}
