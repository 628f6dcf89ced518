// Creating and deleting a controller's pods (controller.RealPodControl): the pod is built from the
// template (labels, annotations and finalizers from its metadata), named `<owner>-` plus a
// random suffix, controlled by the owner, and each outcome is recorded as an event on the owner.

import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../api/errors.ts';
import { controllerRef } from '../../api/owners.ts';
import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import type { ApiClient } from '../../client/client.ts';
import type { EventRecorder } from '../../client/events.ts';

export interface PodOverrides {
  /** A fixed name instead of generateName (StatefulSet ordinals). */
  readonly name?: string;
  readonly generateName?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

/** controller.GetPodFromTemplate. */
export function podFromTemplate(template: PodTemplateSpec, owner: KubeObject, overrides: PodOverrides = {}): KubeObject {
  const meta = template.metadata ?? {};
  const labels = { ...(meta.labels ?? {}), ...(overrides.labels ?? {}) };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...(overrides.name ? { name: overrides.name } : { generateName: overrides.generateName ?? `${owner.metadata.name}-` }),
      namespace: owner.metadata.namespace!,
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
      ...(meta.annotations ? { annotations: clone(meta.annotations) } : {}),
      ...(meta.finalizers ? { finalizers: [...meta.finalizers] } : {}),
      ownerReferences: [controllerRef(owner)],
    },
    spec: clone(template.spec ?? {}) as Record<string, unknown>,
  };
}

export class PodControl {
  constructor(private readonly client: ApiClient, private readonly recorder: EventRecorder) {}

  /** Creates the pod; records SuccessfulCreate or FailedCreate on `owner`. Returns the pod, or the error. */
  create(owner: KubeObject, pod: KubeObject): KubeObject | Error {
    try {
      const created = this.client.create('/pods', pod);
      this.recorder.record(owner, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`);
      return created;
    } catch (e) {
      if (!isStatusError(e)) throw e;
      this.recorder.record(owner, 'Warning', 'FailedCreate', `Error creating: ${e.message}`);
      return e;
    }
  }

  /** Deletes the pod; records SuccessfulDelete or FailedDelete on `owner`. A pod already gone is not an error. */
  delete(owner: KubeObject, pod: KubeObject): boolean {
    const name = pod.metadata.name!;
    try {
      this.client.delete('/pods', pod.metadata.namespace, name);
      this.recorder.record(owner, 'Normal', 'SuccessfulDelete', `Deleted pod: ${name}`);
      return true;
    } catch (e) {
      if (!isStatusError(e)) throw e;
      if (e.status.code === 404) return true;
      this.recorder.record(owner, 'Warning', 'FailedDelete', `Error deleting: ${e.message}`);
      return false;
    }
  }
}
