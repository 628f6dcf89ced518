import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../api/types.ts';
import { resource, statusMessage, testServer } from '../testing/server.ts';

const DEPLOYMENTS = resource('apps', 'deployments');
const STATEFULSETS = resource('apps', 'statefulsets');
const DAEMONSETS = resource('apps', 'daemonsets');
const REPLICASETS = resource('apps', 'replicasets');
const RCS = resource('', 'replicationcontrollers');

const template = (labels: Record<string, string>) => ({ metadata: { labels }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } });
const workload = (kind: string, name: string, spec: Record<string, unknown>, apiVersion = 'apps/v1'): KubeObject => ({ apiVersion, kind, metadata: { name }, spec });

describe('deployments', () => {
  it('fills the apps/v1 defaults and the template pod defaults', () => {
    const created = testServer().create(DEPLOYMENTS, 'default', workload('Deployment', 'web', { selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) }));
    expect(created.metadata.generation).toBe(1);
    expect(created.status).toEqual({});
    expect(created.spec).toMatchObject({
      replicas: 1, revisionHistoryLimit: 10, progressDeadlineSeconds: 600,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      template: { metadata: { creationTimestamp: null, labels: { app: 'web' } }, spec: { restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', terminationGracePeriodSeconds: 30 } },
    });
    const podSpec = (created.spec as { template: { spec: Record<string, unknown> } }).template.spec;
    expect(podSpec.enableServiceLinks).toBeUndefined();
    expect(podSpec.serviceAccountName).toBeUndefined();
    expect(podSpec.tolerations).toBeUndefined();
  });

  it('rejects a selector that does not match the template', () => {
    expect(statusMessage(() => testServer().create(DEPLOYMENTS, 'default', workload('Deployment', 'web', { selector: { matchLabels: { app: 'web2' } }, template: template({ app: 'web' }) }))))
      .toBe('Deployment.apps "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`');
  });

  it('requires a selector', () => {
    expect(statusMessage(() => testServer().create(DEPLOYMENTS, 'default', workload('Deployment', 'web', { template: template({ app: 'web' }) }))))
      .toBe('Deployment.apps "web" is invalid: [spec.selector: Required value, spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`]');
  });

  it('validates the template pod spec under spec.template.spec', () => {
    expect(statusMessage(() => testServer().create(DEPLOYMENTS, 'default', workload('Deployment', 'web', {
      selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web' }] } },
    })))).toBe('Deployment.apps "web" is invalid: spec.template.spec.containers[0].image: Required value');
  });

  it('reports unsupported strategies as the Go struct', () => {
    expect(statusMessage(() => testServer().create(DEPLOYMENTS, 'default', workload('Deployment', 'web', {
      selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }), strategy: { type: 'BlueGreen' },
    })))).toBe('Deployment.apps "web" is invalid: spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:"BlueGreen", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: "Recreate", "RollingUpdate"');
  });

  it('keeps the selector immutable and bumps the generation on spec changes', () => {
    const server = testServer();
    const created = server.create(DEPLOYMENTS, 'default', workload('Deployment', 'web', { selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) }));
    const scaled = structuredClone(created);
    (scaled.spec as { replicas: number }).replicas = 3;
    expect(server.update(DEPLOYMENTS, 'default', scaled).metadata.generation).toBe(2);
    const moved = structuredClone(server.get(DEPLOYMENTS, 'default', 'web'));
    (moved.spec as Record<string, unknown>).selector = { matchLabels: { app: 'web2' } };
    (moved.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels = { app: 'web2' };
    expect(statusMessage(() => server.update(DEPLOYMENTS, 'default', moved)))
      .toBe('Deployment.apps "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web2"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable');
  });
});

describe('other workloads', () => {
  it('defaults and validates statefulsets, forbidding most spec updates', () => {
    const server = testServer();
    const created = server.create(STATEFULSETS, 'default', workload('StatefulSet', 'db', {
      serviceName: 'db', selector: { matchLabels: { app: 'db' } }, template: template({ app: 'db' }),
      volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
    }));
    expect(created.spec).toMatchObject({
      replicas: 1, podManagementPolicy: 'OrderedReady', revisionHistoryLimit: 10,
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
      volumeClaimTemplates: [{ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', creationTimestamp: null }, spec: { volumeMode: 'Filesystem' }, status: { phase: 'Pending' } }],
    });
    expect(created.status).toEqual({ replicas: 0, availableReplicas: 0 });
    const next = structuredClone(created);
    (next.spec as Record<string, unknown>).serviceName = 'other';
    expect(statusMessage(() => server.update(STATEFULSETS, 'default', next)))
      .toBe("StatefulSet.apps \"db\" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden");
  });

  it('tracks the daemonset template generation annotation', () => {
    const server = testServer();
    const created = server.create(DAEMONSETS, 'kube-system', workload('DaemonSet', 'agent', { selector: { matchLabels: { app: 'agent' } }, template: template({ app: 'agent' }) }));
    expect(created.metadata.annotations).toEqual({ 'deprecated.daemonset.template.generation': '1' });
    expect((created.spec as { updateStrategy: unknown }).updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
    const next = structuredClone(created);
    (next.spec as { template: { spec: { containers: Array<{ image: string }> } } }).template.spec.containers[0]!.image = 'nginx:1.28';
    expect(server.update(DAEMONSETS, 'kube-system', next).metadata.annotations).toEqual({ 'deprecated.daemonset.template.generation': '2' });
  });

  it('gives replicasets a replicas status and the deployment-worded empty selector message', () => {
    const server = testServer();
    expect(server.create(REPLICASETS, 'default', workload('ReplicaSet', 'rs', { selector: { matchLabels: { a: 'b' } }, template: template({ a: 'b' }) })).status).toEqual({ replicas: 0 });
    expect(statusMessage(() => server.create(REPLICASETS, 'default', workload('ReplicaSet', 'rs2', { selector: {}, template: template({ a: 'b' }) }))))
      .toBe('ReplicaSet.apps "rs2" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment');
  });

  it('defaults replication controller selectors and labels from the template', () => {
    const created = testServer().create(RCS, 'default', workload('ReplicationController', 'rc', { template: template({ app: 'old' }) }, 'v1'));
    expect(created.metadata.labels).toEqual({ app: 'old' });
    expect(created.spec).toMatchObject({ replicas: 1, selector: { app: 'old' } });
  });
});
