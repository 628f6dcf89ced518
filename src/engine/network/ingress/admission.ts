// ingress-nginx's validating webhook (`--validating-webhook=:8443`, path /networking/v1/ingresses): an
// Ingress of its class whose host and path another (older) Ingress of the class already serves is refused.
// Mirrors internal/ingress/controller/controller.go CheckIngress and checkOverlap (v1.11.3).

import type { Ingress } from 'kubernetes-types/networking/v1';
import type { KubeObject } from '../../api/types.ts';
import { ingressClassOf } from './routing.ts';

export const ADMISSION_PATH = '/networking/v1/ingresses';
export const ADMISSION_PORT = 8443;
const CANARY = 'nginx.ingress.kubernetes.io/canary';
/** The server name of rules without a host, and the path of paths without one. */
const DEFAULT_SERVER = '_';
const ROOT = '/';

const pathsOf = (ing: KubeObject): Array<{ host: string; path: string }> =>
  ((ing as unknown as Ingress).spec?.rules ?? []).flatMap((rule) =>
    (rule.http?.paths ?? []).filter((p) => p.backend.service).map((p) => ({ host: rule.host || DEFAULT_SERVER, path: p.path || ROOT })));

const createdMs = (o: KubeObject): string => o.metadata.creationTimestamp ?? '';

/** Why `ing` may not be admitted, or undefined to admit it. */
export function overlapOf(ing: KubeObject, existing: readonly KubeObject[], classes: readonly KubeObject[]): string | undefined {
  if (!('class' in ingressClassOf(ing, classes)) || ing.metadata.annotations?.[CANARY] === 'true') return undefined;
  const others = existing
    .filter((o) => !(o.metadata.namespace === ing.metadata.namespace && o.metadata.name === ing.metadata.name) && 'class' in ingressClassOf(o, classes))
    .sort((a, b) => (createdMs(a) < createdMs(b) ? -1 : createdMs(a) > createdMs(b) ? 1 : 0));
  for (const { host, path } of pathsOf(ing)) {
    const owner = others.find((o) => pathsOf(o).some((p) => p.host === host && p.path === path));
    if (owner) return `host "${host}" and path "${path}" is already defined in ingress ${owner.metadata.namespace}/${owner.metadata.name}`;
  }
  return undefined;
}
