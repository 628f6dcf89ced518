// `kubectl cluster-info` (pkg/cmd/clusterinfo/clusterinfo.go): the control plane address and the
// proxy URL of every service labelled kubernetes.io/cluster-service=true in kube-system (CoreDNS on
// a kubeadm cluster), in the ANSI colours kubectl always writes.
// Deviation from upstream: `cluster-info dump` is not simulated; it is listed in the help only.

import { resourceByName, type KubeObject } from '../../../../engine/index.ts';
import type { KubectlCommand, KubectlContext } from '../../command.ts';
import { flagString, type ParsedArgs } from '../../flags.ts';
import { renderHelp } from '../../util/help.ts';
import { CLUSTER_INFO_DUMP_HELP, CLUSTER_INFO_HELP } from './help.ts';

export const CLUSTER_SERVICE_SELECTOR = 'kubernetes.io/cluster-service=true';
export const DUMP_HINT = "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n";

const GREEN = '\x1b[0;32m';
const YELLOW = '\x1b[0;33m';
const RESET = '\x1b[0m';
const SERVICES = resourceByName('', 'services')!;

interface ServicePort { name?: string; port?: number }
interface ServiceShape {
  spec?: { ports?: ServicePort[] };
  status?: { loadBalancer?: { ingress?: Array<{ ip?: string; hostname?: string }> } };
}

export function serviceLine(name: string, link: string): string {
  return `${GREEN}${name}${RESET} is running at ${YELLOW}${link}${RESET}\n`;
}

/** The address kubectl shows for a cluster service: its load balancer, else the API server proxy. */
export function serviceLink(server: string, svc: KubeObject): string {
  const { spec, status } = svc as KubeObject & ServiceShape;
  const ports = spec?.ports ?? [];
  const ingress = status?.loadBalancer?.ingress?.[0];
  if (ingress) return ports.map((p) => `http://${ingress.ip || ingress.hostname || ''}:${p.port ?? 0} `).join('');
  const name = svc.metadata.name ?? '';
  const first = ports[0];
  // kubectl guesses https from the first port's name or number.
  const target = first ? joinSchemeNamePort(first.name === 'https' || first.port === 443 ? 'https' : '', name, first.name ?? '') : name;
  return `${server}/api/v1/namespaces/${svc.metadata.namespace ?? ''}/services/${target}/proxy`;
}

/** utilnet.JoinSchemeNamePort: `scheme:name:port`, `name:port` or `name`. */
function joinSchemeNamePort(scheme: string, name: string, port: string): string {
  if (scheme !== '') return `${scheme}:${name}:${port}`;
  return port !== '' ? `${name}:${port}` : name;
}

function runClusterInfo(ctx: KubectlContext, parsed: ParsedArgs): number {
  const namespace = flagString(parsed, 'namespace') || 'kube-system';
  const server = ctx.cluster.info.server;
  let services: KubeObject[];
  try {
    services = ctx.client.server.list(SERVICES, namespace, { labelSelector: CLUSTER_SERVICE_SELECTOR }).items;
  } catch (err) {
    // kubectl writes the hint even when listing the services failed.
    ctx.io.stdout.write(DUMP_HINT);
    throw err;
  }
  let out = serviceLine('Kubernetes control plane', server);
  for (const svc of services) out += serviceLine(svc.metadata.labels?.['kubernetes.io/name'] || (svc.metadata.name ?? ''), serviceLink(server, svc));
  ctx.io.stdout.write(`${out}${DUMP_HINT}`);
  return 0;
}

const DUMP_ENTRY = { name: 'dump', short: CLUSTER_INFO_DUMP_HELP.short };

export const CLUSTER_INFO_COMMAND: KubectlCommand = {
  name: 'cluster-info',
  short: CLUSTER_INFO_HELP.short,
  help: renderHelp('kubectl cluster-info', CLUSTER_INFO_HELP, [DUMP_ENTRY]),
  flags: CLUSTER_INFO_HELP.flags,
  run: runClusterInfo,
};
