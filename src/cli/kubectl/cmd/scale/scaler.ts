// How `kubectl scale` changes one object (pkg/scale/scale.go ScaleSimple): preconditions checked against
// the object as it is now, spec.replicas written, and with --record the change cause annotated.

import { clone, StatusError } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { DryRun, formatObject, type outputFormat } from '../../util/mutation.ts';
import { CHANGE_CAUSE_ANNOTATION, type Recorder } from '../set/record.ts';
import type { Target } from '../set/targets.ts';

export const ERR_PRECONDITION = (what: string, expected: string, actual: string): string => `Expected ${what} to be ${expected}, was ${actual}`;
/** PATCH …/scale of a resource without a scale subresource. */
const ERR_NO_SCALE_SUBRESOURCE = 'the server could not find the requested resource';
const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

export interface ScaleOptions {
  readonly replicas: number;
  readonly currentReplicas: number;
  readonly resourceVersion: string;
  readonly timeoutMs: number;
  readonly dryRun: DryRun;
  readonly output: ReturnType<typeof outputFormat>;
  readonly recorder: Recorder;
}

function notFound(): StatusError {
  return new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: ERR_NO_SCALE_SUBRESOURCE, reason: 'NotFound', code: 404 });
}

/** ScaleSimple: with a precondition, read and check the scale first; then set spec.replicas. */
export function scaleOne(ctx: KubectlContext, t: Target, o: ScaleOptions): void {
  if (!SCALABLE.has(t.info.kind)) throw notFound();
  const namespace = t.info.namespaced ? t.obj.metadata.namespace : undefined;
  const name = t.obj.metadata.name ?? '';
  if (o.currentReplicas !== -1 || o.resourceVersion !== '') {
    const current = ctx.client.server.get(t.info, namespace, name);
    const replicas = String((current.spec as { replicas?: number } | undefined)?.replicas ?? 0);
    if (o.currentReplicas !== -1 && replicas !== String(o.currentReplicas)) throw new KubectlError(ERR_PRECONDITION('replicas', String(o.currentReplicas), replicas));
    const rv = current.metadata.resourceVersion ?? '';
    if (o.resourceVersion !== '' && rv !== o.resourceVersion) throw new KubectlError(ERR_PRECONDITION('resource version', o.resourceVersion, rv));
  }
  ctx.client.server.patch(t.info, namespace, name, 'merge', { spec: { replicas: o.replicas } }, { dryRun: o.dryRun === DryRun.Server });
  // MakeRecordMergePatch, sent as a plain patch even on a server dry run, as kubectl does.
  const recorded = clone(t.obj);
  o.recorder.record(recorded);
  const cause = recorded.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION];
  if (cause !== t.obj.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION]) ctx.client.server.patch(t.info, namespace, name, 'merge', { metadata: { annotations: { [CHANGE_CAUSE_ANNOTATION]: cause } } });
}

export function printScaled(ctx: KubectlContext, t: Target, o: ScaleOptions): void {
  ctx.io.stdout.write(formatObject(t.info, t.obj, { output: o.output, operation: 'scaled', dryRun: o.dryRun }));
}

