// What a check reads: a read-only view of the cluster, the student's command history for the step,
// the workspace files and the quiz answers. Hosts build one per evaluation; checks never write.

import { RESOURCES, type Cluster, type KubeObject, type ResourceInfo } from '../engine/index.ts';
import type { Lang } from './types.ts';

export interface ClusterView {
  get(kind: string, namespace: string | undefined, name: string): KubeObject | undefined;
  /** Objects of a kind, in one namespace or all (`undefined`), optionally by label selector. */
  list(kind: string, namespace: string | undefined, labelSelector?: string): readonly KubeObject[];
}

export interface CheckContext {
  readonly lang: Lang;
  readonly cluster: ClusterView;
  /** Virtual time now, and when the current step began (events and holds count from it). */
  readonly nowMs: number;
  readonly stepStartMs: number;
  /** The complete inputs typed into the terminal since the step began, oldest first. */
  readonly history: readonly string[];
  /** The student's home directory: relative file paths in checks are under it. */
  readonly home: string;
  /** A workspace file's text by absolute path; undefined when there is none. */
  readonly readFile: (path: string) => string | undefined;
  /** Quiz id → the option ids the student chose. */
  readonly answers: Readonly<Record<string, readonly string[]>>;
}

/** The API's resource for a Kind; the core group wins when two groups share a Kind (Event). */
export function resourceOfKind(kind: string): ResourceInfo | undefined {
  const matches = RESOURCES.filter((r) => r.kind === kind);
  return matches.find((r) => r.group === '') ?? matches[0];
}

/** Reads straight from the API server's storage: no request is recorded, nothing changes. */
export function clusterView(cluster: Cluster): ClusterView {
  const info = (kind: string): ResourceInfo => {
    const found = resourceOfKind(kind);
    if (!found) throw new Error(`unknown kind ${kind}`);
    return found;
  };
  return {
    get: (kind, namespace, name) => {
      const r = info(kind);
      return cluster.server.tryGet(r, r.namespaced ? namespace ?? 'default' : undefined, name);
    },
    list: (kind, namespace, labelSelector) => {
      const r = info(kind);
      return cluster.server.list(r, r.namespaced ? namespace : undefined, labelSelector === undefined ? {} : { labelSelector }).items;
    },
  };
}

/** A predicate's verdict and what it found, in the context's language. */
export interface Outcome {
  readonly pass: boolean;
  readonly says: string;
}

/** ` in namespace x` for messages, nothing for `default`. */
export function formatNamespace(namespace: string | undefined): string {
  return namespace === undefined || namespace === 'default' ? '' : ` [${namespace}]`;
}
