// Which pods each Service sends traffic to: the ready endpoints of its EndpointSlices (found by the
// `kubernetes.io/service-name` label), by pod UID. Updated slice by slice, so a change costs one slice.

import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { KubeObject } from '../../../engine/index.ts';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

interface SliceEntry {
  readonly service: string;
  readonly pods: readonly string[];
}

/** `namespace/name`, the key the index uses for slices and Services. */
export const namespacedName = (obj: KubeObject): string => `${obj.metadata.namespace ?? ''}/${obj.metadata.name ?? ''}`;

export class EndpointIndex {
  private readonly slices = new Map<string, SliceEntry>();
  private readonly byService = new Map<string, Set<string>>();

  /** Records a slice (or its deletion); returns the Services whose endpoints may have changed. */
  update(slice: KubeObject, deleted: boolean): string[] {
    const key = namespacedName(slice);
    const before = this.slices.get(key);
    if (before) {
      this.slices.delete(key);
      this.byService.get(before.service)?.delete(key);
    }
    const name = slice.metadata.labels?.[SERVICE_NAME_LABEL];
    const touched = before ? [before.service] : [];
    if (deleted || name === undefined) return touched;
    const service = `${slice.metadata.namespace ?? ''}/${name}`;
    const pods = (slice as unknown as EndpointSlice).endpoints?.flatMap((e) =>
      e.conditions?.ready !== false && e.targetRef?.uid ? [e.targetRef.uid] : []) ?? [];
    this.slices.set(key, { service, pods });
    let keys = this.byService.get(service);
    if (!keys) this.byService.set(service, (keys = new Set()));
    keys.add(key);
    return service === before?.service ? touched : [...touched, service];
  }

  /** The ready endpoint pods of a Service (`namespace/name`), sorted and without repeats. */
  endpointsOf(service: string): string[] {
    const pods = new Set<string>();
    for (const key of this.byService.get(service) ?? []) for (const uid of this.slices.get(key)?.pods ?? []) pods.add(uid);
    return [...pods].sort();
  }

  clear(): void {
    this.slices.clear();
    this.byService.clear();
  }
}
