// A StatefulSet pod's identity: `<set>-<ordinal>` names, the ordinal range the set owns, the
// pod-name and pod-index labels, hostname/subdomain, and the volumes of its per-ordinal claims.
// Mirrors stateful_set_utils.go (v1.31, PodIndexLabel on).

import type { PersistentVolumeClaim, PodSpec, PodTemplateSpec, Volume } from 'kubernetes-types/core/v1';
import type { StatefulSetSpec } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import { podFromTemplate } from '../common/pod-control.ts';

export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';
export const REVISION_LABEL = 'controller-revision-hash';

const STATEFUL_POD_NAME = /^(.*)-([0-9]+)$/;
const INT32_MAX = 2 ** 31 - 1;

export function setSpec(set: KubeObject): StatefulSetSpec {
  return (set.spec ?? {}) as StatefulSetSpec;
}

/** getParentNameAndOrdinal: the parent's name and the ordinal, -1 when the name carries none. */
export function parentAndOrdinal(podName: string): { parent: string; ordinal: number } {
  const m = STATEFUL_POD_NAME.exec(podName);
  if (!m) return { parent: '', ordinal: -1 };
  const n = Number(m[2]);
  return { parent: m[1]!, ordinal: n <= INT32_MAX ? n : -1 };
}

export function ordinalOf(pod: KubeObject): number {
  return parentAndOrdinal(pod.metadata.name ?? '').ordinal;
}

export function startOrdinal(set: KubeObject): number {
  return setSpec(set).ordinals?.start ?? 0;
}

export function endOrdinal(set: KubeObject): number {
  return startOrdinal(set) + (setSpec(set).replicas ?? 1) - 1;
}

export function podInOrdinalRange(pod: KubeObject, set: KubeObject): boolean {
  const ordinal = ordinalOf(pod);
  return ordinal >= startOrdinal(set) && ordinal <= endOrdinal(set);
}

export function podName(set: KubeObject, ordinal: number): string {
  return `${set.metadata.name}-${ordinal}`;
}

export function claimName(set: KubeObject, template: PersistentVolumeClaim, ordinal: number): string {
  return `${template.metadata?.name}-${set.metadata.name}-${ordinal}`;
}

export function isMemberOf(set: KubeObject, pod: KubeObject): boolean {
  return parentAndOrdinal(pod.metadata.name ?? '').parent === set.metadata.name;
}

export function podRevision(pod: KubeObject): string {
  return pod.metadata.labels?.[REVISION_LABEL] ?? '';
}

/** identityMatches: the right name and namespace for its ordinal, and the pod-name label. */
export function identityMatches(set: KubeObject, pod: KubeObject): boolean {
  const { parent, ordinal } = parentAndOrdinal(pod.metadata.name ?? '');
  return ordinal >= 0 && parent === set.metadata.name && pod.metadata.name === podName(set, ordinal)
    && pod.metadata.namespace === set.metadata.namespace && pod.metadata.labels?.[POD_NAME_LABEL] === pod.metadata.name;
}

function podSpec(pod: KubeObject): PodSpec {
  return (pod.spec ?? {}) as PodSpec;
}

/** storageMatches: every claim template is mounted from this ordinal's claim. */
export function storageMatches(set: KubeObject, pod: KubeObject): boolean {
  const ordinal = ordinalOf(pod);
  if (ordinal < 0) return false;
  const volumes = new Map((podSpec(pod).volumes ?? []).map((v) => [v.name, v] as const));
  return (setSpec(set).volumeClaimTemplates ?? []).every((t) =>
    volumes.get(t.metadata?.name ?? '')?.persistentVolumeClaim?.claimName === claimName(set, t, ordinal));
}

/**
 * getPersistentVolumeClaims: the claims a pod of this ordinal mounts, keyed by template name, in
 * template order; labelled with the template's labels and the set's matchLabels.
 */
export function persistentVolumeClaims(set: KubeObject, ordinal: number): Map<string, KubeObject> {
  const claims = new Map<string, KubeObject>();
  const matchLabels = setSpec(set).selector?.matchLabels ?? {};
  for (const t of setSpec(set).volumeClaimTemplates ?? []) {
    const labels = { ...(t.metadata?.labels ?? {}), ...matchLabels };
    claims.set(t.metadata?.name ?? '', {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: claimName(set, t, ordinal),
        namespace: set.metadata.namespace!,
        ...(Object.keys(labels).length > 0 ? { labels } : {}),
        ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
      },
      spec: clone(t.spec ?? {}) as Record<string, unknown>,
    });
  }
  return claims;
}

/** updateStorage: the claims' volumes first, then the pod's other volumes. */
export function updateStorage(set: KubeObject, pod: KubeObject): void {
  const claims = persistentVolumeClaims(set, ordinalOf(pod));
  const volumes: Volume[] = [...claims].map(([name, claim]) => ({
    name, persistentVolumeClaim: { claimName: claim.metadata.name! },
  }));
  for (const v of podSpec(pod).volumes ?? []) if (!claims.has(v.name)) volumes.push(v);
  if (volumes.length > 0) (pod.spec as PodSpec).volumes = volumes;
}

/** updateIdentity: name, namespace and the pod-name / pod-index labels. */
export function updateIdentity(set: KubeObject, pod: KubeObject): void {
  const ordinal = ordinalOf(pod);
  pod.metadata.name = podName(set, ordinal);
  pod.metadata.namespace = set.metadata.namespace!;
  pod.metadata.labels = { ...pod.metadata.labels, [POD_NAME_LABEL]: pod.metadata.name, [POD_INDEX_LABEL]: String(ordinal) };
}

/**
 * newStatefulSetPod: the template's pod (keeping the `<set>-` generateName GetPodFromTemplate
 * gives it) named for its ordinal, with hostname and subdomain set once, at creation.
 */
export function newStatefulSetPod(set: KubeObject, ordinal: number): KubeObject {
  const pod = podFromTemplate(setSpec(set).template as PodTemplateSpec, set);
  pod.metadata.name = podName(set, ordinal);
  updateIdentity(set, pod);
  const spec = pod.spec as PodSpec & Record<string, unknown>;
  spec.hostname = pod.metadata.name;
  if (setSpec(set).serviceName) spec.subdomain = setSpec(set).serviceName;
  updateStorage(set, pod);
  return pod;
}
