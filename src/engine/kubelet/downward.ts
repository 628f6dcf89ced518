// The downward API: a pod's fields and a container's resources as the kubelet exposes them to env
// (fieldRef, resourceFieldRef) and to downwardAPI volumes. Mirrors pkg/fieldpath and
// pkg/kubelet/kubelet_pods.go podFieldSelectorRuntimeValue / resource.ExtractResourceValueByContainerName.

import type { Container, PodSpec, ResourceFieldSelector } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { milliValue, tryParseQuantity } from '../api/quantity.ts';
import type { KubeletContext } from './context.ts';

/** A fieldRef's value: `metadata.name`, `metadata.labels['k']`, `status.podIP`… */
export function fieldValue(pod: KubeObject, path: string): string {
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
export function resourceFieldValue(ctx: KubeletContext, spec: Container, ref: ResourceFieldSelector): string {
  const [kind, name] = ref.resource.split('.') as [string, string];
  const table = (kind === 'limits' ? spec.resources?.limits : spec.resources?.requests) ?? {};
  const allocatable = ((ctx.client.get('/nodes', undefined, ctx.node)?.status as { allocatable?: Record<string, string> } | undefined)?.allocatable ?? {});
  const q = tryParseQuantity(table[name] ?? (kind === 'limits' ? allocatable[name] : undefined) ?? '0');
  const divisor = tryParseQuantity(ref.divisor ?? '1');
  if (!q || !divisor) return '0';
  // The API server defaults the divisor to "0", which means 1.
  return String(Math.ceil(milliValue(q) / (milliValue(divisor) || 1_000)));
}
