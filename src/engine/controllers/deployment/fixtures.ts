// Test fixtures for the Deployment controller's decision logic, built as upstream's tests build
// them (newDeployment, rs), and a SyncContext that records the writes and events of a sync.

import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import { rfc3339 } from '../../base/time.ts';
import type { ApiClient } from '../../client/client.ts';
import type { EventRecorder } from '../../client/events.ts';
import type { ControlledIndex } from '../common/controlled-index.ts';
import { DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION } from './annotations.ts';
import type { SyncContext } from './context.ts';

/** 2016-05-20T00:00:00Z, the "older" timestamp of upstream's tests; `+ n * HOUR_MS` for newer ones. */
export const OLDER_MS = 1_463_702_400_000;
export const HOUR_MS = 3_600_000;

export interface DeploymentOptions {
  readonly maxSurge?: number | string;
  readonly maxUnavailable?: number | string;
  readonly type?: 'RollingUpdate' | 'Recreate';
  readonly revisionHistoryLimit?: number;
  readonly progressDeadlineSeconds?: number;
}

export function newDeployment(replicas: number, opts: DeploymentOptions = {}): KubeObject {
  const type = opts.type ?? 'RollingUpdate';
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'foo', namespace: 'default', uid: 'deployment-uid', generation: 1 },
    spec: {
      replicas,
      selector: { matchLabels: { foo: 'bar' } },
      strategy: type === 'Recreate' ? { type } : { type, rollingUpdate: { maxSurge: opts.maxSurge ?? 0, maxUnavailable: opts.maxUnavailable ?? 0 } },
      template: { metadata: { labels: { foo: 'bar' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
      ...(opts.revisionHistoryLimit !== undefined ? { revisionHistoryLimit: opts.revisionHistoryLimit } : {}),
      ...(opts.progressDeadlineSeconds !== undefined ? { progressDeadlineSeconds: opts.progressDeadlineSeconds } : {}),
    },
    status: {},
  };
}

export interface ReplicaSetOptions {
  readonly available?: number;
  readonly statusReplicas?: number;
  readonly annotations?: Record<string, string>;
}

export function rs(name: string, replicas: number, createdMs: number, opts: ReplicaSetOptions = {}): KubeObject {
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: {
      name, namespace: 'default', uid: `${name}-uid`, generation: 1, creationTimestamp: rfc3339(createdMs),
      ...(opts.annotations ? { annotations: opts.annotations } : {}),
    },
    spec: { replicas, selector: { matchLabels: { foo: 'bar' } }, template: {} },
    status: { replicas: opts.statusReplicas ?? 0, observedGeneration: 1, ...(opts.available ? { availableReplicas: opts.available } : {}) },
  };
}

/** A ReplicaSet sized by a Deployment of `desired` replicas with `surge` (its desired/max annotations). */
export function sizedFor(replicaSet: KubeObject, desired: number, surge = 0): KubeObject {
  const copy = clone(replicaSet);
  copy.metadata.annotations = {
    ...copy.metadata.annotations,
    [DESIRED_REPLICAS_ANNOTATION]: String(desired),
    [MAX_REPLICAS_ANNOTATION]: String(desired + surge),
  };
  return copy;
}

export interface Action {
  readonly verb: 'create' | 'update' | 'updateStatus' | 'delete';
  readonly resource: string;
  readonly object: KubeObject;
}

export interface FakeSync {
  readonly ctx: SyncContext;
  readonly actions: Action[];
  readonly events: string[];
  readonly requeues: number[];
}

/** A SyncContext whose client only records what it is asked to write and echoes it back. */
export function fakeSync(nowMs = OLDER_MS): FakeSync {
  const actions: Action[] = [];
  const events: string[] = [];
  const requeues: number[] = [];
  const record = (verb: Action['verb']) => (resource: string, object: KubeObject): KubeObject => {
    actions.push({ verb, resource, object: clone(object) });
    return clone(object);
  };
  const client = {
    get: () => undefined,
    create: record('create'),
    update: record('update'),
    updateStatus: record('updateStatus'),
    delete: (resource: string, namespace: string, name: string) => record('delete')(resource, { apiVersion: '', kind: '', metadata: { namespace, name } }),
  } as unknown as ApiClient;
  const recorder = { record: (_o: KubeObject, type: string, reason: string, message: string) => events.push(`${type} ${reason} ${message}`) } as unknown as EventRecorder;
  const replicaSets = { get: () => undefined } as unknown as ControlledIndex;
  const ctx: SyncContext = {
    client, recorder, replicaSets, nowMs,
    requeueAfter: (ms) => requeues.push(ms),
    requeueRateLimited: () => requeues.push(0),
  };
  return { ctx, actions, events, requeues };
}

/** spec.replicas of the last update of each ReplicaSet, by name. */
export function scaledTo(actions: readonly Action[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of actions) {
    if (a.verb === 'update' && a.resource === 'apps/replicasets') out[a.object.metadata.name!] = (a.object.spec as { replicas: number }).replicas;
  }
  return out;
}
