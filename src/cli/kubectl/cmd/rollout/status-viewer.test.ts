// The rollout status messages for each stage of a Deployment, DaemonSet and StatefulSet rollout.

import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../engine/index.ts';
import { daemonSetStatus, deploymentStatus, statefulSetStatus, statusViewerFor } from './status-viewer.ts';

const obj = (kind: string, spec: Record<string, unknown>, status: Record<string, unknown>, generation = 2, annotations: Record<string, string> = {}): KubeObject =>
  ({ apiVersion: 'apps/v1', kind, metadata: { name: 'web', generation, annotations }, spec, status });

describe('deployment status', () => {
  const d = (status: Record<string, unknown>, generation = 2) => obj('Deployment', { replicas: 3 }, { observedGeneration: 2, ...status }, generation, { 'deployment.kubernetes.io/revision': '4' });

  it.each([
    [{ observedGeneration: 1 }, 'Waiting for deployment spec update to be observed...\n', false],
    [{ updatedReplicas: 1, replicas: 4 }, 'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...\n', false],
    [{ updatedReplicas: 3, replicas: 4 }, 'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...\n', false],
    [{ updatedReplicas: 3, replicas: 3, availableReplicas: 2 }, 'Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...\n', false],
    [{ updatedReplicas: 3, replicas: 3, availableReplicas: 3 }, 'deployment "web" successfully rolled out\n', true],
  ])('%j', (status, message, done) => {
    expect(deploymentStatus(d(status), 0)).toEqual({ message, done });
  });

  it('fails past the progress deadline and on another revision', () => {
    expect(() => deploymentStatus(d({ conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] }), 0))
      .toThrow('deployment "web" exceeded its progress deadline');
    expect(() => deploymentStatus(d({}), 3)).toThrow('desired revision (3) is different from the running revision (4)');
    expect(deploymentStatus(d({ updatedReplicas: 3, replicas: 3, availableReplicas: 3 }), 4).done).toBe(true);
  });
});

describe('daemon set status', () => {
  const ds = (status: Record<string, unknown>, type = 'RollingUpdate') => obj('DaemonSet', { updateStrategy: { type } }, { observedGeneration: 2, desiredNumberScheduled: 3, ...status });
  it.each([
    [{ observedGeneration: 1 }, 'Waiting for daemon set spec update to be observed...\n'],
    [{ updatedNumberScheduled: 1 }, 'Waiting for daemon set "web" rollout to finish: 1 out of 3 new pods have been updated...\n'],
    [{ updatedNumberScheduled: 3, numberAvailable: 2 }, 'Waiting for daemon set "web" rollout to finish: 2 of 3 updated pods are available...\n'],
    [{ updatedNumberScheduled: 3, numberAvailable: 3 }, 'daemon set "web" successfully rolled out\n'],
  ])('%j', (status, message) => {
    expect(daemonSetStatus(ds(status)).message).toBe(message);
  });

  it('only follows rolling updates', () => {
    expect(() => daemonSetStatus(ds({}, 'OnDelete'))).toThrow('rollout status is only available for RollingUpdate strategy type');
  });
});

describe('stateful set status', () => {
  const sts = (status: Record<string, unknown>, rollingUpdate?: Record<string, unknown>) =>
    obj('StatefulSet', { replicas: 3, updateStrategy: { type: 'RollingUpdate', ...(rollingUpdate ? { rollingUpdate } : {}) } }, { observedGeneration: 2, ...status });
  it.each([
    [{ observedGeneration: 0 }, undefined, 'Waiting for statefulset spec update to be observed...\n', false],
    [{ readyReplicas: 1 }, undefined, 'Waiting for 2 pods to be ready...\n', false],
    [{ readyReplicas: 3, updatedReplicas: 1, partition: 0 }, { partition: 0 }, 'Waiting for partitioned roll out to finish: 1 out of 3 new pods have been updated...\n', false],
    [{ readyReplicas: 3, updatedReplicas: 3 }, { partition: 0 }, 'partitioned roll out complete: 3 new pods have been updated...\n', true],
    [{ readyReplicas: 3, updatedReplicas: 1, updateRevision: 'web-2', currentRevision: 'web-1' }, undefined, 'waiting for statefulset rolling update to complete 1 pods at revision web-2...\n', false],
    [{ readyReplicas: 3, currentReplicas: 3, updateRevision: 'web-2', currentRevision: 'web-2' }, undefined, 'statefulset rolling update complete 3 pods at revision web-2...\n', true],
  ])('%j %j', (status, rolling, message, done) => {
    expect(statefulSetStatus(sts(status, rolling))).toEqual({ message, done });
  });
});

describe('status viewers', () => {
  it('exist for deployments, daemon sets and stateful sets only', () => {
    expect(() => statusViewerFor('apps', 'ReplicaSet')).toThrow('no status viewer has been implemented for ReplicaSet.apps');
    expect(() => statusViewerFor('', 'Pod')).toThrow('no status viewer has been implemented for Pod');
  });
});
