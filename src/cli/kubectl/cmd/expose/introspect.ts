// What `kubectl expose` reads from the object it exposes (kubectl polymorphichelpers:
// canbeexposed.go, mapbasedselectorforobject.go, portsforobject.go, multiprotocolsforobject.go).

import type { KubeObject, ResourceInfo } from '../../../../engine/index.ts';
import { KubectlError } from '../../command.ts';

export const ERR_CANNOT_EXPOSE = (groupKind: string): string => `cannot expose a ${groupKind}`;
export const ERR_POD_NO_LABELS = 'the pod has no labels and cannot be exposed';
export const ERR_SERVICE_NO_SELECTOR = 'the service has no pod selector set';
export const ERR_NO_SELECTORS = (what: 'deployment' | 'replicaset'): string => `invalid ${what}: no selectors, therefore cannot be exposed`;
export const ERR_MATCH_EXPRESSIONS = (expressions: string): string => `couldn't convert expressions - "${expressions}" to map-based selector format`;

const EXPOSABLE = new Set(['/Pod', '/Service', '/ReplicationController', 'apps/Deployment', 'apps/ReplicaSet']);

interface ContainerPort { containerPort?: number; protocol?: string }
interface ServicePort { port?: number; protocol?: string }
interface Requirement { key?: string; operator?: string; values?: string[] }
interface ObjectShape {
  spec?: {
    selector?: Record<string, string> | { matchLabels?: Record<string, string>; matchExpressions?: Requirement[] };
    ports?: ServicePort[];
    containers?: Array<{ ports?: ContainerPort[] }>;
    template?: { spec?: { containers?: Array<{ ports?: ContainerPort[] }> } };
  };
}

/** CanBeExposed: pods, services, replication controllers, deployments and replica sets. */
export function checkCanBeExposed(info: ResourceInfo): void {
  if (!EXPOSABLE.has(`${info.group}/${info.kind}`)) {
    throw new KubectlError(ERR_CANNOT_EXPOSE(info.group === '' ? info.kind : `${info.kind}.${info.group}`));
  }
}

/** MapBasedSelectorForObject, as a label map (kubectl round-trips it through `k=v,k=v`). */
export function selectorForObject(obj: KubeObject): Record<string, string> {
  const spec = (obj as KubeObject & ObjectShape).spec;
  switch (obj.kind) {
    case 'Pod':
      if (Object.keys(obj.metadata.labels ?? {}).length === 0) throw new KubectlError(ERR_POD_NO_LABELS);
      return { ...obj.metadata.labels };
    case 'Service':
    case 'ReplicationController': {
      const selector = (spec?.selector ?? {}) as Record<string, string>;
      if (obj.kind === 'Service' && Object.keys(selector).length === 0) throw new KubectlError(ERR_SERVICE_NO_SELECTOR);
      return { ...selector };
    }
    default:
      return labelSelectorMap(spec?.selector as { matchLabels?: Record<string, string>; matchExpressions?: Requirement[] } | undefined,
        obj.kind === 'Deployment' ? 'deployment' : 'replicaset');
  }
}

function labelSelectorMap(selector: { matchLabels?: Record<string, string>; matchExpressions?: Requirement[] } | undefined,
  what: 'deployment' | 'replicaset'): Record<string, string> {
  if (!selector || Object.keys(selector.matchLabels ?? {}).length === 0) throw new KubectlError(ERR_NO_SELECTORS(what));
  const expressions = selector.matchExpressions ?? [];
  if (expressions.length > 0) {
    const text = expressions.map((e) => `{Key:${e.key ?? ''} Operator:${e.operator ?? ''} Values:[${(e.values ?? []).join(' ')}]}`).join(' ');
    throw new KubectlError(ERR_MATCH_EXPRESSIONS(`[${text}]`));
  }
  return { ...selector.matchLabels };
}

function containerPortsOf(obj: KubeObject): ContainerPort[] {
  const spec = (obj as KubeObject & ObjectShape).spec;
  const containers = obj.kind === 'Pod' ? spec?.containers : spec?.template?.spec?.containers;
  return (containers ?? []).flatMap((c) => c.ports ?? []);
}

/** PortsForObject: every container port (services: every service port), as strings, in order. */
export function portsForObject(obj: KubeObject): string[] {
  if (obj.kind === 'Service') return ((obj as KubeObject & ObjectShape).spec?.ports ?? []).map((p) => String(p.port ?? 0));
  return containerPortsOf(obj).map((p) => String(p.containerPort ?? 0));
}

/** MultiProtocolsForObject: port → protocols, one per port entry (an empty protocol counts as TCP). */
export function protocolsForObject(obj: KubeObject): Map<string, string[]> {
  const ports: Array<{ port?: number; protocol?: string }> = obj.kind === 'Service'
    ? (obj as KubeObject & ObjectShape).spec?.ports ?? []
    : containerPortsOf(obj).map((p) => ({ ...(p.containerPort !== undefined ? { port: p.containerPort } : {}), ...(p.protocol ? { protocol: p.protocol } : {}) }));
  const out = new Map<string, string[]>();
  for (const p of ports) {
    const key = String(p.port ?? 0);
    out.set(key, [...(out.get(key) ?? []), p.protocol || 'TCP']);
  }
  return out;
}
