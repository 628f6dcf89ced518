// ingress-nginx's programs: the controller's start (its version banner, then the klog lines it writes
// before leader election) and kube-webhook-certgen's `create`/`patch` runs (logrus JSON lines, then exit).
// What the controller logs once it leads (status updates, syncs, access log) comes from the engine's
// ingress component (src/engine/network/ingress/), which sees the cluster.

import type { ExternalProgram, ProcSys } from '../../process.ts';
import type { HttpContext, HttpRequest, HttpResponse } from '../http-types.ts';
import { httpDate, isoMillis, klogTime } from '../time-format.ts';
import type { CatalogueImage } from '../types.ts';
import { runSteps, stepOf, type Step } from './staged.ts';
import { envOf, flagValue, writeLines, type ProgramFactory } from './support.ts';

/** The controller release's build commit and nginx version, as its banner prints them. */
const BUILD = {
  '1.11.3': { commit: '0106de65cfccb74405a6dfa7d9daffc6f0a6ef1a', nginx: 'nginx/1.25.5' },
} as const;
/** The course cluster's API server version, as the controller's discovery call reports it. */
const SERVER = { git: 'v1.31.4', commit: 'a78aa47129b8539636eb86a9d00e31b2720fe06b' };
/** The controller's PID inside its container (dumb-init is 1). */
const PID = 7;

export function ingressNginxBanner(image: CatalogueImage): string {
  const build = BUILD[image.version as keyof typeof BUILD] ?? BUILD['1.11.3'];
  return [
    '-------------------------------------------------------------------------------',
    'NGINX Ingress controller',
    `  Release:       v${image.version}`,
    `  Build:         ${build.commit}`,
    '  Repository:    https://github.com/kubernetes/ingress-nginx',
    `  nginx version: ${build.nginx}`,
    '',
    '-------------------------------------------------------------------------------',
    '',
  ].join('\n');
}

/** One klog line as the controller (PID 7) writes it: `I1102 10:00:01.123456       7 main.go:205] …`. */
export function controllerKlog(nowMs: number, source: string, text: string, severity: 'I' | 'W' = 'I'): string {
  return `${severity}${klogTime(nowMs)}       ${PID} ${source}] ${text}`;
}

function controllerSteps(args: readonly string[], image: CatalogueImage): Step[] {
  const cert = flagValue(args, 'validating-webhook-certificate');
  const key = flagValue(args, 'validating-webhook-key');
  const webhook = flagValue(args, 'validating-webhook');
  const election = flagValue(args, 'election-id') ?? 'ingress-controller-leader';
  return [
    {
      delayMs: 0,
      run: (sys) => {
        sys.write(1, `${ingressNginxBanner(image)}\n`);
        const env = envOf(sys, image);
        const host = `https://${env.get('KUBERNETES_SERVICE_HOST') ?? '10.96.0.1'}:${env.get('KUBERNETES_SERVICE_PORT') ?? '443'}`;
        const at = (offsetMs: number, source: string, text: string, severity: 'I' | 'W' = 'I'): string =>
          controllerKlog(sys.nowMs() + offsetMs, source, text, severity);
        writeLines(sys, 2, [
          at(0, 'client_config.go:659', 'Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work.', 'W'),
          at(1, 'main.go:205', `"Creating API client" host="${host}"`),
          at(7, 'main.go:248', `"Running in Kubernetes cluster" major="1" minor="31" git="${SERVER.git}" state="clean" commit="${SERVER.commit}" platform="linux/amd64"`),
          at(94, 'main.go:101', '"SSL fake certificate created" file="/etc/ingress-controller/ssl/default-fake-certificate.pem"'),
          ...(cert && key ? [at(111, 'ssl.go:535', `"loading tls certificate" path="${cert}" key="${key}"`)] : []),
          at(117, 'nginx.go:271', '"Starting NGINX Ingress controller"'),
        ]);
      },
    },
    {
      delayMs: 1_202,
      run: (sys) => {
        const namespace = envOf(sys, image).get('POD_NAMESPACE') ?? 'default';
        writeLines(sys, 2, [
          controllerKlog(sys.nowMs(), 'nginx.go:317', '"Starting NGINX process"'),
          controllerKlog(sys.nowMs() + 1, 'leaderelection.go:254', `attempting to acquire leader lease ${namespace}/${election}...`),
          ...(webhook ? [controllerKlog(sys.nowMs() + 1, 'nginx.go:337', `"Starting validation webhook" address="${webhook}" certPath="${cert ?? ''}" keyPath="${key ?? ''}"`)] : []),
          controllerKlog(sys.nowMs() + 2, 'controller.go:193', '"Configuration changes detected, backend reload required"'),
        ]);
      },
    },
  ];
}

export const ingressNginxProgram: ProgramFactory = (image: CatalogueImage, name: string): ExternalProgram => ({
  start(args, sys) {
    if (name === 'wait-shutdown' || name === 'dbg') return { status: { state: 'exited', code: 0 } };
    if (args.includes('--version')) {
      sys.write(1, ingressNginxBanner(image));
      return { status: { state: 'exited', code: 0 } };
    }
    return runSteps(controllerSteps(args, image), 0, sys, { state: 'blocked' });
  },
  resume(args, memo, sys) {
    return runSteps(controllerSteps(args, image), stepOf(memo), sys, { state: 'blocked' });
  },
  signal: () => ({ exitAfterMs: 1_000, code: 0 }),
});

/** logrus' JSON formatter: keys sorted, time in RFC 3339 seconds. */
function logrus(sys: ProcSys, msg: string): string {
  return JSON.stringify({ level: 'info', msg, time: `${isoMillis(sys.nowMs()).slice(0, 19)}Z` });
}

function certgenSteps(args: readonly string[]): Step[] {
  const log = (lines: (sys: ProcSys) => string[]): Step => ({ delayMs: 0, run: (sys) => writeLines(sys, 2, lines(sys)) });
  if (args[0] === 'create') {
    return [{ delayMs: 0, run: () => undefined }, { ...log((sys) => [logrus(sys, 'creating new secret')]), delayMs: 412 }];
  }
  const webhook = flagValue(args, 'webhook-name') ?? '';
  const mutating = flagValue(args, 'patch-mutating') ?? 'true';
  const validating = flagValue(args, 'patch-validating') ?? 'true';
  const policy = flagValue(args, 'patch-failure-policy') ?? '';
  return [
    { delayMs: 0, run: () => undefined },
    {
      ...log((sys) => [
        logrus(sys, `patching webhook configurations '${webhook}' mutating=${mutating}, validating=${validating}, failurePolicy=${policy}`),
        logrus(sys, 'Patched hook(s)'),
      ]),
      delayMs: 386,
    },
  ];
}

export const kubeWebhookCertgenProgram: ProgramFactory = (): ExternalProgram => ({
  start(args, sys) {
    if (args[0] !== 'create' && args[0] !== 'patch') return { status: { state: 'exited', code: 1 } };
    return runSteps(certgenSteps(args), 0, sys, { state: 'exited', code: 0 });
  },
  resume(args, memo, sys) {
    return runSteps(certgenSteps(args), stepOf(memo), sys, { state: 'exited', code: 0 });
  },
});

/** The controller's ports: nginx's 80/443, the validating webhook, the health and status server. */
export const INGRESS_NGINX_PORTS: readonly number[] = [80, 443, 8443, 10254];

/** The health endpoint the probes call (`/healthz` on 10254); the data plane answers 80/443 in the engine. */
export function serveIngressNginxHealth(req: HttpRequest, ctx: HttpContext): HttpResponse {
  const ok = ctx.port === 10254 && req.path.split('?')[0] === '/healthz';
  const body = ok ? 'ok' : '404 page not found\n';
  return {
    status: ok ? 200 : 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', Date: httpDate(ctx.nowMs), 'Content-Length': String(body.length) },
    body,
  };
}
