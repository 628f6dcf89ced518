// The API server's ValidatingAdmissionWebhook plugin: every ValidatingWebhookConfiguration whose rules
// match a request is called through its Service, the way kube-apiserver dials it (the ClusterIP, from the
// control-plane node, through kube-proxy), and the pod that answers judges it. A refusal is a 400; a call
// that fails is an InternalError unless the webhook's failurePolicy is Ignore.
// Mirrors k8s.io/apiserver/pkg/admission/plugin/webhook/validating (dispatcher.go, errors).

import { badRequest, internalError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { splitApiVersion } from '../../api/types.ts';
import type { AdmissionAttributes } from '../../apiserver/server.ts';
import type { Network } from '../network.ts';

/** What a webhook server answers: undefined when `pod` serves no such path (a 404). */
export type WebhookServer = (pod: KubeObject, port: number, path: string, attrs: AdmissionAttributes) => { allowed: true } | { allowed: false; message: string } | undefined;

interface Rule {
  apiGroups?: string[];
  apiVersions?: string[];
  operations?: string[];
  resources?: string[];
}

interface Webhook {
  name: string;
  failurePolicy?: string;
  rules?: Rule[];
  clientConfig?: { service?: { name: string; namespace: string; path?: string; port?: number } };
}

export interface DispatcherDeps {
  list(group: string, resource: string): KubeObject[];
  get(group: string, resource: string, namespace: string, name: string): KubeObject | undefined;
  readonly network: Network;
  /** The node kube-apiserver runs on. */
  apiServerNode(): string | undefined;
  readonly servers: readonly WebhookServer[];
}

const has = (list: readonly string[] | undefined, value: string): boolean => !!list && (list.includes('*') || list.includes(value));

function matches(rule: Rule, attrs: AdmissionAttributes): boolean {
  const version = splitApiVersion(attrs.object.apiVersion).version;
  return has(rule.operations, attrs.operation) && has(rule.apiGroups, attrs.info.group) && has(rule.apiVersions, version) && has(rule.resources, attrs.info.resource);
}

/** Calls the matching webhooks in configuration-name order; throws the first refusal or failure. */
export function dispatchValidating(deps: DispatcherDeps, attrs: AdmissionAttributes): void {
  const configs = deps.list('admissionregistration.k8s.io', 'validatingwebhookconfigurations')
    .sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
  for (const config of configs) {
    for (const hook of ((config as { webhooks?: Webhook[] }).webhooks ?? [])) {
      if (!(hook.rules ?? []).some((r) => matches(r, attrs))) continue;
      const failure = call(deps, hook, attrs);
      if (failure === undefined) continue;
      if ('denied' in failure) throw badRequest(`admission webhook "${hook.name}" denied the request: ${failure.denied}`);
      if (hook.failurePolicy !== 'Ignore') throw internalError(`failed calling webhook "${hook.name}": ${failure.error}`);
    }
  }
}

function call(deps: DispatcherDeps, hook: Webhook, attrs: AdmissionAttributes): { denied: string } | { error: string } | undefined {
  const ref = hook.clientConfig?.service;
  if (!ref) return undefined;
  const port = ref.port ?? 443;
  const path = ref.path ?? '/';
  const url = `https://${ref.name}.${ref.namespace}.svc:${port}${path}?timeout=10s`;
  const failed = (why: string): { error: string } => ({ error: `failed to call webhook: Post "${url}": ${why}` });
  const svc = deps.get('', 'services', ref.namespace, ref.name);
  if (!svc) return failed(`service "${ref.name}" not found`);
  const ip = (svc.spec as { clusterIP?: string } | undefined)?.clusterIP ?? '';
  const node = deps.apiServerNode();
  const route = node ? deps.network.dial({ kind: 'node', node }, ip, port) : { kind: 'timeout' as const };
  if (route.kind === 'refused') return failed(`dial tcp ${ip}:${port}: connect: connection refused`);
  if (route.kind === 'unreachable') return failed(`dial tcp ${ip}:${port}: connect: no route to host`);
  if (route.kind !== 'pod') return failed('context deadline exceeded');
  for (const server of deps.servers) {
    const verdict = server(route.pod, route.port, path, attrs);
    if (verdict) return verdict.allowed ? undefined : { denied: verdict.message };
  }
  return { error: 'failed to call webhook: the server could not find the requested resource' };
}
