// Writing ControllerRevisions through the API (history.realHistory): creation that steps the
// collision count past a name taken by different data, renumbering, deletion.

import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import type { ApiClient } from '../../client/client.ts';
import { controllerRevisionName, goMarshal, hashControllerRevision } from './history.ts';

const RESOURCE = 'apps/controllerrevisions';
/** Each collision needs a distinct hash; a handful is already astronomically unlikely. */
const MAX_COLLISIONS = 16;

export interface CreatedRevision {
  readonly revision: KubeObject;
  /** The collision count after the names it stepped past. */
  readonly collisionCount: number;
}

export class History {
  constructor(private readonly client: ApiClient) {}

  /**
   * CreateControllerRevision: names the revision `<parent>-<hash>` for the current collision count;
   * when that name holds the same data it is the revision, when it holds other data the count goes
   * up and the next name is tried. Other API errors are thrown.
   */
  create(parent: KubeObject, revision: KubeObject, collisionCount: number): CreatedRevision {
    const copy = clone(revision);
    let count = collisionCount;
    for (let attempt = 0; attempt <= MAX_COLLISIONS; attempt++, count++) {
      copy.metadata.name = controllerRevisionName(parent.metadata.name!, hashControllerRevision(revision.data, count));
      try {
        return { revision: this.client.create(RESOURCE, copy), collisionCount: count };
      } catch (e) {
        if (!isStatusError(e) || e.reason !== 'AlreadyExists') throw e;
      }
      const exists = this.client.get(RESOURCE, parent.metadata.namespace, copy.metadata.name);
      if (exists && goMarshal(exists.data) === goMarshal(copy.data)) return { revision: exists, collisionCount: count };
    }
    throw new Error(`too many ControllerRevision name collisions for ${parent.metadata.name}`);
  }

  /** UpdateControllerRevision: gives an existing revision a new number. */
  renumber(revision: KubeObject, newRevision: number): KubeObject {
    if (revision.revision === newRevision) return revision;
    return this.client.update(RESOURCE, { ...clone(revision), revision: newRevision });
  }

  delete(revision: KubeObject): void {
    this.client.delete(RESOURCE, revision.metadata.namespace, revision.metadata.name!);
  }
}
