// Small builders shared by the course profile: owner references, timestamps with sub-second
// digits (drawn from the seeded generator), and typed access to the plain-JSON objects.

import type { KubeObject, OwnerReference } from '../../api/types.ts';
import type { SeededRandom } from '../../base/rand.ts';
import { rfc3339 } from '../../base/time.ts';

export type Dict = Record<string, unknown>;

export { controllerRef } from '../../api/owners.ts';

/** The reference to a Node: mirror pods are controlled by it, node leases only owned. */
export function nodeRef(node: KubeObject, controller: boolean): OwnerReference {
  const ref: OwnerReference = { apiVersion: 'v1', kind: 'Node', name: node.metadata.name!, uid: node.metadata.uid! };
  return controller ? { ...ref, controller: true } : ref;
}

/** metav1.MicroTime: 2025-03-17T08:29:55.123456Z. */
export function microTime(ms: number, rand: SeededRandom): string {
  return fraction(ms, 3, rand);
}

/** RFC 3339 with nanoseconds, as the kubelet writes kubernetes.io/config.seen. */
export function nanoTime(ms: number, rand: SeededRandom): string {
  return fraction(ms, 6, rand);
}

function fraction(ms: number, extraDigits: number, rand: SeededRandom): string {
  const millis = String(Math.floor(ms) % 1000).padStart(3, '0');
  const extra = String(rand.int(10 ** extraDigits)).padStart(extraDigits, '0');
  return rfc3339(ms).replace(/Z$/, `.${millis}${extra}Z`);
}

/** A string map with its keys in order, as Go's encoding/json writes maps. */
export function sortedMap(map: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function specOf(obj: KubeObject): Dict {
  return (obj.spec ?? {}) as Dict;
}

export function statusOf(obj: KubeObject): Dict {
  return (obj.status ?? {}) as Dict;
}
