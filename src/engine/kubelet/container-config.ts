// A container's command line and environment as the kubelet builds them: command/args over the image's
// ENTRYPOINT/CMD, `$(VAR)` references expanded, env from the spec (values, field and resource
// references, ConfigMaps, Secrets), service links and the image's own variables.
// Mirrors kubelet_pods.go makeEnvironmentVariables / expansion.go and containerd's env merge.

import type { Container, EnvVar, PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { objectData } from './config-volumes.ts';
import type { KubeletContext } from './context.ts';
import { fieldValue, resourceFieldValue } from './downward.ts';
import type { ImageFacts } from './image-source.ts';
import { serviceEnv } from './service-env.ts';
import { resolveArgv } from '../infra/images/argv.ts';

type Env = Array<[string, string]>;

/** validation.IsEnvVarName (1.31, RelaxedEnvironmentVariableValidation off). */
const ENV_VAR_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

export const INVALID_ENV_KEYS = (keys: readonly string[], kind: 'configmap' | 'secret', ref: string): string =>
  `Keys [${[...keys].sort().join(', ')}] from the EnvFrom ${kind === 'configmap' ? 'configMap' : 'secret'} ${ref} were skipped since they are considered invalid environment variable names.`;

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
    if (!obj) continue;
    const invalid: string[] = [];
    for (const [key, v] of Object.entries(dataOf(obj, kind))) {
      const name = `${src.prefix ?? ''}${key}`;
      if (ENV_VAR_NAME.test(name)) out.set(name, v);
      else invalid.push(name);
    }
    if (invalid.length > 0) ctx.event(pod, 'Warning', 'InvalidEnvironmentVariableNames', INVALID_ENV_KEYS(invalid, kind, `${ns}/${obj.metadata.name!}`));
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
  if (from.resourceFieldRef) return resourceFieldValue(ctx, spec, from.resourceFieldRef);
  const ref = from.configMapKeyRef ?? from.secretKeyRef;
  const kind = from.configMapKeyRef ? 'configmap' : 'secret';
  const obj = lookup(ctx, kind, pod.metadata.namespace!, ref?.name ?? '');
  return obj ? dataOf(obj, kind)[ref!.key] : undefined;
}

function lookup(ctx: KubeletContext, kind: 'configmap' | 'secret', ns: string, name: string): KubeObject | undefined {
  return ctx.client.get(kind === 'configmap' ? '/configmaps' : '/secrets', ns, name);
}

/** Env sees a ConfigMap's `data` only (not binaryData), a Secret's decoded `data`. */
function dataOf(obj: KubeObject, kind: 'configmap' | 'secret'): Record<string, string> {
  return kind === 'configmap' ? (obj.data ?? {}) as Record<string, string> : objectData(obj, kind);
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
