import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { courseProfile } from '../../profiles/course/index.ts';
import { Cluster } from '../../sim/cluster.ts';

const quota = (name: string, hard: Record<string, string>, extra: Record<string, unknown> = {}): KubeObject =>
  ({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name, namespace: 'default' }, spec: { hard, ...extra } });

const pod = (name: string, resources?: Record<string, unknown>, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' },
  spec: { containers: [{ name: 'c', image: 'nginx', ...(resources ? { resources } : {}) }], ...extra },
});

const statusOf = (c: Cluster, name = 'q'): Record<string, unknown> | undefined =>
  c.client().get('/resourcequotas', 'default', name)?.status as Record<string, unknown> | undefined;

describe('resource-quota controller', () => {
  it('fills hard and zero usage within a second of creation', () => {
    const c = new Cluster({ seed: 3, profile: courseProfile });
    c.client().create('/resourcequotas', quota('q', { pods: '10', 'requests.cpu': '2', 'count/deployments.apps': '1' }));
    c.advance(1000);
    expect(statusOf(c)).toEqual({
      hard: { 'count/deployments.apps': '1', pods: '10', 'requests.cpu': '2' },
      used: { 'count/deployments.apps': '0', pods: '0', 'requests.cpu': '0' },
    });
  });

  it('counts what pods request and releases it when they finish or go away', () => {
    const c = new Cluster({ seed: 3, profile: courseProfile });
    c.client().create('/resourcequotas', quota('q', { pods: '10', 'requests.cpu': '2', 'limits.memory': '1Gi' }));
    c.client().create('/pods', pod('a', { requests: { cpu: '250m' }, limits: { memory: '128Mi' } }));
    c.client().create('/pods', pod('b', { requests: { cpu: '500m' }, limits: { memory: '256Mi' } }));
    c.advance(1000);
    expect(statusOf(c)?.used).toEqual({ 'limits.memory': '384Mi', pods: '2', 'requests.cpu': '750m' });
    c.client().delete('/pods', 'default', 'b', { gracePeriodSeconds: 0 });
    c.advance(1000);
    expect(statusOf(c)?.used).toEqual({ 'limits.memory': '128Mi', pods: '1', 'requests.cpu': '250m' });
  });

  it('does not count finished pods', () => {
    const c = new Cluster({ seed: 3, profile: courseProfile });
    c.client().create('/resourcequotas', quota('q', { pods: '5' }));
    c.client().create('/pods', pod('once', undefined, { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', command: ['true'] }] }));
    c.advance(1000);
    expect(statusOf(c)?.used).toEqual({ pods: '1' });
    c.advance(60_000);
    expect(c.client().get('/pods', 'default', 'once')?.status).toMatchObject({ phase: 'Succeeded' });
    expect(statusOf(c)?.used).toEqual({ pods: '0' });
  });

  it('charges only the pods a scoped quota selects', () => {
    const c = new Cluster({ seed: 3, profile: courseProfile });
    c.client().create('/resourcequotas', quota('be', { pods: '5' }, { scopes: ['BestEffort'] }));
    c.client().create('/pods', pod('besteffort'));
    c.client().create('/pods', pod('burstable', { requests: { cpu: '100m' } }));
    c.advance(1000);
    expect(statusOf(c, 'be')?.used).toEqual({ pods: '1' });
  });

  it('follows services, claims and object counts', () => {
    const c = new Cluster({ seed: 3, profile: courseProfile });
    c.client().create('/resourcequotas', quota('q', { services: '4', 'services.nodeports': '2', configmaps: '5', 'requests.storage': '10Gi', 'count/resourcequotas': '3' }));
    c.client().create('/services', {
      apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' },
      spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80 }] },
    });
    c.client().create('/persistentvolumeclaims', {
      apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'default' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '2Gi' } } },
    });
    c.advance(1000);
    // The course cluster's default namespace holds the kube-root-ca.crt ConfigMap already.
    expect(statusOf(c)?.used).toEqual({
      configmaps: '1', 'count/resourcequotas': '1', 'requests.storage': '2Gi', services: '2', 'services.nodeports': '1',
    });
  });

  it('keeps following the namespace after a snapshot is restored', () => {
    const c = new Cluster({ seed: 3, profile: courseProfile });
    c.client().create('/resourcequotas', quota('q', { pods: '5' }));
    c.advance(1000);
    const snap = c.snapshot();
    c.client().delete('/resourcequotas', 'default', 'q');
    c.advance(1000);
    c.restore(snap);
    c.client().create('/pods', pod('a'));
    c.advance(1000);
    expect(statusOf(c)?.used).toEqual({ pods: '1' });
  });
});
