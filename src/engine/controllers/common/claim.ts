// Adoption and release by label selector (controller.ControllerRefManager): a controller keeps
// what it controls and still selects, adopts matching orphans while it is not being deleted,
// and releases what it controls but no longer selects.

import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { isStatusError } from '../../api/errors.ts';
import { controllerRef } from '../../api/owners.ts';
import { labelSelectorMatcher } from '../../api/selectors.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import type { ApiClient, ResourceName } from '../../client/client.ts';
import type { ControlledIndex } from './controlled-index.ts';

export interface ClaimRequest {
  readonly client: ApiClient;
  readonly resource: ResourceName;
  readonly index: ControlledIndex;
  readonly owner: KubeObject;
  readonly selector: LabelSelector | undefined;
  /** Extra condition an object must meet to be adopted (e.g. a pod that is still active). */
  readonly filter?: (o: KubeObject) => boolean;
}

/** The objects `owner` controls after adopting and releasing, in name order. */
export function claimObjects(req: ClaimRequest): KubeObject[] {
  const { owner, index, selector } = req;
  const uid = owner.metadata.uid!;
  const selects = labelSelectorMatcher(selector);
  const matches = (o: KubeObject): boolean => selects(o.metadata.labels ?? {});
  const claimed: KubeObject[] = [];
  for (const o of index.controlledBy(uid)) {
    if (matches(o)) claimed.push(o);
    else if (!owner.metadata.deletionTimestamp) release(req, o);
  }
  if (owner.metadata.deletionTimestamp) return claimed;
  for (const o of index.orphansIn(owner.metadata.namespace!)) {
    if (o.metadata.deletionTimestamp || !matches(o) || (req.filter && !req.filter(o))) continue;
    const adopted = adopt(req, o);
    if (adopted) claimed.push(adopted);
  }
  return claimed.sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
}

function adopt(req: ClaimRequest, o: KubeObject): KubeObject | undefined {
  const copy = clone(o);
  copy.metadata.ownerReferences = [...(copy.metadata.ownerReferences ?? []), controllerRef(req.owner)];
  return write(req, copy);
}

function release(req: ClaimRequest, o: KubeObject): void {
  const copy = clone(o);
  copy.metadata.ownerReferences = (copy.metadata.ownerReferences ?? []).filter((r) => r.uid !== req.owner.metadata.uid);
  if (copy.metadata.ownerReferences.length === 0) delete copy.metadata.ownerReferences;
  write(req, copy);
}

/** A conflict or a vanished object only means the next sync sees a newer state. */
function write(req: ClaimRequest, o: KubeObject): KubeObject | undefined {
  try {
    return req.client.update(req.resource, o);
  } catch (e) {
    if (!isStatusError(e)) throw e;
    return undefined;
  }
}
