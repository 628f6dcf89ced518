// The shapes of stored objects: exactly the real API shape (apiVersion/kind/metadata/spec/status).
// Typed kinds come from kubernetes-types; the engine treats every object as plain JSON.

import type { ObjectMeta as K8sObjectMeta, OwnerReference, Status as MetaStatus } from 'kubernetes-types/meta/v1';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** ObjectMeta as the server writes it (kubernetes-types marks server-set fields readonly). */
export type ObjectMeta = Mutable<K8sObjectMeta>;
export type { OwnerReference };
export type StatusBody = MetaStatus;

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

export interface KubeList {
  apiVersion: string;
  kind: string;
  metadata: { resourceVersion: string };
  items: KubeObject[];
}

/** Which API resource a request addresses. */
export interface ResourceRef {
  readonly group: string;
  readonly version: string;
  readonly resource: string;
}

export function apiVersionOf(group: string, version: string): string {
  return group === '' ? version : `${group}/${version}`;
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
