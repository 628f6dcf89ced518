// One compact summary per object, of what the topology draws: the owner chain, a pod's printed
// status, a Service's selector and ports, an Ingress's backends, storage bindings.

import type { Node, Pod, Service, PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { Ingress, IngressBackend } from 'kubernetes-types/networking/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { KubeObject } from '../../../engine/index.ts';
import { nodeCells, podCells } from './printer-facade.ts';
import type {
  ViewClaim, ViewIngress, ViewNode, ViewObject, ViewOwner, ViewPod, ViewService, ViewStorageClass, ViewVolume, ViewWorkload, ViewWorkloadKind,
} from './view-types.ts';

const DEFAULT_CLASS_ANNOTATIONS = ['storageclass.kubernetes.io/is-default-class', 'storageclass.beta.kubernetes.io/is-default-class'];

const as = <T>(obj: KubeObject): T => obj as unknown as T;

function base(obj: KubeObject): { uid: string; name: string; namespace?: string } {
  const { uid = '', name = '', namespace } = obj.metadata;
  return namespace === undefined ? { uid, name } : { uid, name, namespace };
}

function ownerOf(obj: KubeObject): ViewOwner | undefined {
  const ref = obj.metadata.ownerReferences?.find((r) => r.controller === true);
  return ref && { kind: ref.kind, name: ref.name, uid: ref.uid };
}

function withOwner<T extends object>(summary: T, obj: KubeObject): T & { owner?: ViewOwner } {
  const owner = ownerOf(obj);
  return owner ? { ...summary, owner } : summary;
}

export function summarizeNode(obj: KubeObject): ViewNode {
  const node = as<Node>(obj);
  const { status, roles } = nodeCells(obj);
  return {
    kind: 'Node', ...base(obj), status, roles,
    ready: status.split(',')[0] === 'Ready',
    unschedulable: node.spec?.unschedulable === true,
    taints: (node.spec?.taints ?? []).map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`),
  };
}

export function summarizePod(obj: KubeObject, nowMs: number): ViewPod {
  const pod = as<Pod>(obj);
  const spec = pod.spec;
  const summary: ViewPod = {
    kind: 'Pod', ...base(obj), namespace: obj.metadata.namespace ?? '',
    ...podCells(obj, nowMs),
    deleting: obj.metadata.deletionTimestamp !== undefined,
    labels: obj.metadata.labels ?? {},
    containers: [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((c) => c.name),
    claims: (spec?.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : [])),
    ...(spec?.nodeName ? { node: spec.nodeName } : {}),
    ...(pod.status?.podIP ? { ip: pod.status.podIP } : {}),
  };
  return withOwner(summary, obj);
}

interface WorkloadFields {
  spec?: { replicas?: number; parallelism?: number; completions?: number };
  status?: { readyReplicas?: number; numberReady?: number; desiredNumberScheduled?: number; succeeded?: number };
}

/** Desired and ready pods, as the kind's own table counts them. */
function counts(kind: ViewWorkloadKind, obj: KubeObject): { desired?: number; ready?: number } {
  const { spec, status } = as<WorkloadFields>(obj);
  switch (kind) {
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
      return { desired: spec?.replicas ?? 0, ready: status?.readyReplicas ?? 0 };
    case 'DaemonSet':
      return { desired: status?.desiredNumberScheduled ?? 0, ready: status?.numberReady ?? 0 };
    case 'Job':
      return { desired: spec?.completions ?? 1, ready: status?.succeeded ?? 0 };
    case 'CronJob':
      return {};
  }
}

export function summarizeWorkload(kind: ViewWorkloadKind, obj: KubeObject): ViewWorkload {
  return withOwner({ kind, ...base(obj), namespace: obj.metadata.namespace ?? '', ...counts(kind, obj) }, obj);
}

export function summarizeService(obj: KubeObject, endpoints: readonly string[]): ViewService {
  const spec = as<Service>(obj).spec;
  return {
    kind: 'Service', ...base(obj), namespace: obj.metadata.namespace ?? '',
    type: spec?.type ?? 'ClusterIP',
    clusterIP: spec?.clusterIP ?? '',
    selector: spec?.selector ?? {},
    ports: (spec?.ports ?? []).map((p) => `${p.port}/${p.protocol ?? 'TCP'}`),
    endpoints,
  };
}

function backendService(backend: IngressBackend | undefined): string[] {
  const name = backend?.service?.name;
  return name ? [name] : [];
}

export function summarizeIngress(obj: KubeObject): ViewIngress {
  const spec = as<Ingress>(obj).spec;
  const rules = spec?.rules ?? [];
  const services = new Set([
    ...backendService(spec?.defaultBackend),
    ...rules.flatMap((r) => (r.http?.paths ?? []).flatMap((p) => backendService(p.backend))),
  ]);
  return {
    kind: 'Ingress', ...base(obj), namespace: obj.metadata.namespace ?? '',
    hosts: [...new Set(rules.flatMap((r) => (r.host ? [r.host] : [])))],
    services: [...services].sort(),
  };
}

export function summarizeClaim(obj: KubeObject): ViewClaim {
  const pvc = as<PersistentVolumeClaim>(obj);
  return {
    kind: 'PersistentVolumeClaim', ...base(obj), namespace: obj.metadata.namespace ?? '',
    phase: obj.metadata.deletionTimestamp ? 'Terminating' : pvc.status?.phase ?? '',
    ...(pvc.spec?.volumeName ? { volume: pvc.spec.volumeName } : {}),
    ...(pvc.spec?.storageClassName ? { storageClass: pvc.spec.storageClassName } : {}),
  };
}

export function summarizeVolume(obj: KubeObject): ViewVolume {
  const pv = as<PersistentVolume>(obj);
  const ref = pv.spec?.claimRef;
  return {
    kind: 'PersistentVolume', ...base(obj),
    phase: obj.metadata.deletionTimestamp ? 'Terminating' : pv.status?.phase ?? '',
    ...(ref?.name ? { claim: { namespace: ref.namespace ?? '', name: ref.name } } : {}),
    ...(pv.spec?.storageClassName ? { storageClass: pv.spec.storageClassName } : {}),
  };
}

export function summarizeStorageClass(obj: KubeObject): ViewStorageClass {
  const annotations = obj.metadata.annotations ?? {};
  return {
    kind: 'StorageClass', ...base(obj),
    provisioner: as<StorageClass>(obj).provisioner ?? '',
    isDefault: DEFAULT_CLASS_ANNOTATIONS.some((a) => annotations[a] === 'true'),
  };
}

/** Every kind but Service (whose endpoints come from its slices). */
export function summarize(kind: ViewObject['kind'], obj: KubeObject, nowMs: number): ViewObject | undefined {
  switch (kind) {
    case 'Namespace':
      return { kind, ...base(obj), phase: String((obj.status as { phase?: string } | undefined)?.phase ?? '') };
    case 'Node':
      return summarizeNode(obj);
    case 'Pod':
      return summarizePod(obj, nowMs);
    case 'Ingress':
      return summarizeIngress(obj);
    case 'PersistentVolumeClaim':
      return summarizeClaim(obj);
    case 'PersistentVolume':
      return summarizeVolume(obj);
    case 'StorageClass':
      return summarizeStorageClass(obj);
    case 'Service':
      return undefined;
    default:
      return summarizeWorkload(kind, obj);
  }
}
