// `kubectl get --raw PATH`: the API server's answer to a GET, printed as it comes — the health
// endpoints (`ok`, or each check with `?verbose`), `/version`, and the REST paths of the API
// (`/api/v1/namespaces/default/pods`, `/apis/apps/v1/deployments`) as compact JSON.

import { groupVersions, resolveResource, StatusError, type ResourceInfo } from '../../../../engine/index.ts';
import type { KubectlContext } from '../../command.ts';
import { versionInfo } from '../version/version.ts';

const LIVEZ_CHECKS = [
  'ping', 'log', 'etcd', 'poststarthook/start-apiserver-admission-initializer', 'poststarthook/generic-apiserver-start-informers',
  'poststarthook/priority-and-fairness-config-consumer', 'poststarthook/priority-and-fairness-filter', 'poststarthook/storage-object-count-tracker-hook',
  'poststarthook/start-apiextensions-informers', 'poststarthook/start-apiextensions-controllers', 'poststarthook/crd-informer-synced',
  'poststarthook/start-system-namespaces-controller', 'poststarthook/start-cluster-authentication-info-controller',
  'poststarthook/start-kube-apiserver-identity-lease-controller', 'poststarthook/start-kube-apiserver-identity-lease-garbage-collector',
  'poststarthook/start-legacy-token-tracking-controller', 'poststarthook/start-service-ip-repair-controllers', 'poststarthook/rbac/bootstrap-roles',
  'poststarthook/scheduling/bootstrap-system-priority-classes', 'poststarthook/priority-and-fairness-config-producer', 'poststarthook/bootstrap-controller',
  'poststarthook/aggregator-reload-proxy-client-cert', 'poststarthook/start-kube-aggregator-informers', 'poststarthook/apiservice-status-local-available-controller',
  'poststarthook/apiservice-status-remote-available-controller', 'poststarthook/apiservice-registration-controller', 'poststarthook/apiservice-discovery-controller',
  'poststarthook/kube-apiserver-autoregistration', 'autoregister-completion', 'poststarthook/apiservice-openapi-controller', 'poststarthook/apiservice-openapiv3-controller',
];
const READYZ_CHECKS = [...LIVEZ_CHECKS.slice(0, 3), 'etcd-readiness', 'informer-sync', ...LIVEZ_CHECKS.slice(3), 'shutdown'];
const NOT_FOUND = 'the server could not find the requested resource';

/** The body the API server sends for GET `path`; throws the error kubectl prints. */
export function rawGet(ctx: KubectlContext, path: string): string {
  const [route = '', query = ''] = path.split('?');
  const health = /^\/(healthz|livez|readyz)$/.exec(route);
  if (health) {
    if (!/(^|&)verbose/.test(query)) return 'ok';
    const checks = health[1] === 'readyz' ? READYZ_CHECKS : LIVEZ_CHECKS;
    return `${checks.map((c) => `[+]${c} ok`).join('\n')}\n${health[1] === 'healthz' ? 'healthz' : health[1]} check passed\n`;
  }
  if (route === '/version') return `${JSON.stringify(versionInfo(ctx.cluster.machines.serverVersion() ?? ctx.cluster.info.kubernetesVersion), null, 2)}`;
  const rest = restPath(route);
  if (!rest) throw new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: NOT_FOUND, reason: 'NotFound', code: 404 });
  const server = ctx.client.server;
  const body = rest.name === undefined ? server.list(rest.info, rest.namespace) : server.get(rest.info, rest.namespace, rest.name);
  return JSON.stringify(body);
}

function restPath(route: string): { info: ResourceInfo; namespace?: string; name?: string } | undefined {
  const parts = route.split('/').filter((p) => p !== '');
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 3) [group, version, rest] = ['', parts[1]!, parts.slice(2)];
  else if (parts[0] === 'apis' && parts.length >= 4) [group, version, rest] = [parts[1]!, parts[2]!, parts.slice(3)];
  else return undefined;
  if (!groupVersions().some((gv) => gv === (group === '' ? version : `${group}/${version}`))) return undefined;
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const info = resolveResource(group === '' ? rest[0]! : `${rest[0]!}.${group}`);
  if (!info || info.version !== version || rest.length > 2 || (namespace !== undefined && !info.namespaced)) return undefined;
  return { info, ...(namespace !== undefined ? { namespace } : {}), ...(rest[1] !== undefined ? { name: rest[1] } : {}) };
}
