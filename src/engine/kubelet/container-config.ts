// A container's command line and environment as the kubelet builds them: command/args over the image's
// ENTRYPOINT/CMD, `$(VAR)` references expanded, env from the spec (values, field and resource
// references, ConfigMaps, Secrets), service links and the image's own variables.
// Mirrors kubelet_pods.go makeEnvironmentVariables / expansion.go and containerd's env merge.

import type { Container, EnvVar, PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { milliValue, tryParseQuantity } from '../api/quantity.ts';
import { decodeBase64 } from '../base/base64.ts';
import { utf8Decode } from '../base/utf8.ts';
import type { KubeletContext } from './context.ts';
import type { ImageFacts } from './image-source.ts';
import { serviceEnv } from './service-env.ts';
import { resolveArgv } from '../infra/images/argv.ts';

type Env = Array<[string, string]>;

/** The container's command line over the image's ENTRYPOINT/CMD, `$(VAR)` references expanded. */
export function containerArgv(spec: Container, image: ImageFacts, env?: ReadonlyMap<string, string>): string[] {
  const argv = resolveArgv(spec, image);
  return env ? argv.map((a) => expandRefs(a, env)) : argv;
}

/** The first problem with the container's env references, as the kubelet reports it (CreateContainerConfigError). */
export function envConfigError(ctx: KubeletContext, pod: KubeObject, spec: Container): string | undefined {
  const ns = pod.metadata.namespace!;
  for (const src of spec.envFrom ?? []) {
    const ref = src.configMapRef ?? src.secretRef;
    const kind = src.configMapRef ? 'configmap' : 'secret';
    if (ref?.name && !ref.optional && !lookup(ctx, kind, ns, ref.name)) return `${kind} "${ref.name}" not found`;
  }
  for (const e of spec.env ?? []) {
    const ref = e.valueFrom?.configMapKeyRef ?? e.valueFrom?.secretKeyRef;
    if (!ref || ref.optional) continue;
    const kind = e.valueFrom?.configMapKeyRef ? 'configmap' : 'secret';
    const obj = lookup(ctx, kind, ns, ref.name ?? '');
    if (!obj) return `${kind} "${ref.name}" not found`;
    if (dataOf(obj, kind)[ref.key] === undefined) return `couldn't find key ${ref.key} in ${kind === 'configmap' ? 'ConfigMap' : 'Secret'} ${ns}/${ref.name}`;
  }
  return undefined;
}

/** The process environment in containerd's order: PATH, HOSTNAME, the image's, the kubelet's, HOME. */
export function containerEnv(ctx: KubeletContext, pod: KubeObject, spec: Container, image: ImageFacts): string[] {
  const env: Env = [];
  const set = (k: string, v: string): void => {
    const i = env.findIndex(([n]) => n === k);
    if (i >= 0) env[i] = [k, v];
    else env.push([k, v]);
  };
  const imageEnv = image.env.map((kv) => splitKv(kv));
  const path = imageEnv.find(([k]) => k === 'PATH')?.[1] ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  set('PATH', path);
  set('HOSTNAME', (pod.spec as PodSpec).hostname ?? pod.metadata.name!);
  for (const [k, v] of imageEnv) if (k !== 'PATH') set(k, v);
  for (const [k, v] of kubeletEnv(ctx, pod, spec)) set(k, v);
  if (!env.some(([k]) => k === 'HOME')) set('HOME', '/root');
  return env.map(([k, v]) => `${k}=${v}`);
}

function kubeletEnv(ctx: KubeletContext, pod: KubeObject, spec: Container): Env {
  const ns = pod.metadata.namespace!;
  const out = new Map<string, string>();
  for (const src of spec.envFrom ?? []) {
    const kind = src.configMapRef ? 'configmap' : 'secret';
    const obj = lookup(ctx, kind, ns, (src.configMapRef ?? src.secretRef)?.name ?? '');
    if (obj) for (const [k, v] of Object.entries(dataOf(obj, kind))) out.set(`${src.prefix ?? ''}${k}`, v);
  }
  for (const e of spec.env ?? []) {
    const value = envValue(ctx, pod, spec, e, out);
    if (value !== undefined) out.set(e.name, value);
  }
  if ((pod.spec as PodSpec).enableServiceLinks !== false) {
    for (const [k, v] of serviceEnv(ctx.client, ns)) if (!out.has(k)) out.set(k, v);
  } else {
    for (const [k, v] of serviceEnv(ctx.client, ns, true)) if (!out.has(k)) out.set(k, v);
  }
  return [...out];
}

function envValue(ctx: KubeletContext, pod: KubeObject, spec: Container, e: EnvVar, sofar: ReadonlyMap<string, string>): string | undefined {
  if (e.value !== undefined) return expandRefs(e.value, sofar);
  const from = e.valueFrom;
  if (!from) return '';
  if (from.fieldRef) return fieldValue(pod, from.fieldRef.fieldPath);
  if (from.resourceFieldRef) return resourceValue(ctx, spec, from.resourceFieldRef);
  const ref = from.configMapKeyRef ?? from.secretKeyRef;
  const kind = from.configMapKeyRef ? 'configmap' : 'secret';
  const obj = lookup(ctx, kind, pod.metadata.namespace!, ref?.name ?? '');
  return obj ? dataOf(obj, kind)[ref!.key] : undefined;
}

function fieldValue(pod: KubeObject, path: string): string {
  const m = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
  if (m) return (pod.metadata[m[1] as 'labels' | 'annotations'] ?? {})[m[2]!] ?? '';
  const status = (pod.status ?? {}) as { hostIP?: string; podIP?: string; podIPs?: Array<{ ip: string }>; hostIPs?: Array<{ ip: string }> };
  const spec = pod.spec as PodSpec;
  switch (path) {
    case 'metadata.name': return pod.metadata.name!;
    case 'metadata.namespace': return pod.metadata.namespace!;
    case 'metadata.uid': return pod.metadata.uid!;
    case 'spec.nodeName': return spec.nodeName ?? '';
    case 'spec.serviceAccountName': return spec.serviceAccountName ?? '';
    case 'status.hostIP': return status.hostIP ?? '';
    case 'status.hostIPs': return (status.hostIPs ?? []).map((i) => i.ip).join(',');
    case 'status.podIP': return status.podIP ?? '';
    case 'status.podIPs': return (status.podIPs ?? []).map((i) => i.ip).join(',');
    default: return '';
  }
}

/**
 * resourceFieldRef as the downward API resolves it: the container's request or limit (a missing limit is
 * the node's allocatable), divided by the divisor (0 or unset: 1) and rounded up.
 */
function resourceValue(ctx: KubeletContext, spec: Container, ref: { resource: string; divisor?: string | number }): string {
  const [kind, name] = ref.resource.split('.') as [string, string];
  const table = (kind === 'limits' ? spec.resources?.limits : spec.resources?.requests) ?? {};
  const allocatable = ((ctx.client.get('/nodes', undefined, ctx.node)?.status as { allocatable?: Record<string, string> } | undefined)?.allocatable ?? {});
  const q = tryParseQuantity(table[name] ?? (kind === 'limits' ? allocatable[name] : undefined) ?? '0');
  const divisor = tryParseQuantity(ref.divisor ?? '1');
  if (!q || !divisor) return '0';
  // The API server defaults the divisor to "0", which means 1.
  return String(Math.ceil(milliValue(q) / (milliValue(divisor) || 1_000)));
}

function lookup(ctx: KubeletContext, kind: 'configmap' | 'secret', ns: string, name: string): KubeObject | undefined {
  return ctx.client.get(kind === 'configmap' ? '/configmaps' : '/secrets', ns, name);
}

function dataOf(obj: KubeObject, kind: 'configmap' | 'secret'): Record<string, string> {
  const data = (obj.data ?? {}) as Record<string, string>;
  if (kind === 'configmap') return data;
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, decodeBase64Text(v)]));
}

function decodeBase64Text(v: string): string {
  try {
    return utf8Decode(decodeBase64(v));
  } catch {
    return '';
  }
}

export function envMap(env: readonly string[]): Map<string, string> {
  return new Map(env.map(splitKv));
}

function splitKv(kv: string): [string, string] {
  const eq = kv.indexOf('=');
  return eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
}

/** `$(VAR)` becomes VAR's value when defined; `$$(VAR)` stays literal `$(VAR)`. */
export function expandRefs(s: string, env: ReadonlyMap<string, string>): string {
  return s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m: string, name?: string) => {
    if (m === '$$') return '$';
    return env.has(name!) ? env.get(name!)! : m;
  });
}
