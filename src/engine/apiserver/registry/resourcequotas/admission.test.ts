import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../api/types.ts';
import { pod, resource, statusMessage, testServer } from '../testing/server.ts';

const quota = (name: string, hard: Record<string, string>, extra: Record<string, unknown> = {}): KubeObject =>
  ({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name }, spec: { hard, ...extra } });
const container = (resources?: Record<string, unknown>) => ({ containers: [{ name: 'nginx', image: 'nginx', ...(resources ? { resources } : {}) }] });

describe('ResourceQuota admission', () => {
  it('counts pods against the quota', () => {
    const server = testServer();
    server.create(resource('', 'resourcequotas'), 'default', quota('q', { pods: '1' }));
    server.create(resource('', 'pods'), 'default', pod('a', container()));
    expect(statusMessage(() => server.create(resource('', 'pods'), 'default', pod('b', container()))))
      .toBe('pods "b" is forbidden: exceeded quota: q, requested: pods=1, used: pods=1, limited: pods=1');
  });

  it('requires the compute resources a quota tracks', () => {
    const server = testServer();
    server.create(resource('', 'resourcequotas'), 'default', quota('compute', { 'requests.cpu': '1', 'limits.memory': '1Gi' }));
    expect(statusMessage(() => server.create(resource('', 'pods'), 'default', pod('x', container()))))
      .toBe('pods "x" is forbidden: failed quota: compute: must specify limits.memory for: nginx; requests.cpu for: nginx');
    server.create(resource('', 'pods'), 'default', pod('ok', container({ requests: { cpu: '600m' }, limits: { memory: '512Mi' } })));
    expect(statusMessage(() => server.create(resource('', 'pods'), 'default', pod('big', container({ requests: { cpu: '500m' }, limits: { memory: '128Mi' } })))))
      .toBe('pods "big" is forbidden: exceeded quota: compute, requested: requests.cpu=500m, used: requests.cpu=600m, limited: requests.cpu=1');
  });

  it('counts other kinds by name and by count/<resource>', () => {
    const server = testServer();
    server.create(resource('', 'resourcequotas'), 'default', quota('objects', { configmaps: '1', 'count/deployments.apps': '0' }));
    server.create(resource('', 'configmaps'), 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } });
    expect(statusMessage(() => server.create(resource('', 'configmaps'), 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' } })))
      .toBe('configmaps "b" is forbidden: exceeded quota: objects, requested: configmaps=1, used: configmaps=1, limited: configmaps=1');
    expect(statusMessage(() => server.create(resource('apps', 'deployments'), 'default', {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' },
      spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: container() } },
    }))).toBe('deployments.apps "d" is forbidden: exceeded quota: objects, requested: count/deployments.apps=1, used: count/deployments.apps=0, limited: count/deployments.apps=0');
  });

  it('applies scoped quotas to matching pods only', () => {
    const server = testServer();
    server.create(resource('', 'resourcequotas'), 'default', quota('besteffort', { pods: '0' }, { scopes: ['BestEffort'] }));
    server.create(resource('', 'pods'), 'default', pod('burst', container({ requests: { cpu: '100m' } })));
    expect(statusMessage(() => server.create(resource('', 'pods'), 'default', pod('be', container()))))
      .toBe('pods "be" is forbidden: exceeded quota: besteffort, requested: pods=1, used: pods=0, limited: pods=0');
  });

  it('charges an update only for what it adds', () => {
    const server = testServer();
    server.create(resource('', 'resourcequotas'), 'default', quota('ports', { 'services.nodeports': '1' }));
    const svc = (name: string, type: string): KubeObject => ({
      apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { type, selector: { app: name }, ports: [{ port: 80 }] },
    });
    server.create(resource('', 'services'), 'default', svc('a', 'NodePort'));
    const b = server.create(resource('', 'services'), 'default', svc('b', 'ClusterIP'));
    const relabelled = { ...b, metadata: { ...b.metadata, labels: { tier: 'web' } } };
    expect(server.update(resource('', 'services'), 'default', relabelled).metadata.labels).toEqual({ tier: 'web' });
    const current = server.get(resource('', 'services'), 'default', 'b');
    const nodePort = { ...current, spec: { ...(current.spec as Record<string, unknown>), type: 'NodePort' } };
    expect(statusMessage(() => server.update(resource('', 'services'), 'default', nodePort)))
      .toBe('services "b" is forbidden: exceeded quota: ports, requested: services.nodeports=1, used: services.nodeports=1, limited: services.nodeports=1');
  });

  it('names a generated pod by its generated name', () => {
    const server = testServer();
    server.create(resource('', 'resourcequotas'), 'default', quota('q', { pods: '0' }));
    const message = statusMessage(() => server.create(resource('', 'pods'), 'default', pod('', container(), { generateName: 'web-' })));
    expect(message).toMatch(/^pods "web-[a-z0-9]{5}" is forbidden: exceeded quota: q, requested: pods=1, used: pods=0, limited: pods=0$/);
  });
});
