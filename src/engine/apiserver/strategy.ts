// Per-resource behaviour of the API server (registry/<resource>/strategy in upstream):
// defaulting, admission, validation and which fields an update may touch.

import type { FieldCause } from '../api/errors.ts';
import type { KubeObject } from '../api/types.ts';
import type { SeededRandom } from '../base/rand.ts';

/** What admission and defaulting may read: the cluster as the API server sees it. */
export interface AdmissionContext {
  readonly nowMs: number;
  readonly rand: SeededRandom;
  /** Reads a stored object (frozen), or undefined. */
  get(group: string, resource: string, namespace: string | undefined, name: string): KubeObject | undefined;
  list(group: string, resource: string, namespace?: string): KubeObject[];
  /** Allocates from a cluster-wide allocator (ClusterIPs, node ports); throws a StatusError when full. */
  readonly allocators: Allocators;
}

export interface Allocators {
  readonly [name: string]: unknown;
}

export interface ResourceStrategy {
  /** Does the resource have a status subresource (so updates of the main resource keep status)? */
  readonly hasStatus: boolean;
  /** Does a change of `spec` bump metadata.generation? */
  readonly tracksGeneration: boolean;
  /** Applies defaults in place (the object is a private copy). */
  default?(obj: KubeObject): void;
  /** Fills server-set fields on create (status, allocated IPs, generated selectors) in place. */
  prepareForCreate?(obj: KubeObject, ctx: AdmissionContext): void;
  /** Mutating admission in place (ServiceAccount, DefaultTolerationSeconds, Priority, …). */
  admit?(obj: KubeObject, ctx: AdmissionContext): void;
  validate?(obj: KubeObject, ctx: AdmissionContext): FieldCause[];
  /** Update rules (immutable fields); `obj` is the new object after prepareForUpdate. */
  validateUpdate?(obj: KubeObject, old: KubeObject, ctx: AdmissionContext): FieldCause[];
  /** Carries server-owned fields from the stored object into an update, in place. */
  prepareForUpdate?(obj: KubeObject, old: KubeObject): void;
  /** Releases what prepareForCreate allocated, when the object is finally removed. */
  release?(obj: KubeObject, ctx: AdmissionContext): void;
  /** Which field selectors the resource supports besides metadata.name and metadata.namespace. */
  readonly fieldLabels?: Readonly<Record<string, (obj: KubeObject) => string>>;
}

export const DEFAULT_STRATEGY: ResourceStrategy = { hasStatus: true, tracksGeneration: false };
