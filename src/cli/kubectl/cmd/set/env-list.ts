// `kubectl set env --list [--resolve]` (set_env.go and env/env_resolve.go): each selected container's
// environment as KEY=value lines, references as `# KEY from configmap x, key y`, or with --resolve
// their values read from the API, the object's metadata and the container's resources.

import type { Container, EnvVarSource, ResourceFieldSelector } from 'kubernetes-types/core/v1';
import { decodeBase64, goQuote, isStatusError, milliValue, quantityValue, tryParseQuantity, utf8Decode, type KubeObject } from '../../../../engine/index.ts';
import type { KubectlContext } from '../../command.ts';
import { messageOf } from '../../util/error-report.ts';

/** GetEnvVarRefString */
function envVarRefString(from: EnvVarSource): string {
  if (from.configMapKeyRef) return `configmap ${from.configMapKeyRef.name ?? ''}, key ${from.configMapKeyRef.key}`;
  if (from.secretKeyRef) return `secret ${from.secretKeyRef.name ?? ''}, key ${from.secretKeyRef.key}`;
  if (from.fieldRef) return `field path ${from.fieldRef.fieldPath}`;
  if (from.resourceFieldRef) {
    const prefix = from.resourceFieldRef.containerName ? `${from.resourceFieldRef.containerName}/` : '';
    return `resource field ${prefix}${from.resourceFieldRef.resource}`;
  }
  return 'invalid valueFrom';
}

/** Writes one container's listing; returns false when a reference could not be resolved. */
export function listContainerEnv(ctx: KubectlContext, obj: KubeObject, c: Container, resolve: boolean): boolean {
  const out = ctx.io.stdout;
  out.write(`# ${obj.kind ?? ''} ${obj.metadata.name ?? ''}, container ${c.name}\n`);
  const failures = new Map<string, string[]>();
  for (const env of c.env ?? []) {
    if (!env.valueFrom) {
      out.write(`${env.name}=${env.value ?? ''}\n`);
      continue;
    }
    if (resolve) {
      try {
        out.write(`${env.name}=${refValue(ctx, obj, c, env.valueFrom)}\n`);
        continue;
      } catch (e) {
        const key = messageOf(e);
        failures.set(key, [...(failures.get(key) ?? []), env.name]);
      }
    }
    out.write(`# ${env.name} from ${envVarRefString(env.valueFrom)}\n`);
  }
  const lines = [...failures].map(([err, names]) => `error retrieving reference for ${[...names].sort().join(', ')}: ${err}`).sort();
  for (const line of lines) ctx.io.stderr.write(`${line}\n`);
  return failures.size === 0;
}

/** GetEnvVarRefValue */
function refValue(ctx: KubectlContext, obj: KubeObject, c: Container, from: EnvVarSource): string {
  const namespace = obj.metadata.namespace ?? ctx.namespace;
  if (from.secretKeyRef) {
    const secret = getObject(ctx, '/secrets', namespace, from.secretKeyRef.name ?? '');
    const data = (secret.data as Record<string, string> | undefined) ?? {};
    if (from.secretKeyRef.key in data) return utf8Decode(decodeBase64(data[from.secretKeyRef.key]!));
    throw new Error(`key ${from.secretKeyRef.key} not found in secret ${from.secretKeyRef.name ?? ''}`);
  }
  if (from.configMapKeyRef) {
    const cm = getObject(ctx, '/configmaps', namespace, from.configMapKeyRef.name ?? '');
    const data = (cm.data as Record<string, string> | undefined) ?? {};
    if (from.configMapKeyRef.key in data) return data[from.configMapKeyRef.key]!;
    throw new Error(`key ${from.configMapKeyRef.key} not found in config map ${from.configMapKeyRef.name ?? ''}`);
  }
  if (from.fieldRef) return fieldPathValue(obj, from.fieldRef.fieldPath);
  if (from.resourceFieldRef) return resourceValue(from.resourceFieldRef, c);
  throw new Error('invalid valueFrom');
}

function getObject(ctx: KubectlContext, resource: '/secrets' | '/configmaps', namespace: string, name: string): KubeObject {
  try {
    return ctx.client.server.get(ctx.client.info(resource), namespace, name);
  } catch (e) {
    if (isStatusError(e)) throw new Error(e.status.message);
    throw e;
  }
}

/** extractFieldPathAsString, on the object being listed (a Deployment, not its pods). */
function fieldPathValue(obj: KubeObject, path: string): string {
  const sub = /^(metadata\.(?:annotations|labels))\['(.*)'\]$/.exec(path);
  if (sub) return (sub[1] === 'metadata.labels' ? obj.metadata.labels : obj.metadata.annotations)?.[sub[2]!] ?? '';
  switch (path) {
    case 'metadata.annotations': return formatMap(obj.metadata.annotations);
    case 'metadata.labels': return formatMap(obj.metadata.labels);
    case 'metadata.name': return obj.metadata.name ?? '';
    case 'metadata.namespace': return obj.metadata.namespace ?? '';
    case 'metadata.uid': return obj.metadata.uid ?? '';
    default: throw new Error(`unsupported fieldPath: ${path}`);
  }
}

function formatMap(m: Record<string, string> | undefined): string {
  return Object.keys(m ?? {}).sort().map((k) => `${k}=${goQuote(m![k]!)}`).join('\n');
}

/** extractContainerResourceValue: the ceiling of the quantity over the divisor. */
function resourceValue(fs: ResourceFieldSelector, c: Container): string {
  const [kind, name] = fs.resource.split('.') as [string, string];
  const list = (kind === 'limits' ? c.resources?.limits : kind === 'requests' ? c.resources?.requests : undefined) as Record<string, string | number> | undefined;
  if (list === undefined && kind !== 'limits' && kind !== 'requests') throw new Error(`Unsupported container resource : ${fs.resource}`);
  if (!['cpu', 'memory', 'ephemeral-storage'].includes(name) && !name.startsWith('hugepages-')) throw new Error(`Unsupported container resource : ${fs.resource}`);
  const value = tryParseQuantity(list?.[name] ?? '0') ?? tryParseQuantity('0')!;
  const given = tryParseQuantity(fs.divisor ?? '0');
  const divisor = given && quantityValue(given) !== 0 ? given : tryParseQuantity('1')!;
  if (name === 'cpu') return String(Math.ceil(milliValue(value) / milliValue(divisor)));
  return String(Math.ceil(quantityValue(value) / quantityValue(divisor)));
}
