// The kinds a server's established CustomResourceDefinitions add to discovery, derived from the stored
// CRDs on every read (so a snapshot restore brings them back with the store). Mirrors the
// apiextensions-apiserver's discovery controller and its version-priority sort.

import { BUILT_IN_KINDS, kindsWith, type CustomPrinterColumn, type Kinds, type ResourceInfo } from '../../api/kinds.ts';
import type { KubeObject } from '../../api/types.ts';
import { storePrefix, type Store } from '../../store/store.ts';

export const CRD_GROUP = 'apiextensions.k8s.io';
export const CRD_RESOURCE = 'customresourcedefinitions';

const CR_VERBS = ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'] as const;

export interface CrdVersion {
  readonly name: string;
  readonly served: boolean;
  readonly storage: boolean;
  readonly schema?: { readonly openAPIV3Schema?: unknown };
  readonly subresources?: { readonly status?: unknown; readonly scale?: unknown };
  readonly additionalPrinterColumns?: readonly CustomPrinterColumn[];
}

export interface CrdSpec {
  readonly group: string;
  readonly scope: string;
  readonly names: {
    readonly plural: string; readonly kind: string; readonly singular?: string;
    readonly shortNames?: readonly string[]; readonly categories?: readonly string[]; readonly listKind?: string;
  };
  readonly versions: readonly CrdVersion[];
}

export function crdSpec(crd: KubeObject): CrdSpec {
  return crd.spec as CrdSpec;
}

export function crdCondition(crd: KubeObject, type: string): boolean {
  const conditions = (crd.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? [];
  return conditions.some((c) => c.type === type && c.status === 'True');
}

const VERSION = /^v(\d+)(?:(alpha|beta)(\d+))?$/;

/** Kubernetes' version priority: GA before beta before alpha, higher numbers first, the rest alphabetically. */
export function compareVersions(a: string, b: string): number {
  const rank = (v: string): [number, number, number] | undefined => {
    const m = VERSION.exec(v);
    if (!m) return undefined;
    const level = m[2] === undefined ? 3 : m[2] === 'beta' ? 2 : 1;
    return [level, Number(m[1]), Number(m[3] ?? 0)];
  };
  const ra = rank(a);
  const rb = rank(b);
  if (ra && rb) return rb[0] - ra[0] || rb[1] - ra[1] || rb[2] - ra[2];
  if (ra || rb) return ra ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The resource an established CRD serves, or undefined while it is not established. */
export function resourceOfCrd(crd: KubeObject): ResourceInfo | undefined {
  if (!crdCondition(crd, 'Established')) return undefined;
  const spec = crdSpec(crd);
  const served = spec.versions.filter((v) => v.served).sort((a, b) => compareVersions(a.name, b.name));
  const preferred = served[0];
  if (!preferred) return undefined;
  const schemas: Record<string, unknown> = {};
  for (const v of served) if (v.schema?.openAPIV3Schema !== undefined) schemas[v.name] = v.schema.openAPIV3Schema;
  return {
    group: spec.group,
    version: preferred.name,
    kind: spec.names.kind,
    resource: spec.names.plural,
    singular: spec.names.singular || spec.names.kind.toLowerCase(),
    shortNames: spec.names.shortNames ?? [],
    namespaced: spec.scope === 'Namespaced',
    verbs: CR_VERBS,
    categories: spec.names.categories ?? [],
    custom: {
      crd: crd.metadata.name ?? '',
      servedVersions: served.map((v) => v.name),
      statusSubresource: preferred.subresources?.status !== undefined,
      printerColumns: preferred.additionalPrinterColumns ?? [],
      schemas,
    },
  };
}

/**
 * The server's kinds, rebuilt only when a CRD changed.
 * Invariant: holds no state of its own beyond a cache keyed by the CRDs' resourceVersions.
 */
export class CrdKinds {
  private cacheKey = '';
  private cached: Kinds = BUILT_IN_KINDS;

  constructor(private readonly store: Store) {}

  kinds(): Kinds {
    const crds = this.store.list(storePrefix(CRD_GROUP, CRD_RESOURCE));
    const key = crds.map((c) => `${c.metadata.name ?? ''}@${c.metadata.resourceVersion ?? ''}`).join(',');
    if (key !== this.cacheKey) {
      this.cacheKey = key;
      this.cached = kindsWith(crds.map(resourceOfCrd).filter((r): r is ResourceInfo => r !== undefined));
    }
    return this.cached;
  }
}
