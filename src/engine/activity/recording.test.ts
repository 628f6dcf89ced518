import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/types.ts';
import { courseProfile } from '../profiles/course/index.ts';
import { Cluster } from '../sim/cluster.ts';
import type { ActivityEntry } from './types.ts';

const pod = (name: string): KubeObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { containers: [{ name, image: 'nginx' }] },
});
const deployment: KubeObject = {
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api', namespace: 'default' },
  spec: { replicas: 2, selector: { matchLabels: { app: 'api' } }, template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'api', image: 'nginx' }] } } },
};
const service: KubeObject = {
  apiVersion: 'v1', kind: 'Service', metadata: { name: 'api', namespace: 'default' }, spec: { selector: { app: 'api' }, ports: [{ port: 80 }] },
};

function recording(): Cluster {
  const c = new Cluster({ seed: 1, profile: courseProfile });
  c.activity.enable();
  return c;
}

const brief = (e: ActivityEntry): string => `${e.actor}${e.detail ? `(${e.detail})` : ''} ${e.action}`;
const about = (entries: readonly ActivityEntry[], name: string) => entries.filter((e) => e.object.name === name && e.action !== 'event');

describe('activity recording', () => {
  it('follows a pod from kubectl to the running container, in order', () => {
    const c = recording();
    c.client().create('/pods', pod('web'));
    c.advance(20_000);
    const steps = about(c.activity.since(-1), 'web').map(brief);
    const node = (c.client().get('/pods', 'default', 'web')!.spec as { nodeName: string }).nodeName;
    expect(steps.slice(0, 12)).toEqual([
      'kubectl request', 'kube-apiserver admit', 'etcd persist',
      'kube-scheduler filter', 'kube-scheduler score', 'kube-scheduler bind',
      'kube-scheduler request', 'kube-apiserver admit', 'etcd persist',
      `kubelet(${node}) sandbox`, `kubelet(${node}) request`, 'kube-apiserver admit',
    ]);
    const runtime = steps.filter((s) => s.startsWith('kubelet(') && !s.endsWith('request'));
    expect(runtime).toEqual([`kubelet(${node}) sandbox`, `kubelet(${node}) pull`, `kubelet(${node}) pulled`, `kubelet(${node}) create`, `kubelet(${node}) start`]);
  });

  it('names the caller: kubectl\'s user and user agent, the scheduler\'s binding to the chosen node', () => {
    const c = recording();
    c.client().create('/pods', pod('web'));
    c.advance(100);
    const entries = c.activity.since(-1);
    expect(entries[0]!.params).toMatchObject({
      verb: 'create', method: 'POST', path: '/api/v1/namespaces/default/pods', user: 'kubernetes-admin',
      userAgent: 'kubectl/v1.31.4 (linux/amd64) kubernetes/a78aa47',
    });
    const bind = entries.find((e) => e.action === 'bind')!;
    const binding = entries.find((e) => e.actor === 'kube-scheduler' && e.action === 'request')!;
    expect(binding.parent).toBe(bind.seq);
    expect(binding.params).toMatchObject({ subresource: 'binding', path: '/api/v1/namespaces/default/pods/web/binding' });
    expect(entries.find((e) => e.action === 'persist' && e.parent === binding.seq)!.params).toMatchObject({ op: 'update' });
  });

  it('tells a Deployment\'s story: each controller reconciles, and its writes follow from the reconcile', () => {
    const c = recording();
    c.client().create('apps/deployments', deployment);
    c.advance(20_000);
    const entries = c.activity.since(-1);
    const reconcile = entries.find((e) => e.action === 'reconcile' && e.detail === 'deployment-controller')!;
    const rsCreate = entries.find((e) => e.action === 'request' && e.object.kind === 'ReplicaSet')!;
    expect(rsCreate.parent).toBe(reconcile.seq);
    expect(rsCreate.object.owner).toEqual({ kind: 'Deployment', name: 'api' });
    const pods = entries.filter((e) => e.action === 'request' && e.object.kind === 'Pod' && e.params.verb === 'create' && e.params.subresource === undefined);
    expect(pods).toHaveLength(2);
    expect(pods.every((p) => p.detail === 'replicaset-controller' && p.object.owner?.kind === 'ReplicaSet')).toBe(true);
    expect(entries.filter((e) => e.action === 'start')).toHaveLength(2);
  });

  it('records Events once, by the component that reported them', () => {
    const c = recording();
    c.client().create('/pods', pod('web'));
    c.advance(20_000);
    const events = c.activity.since(-1).filter((e) => e.action === 'event');
    expect(events.map((e) => `${e.actor} ${String(e.params.reason)}`)).toEqual([
      'kube-scheduler Scheduled', 'kubelet Pulling', 'kubelet Pulled', 'kubelet Created', 'kubelet Started',
    ]);
    expect(c.activity.since(-1).some((e) => e.object.kind === 'Event')).toBe(false);
  });

  it('shows kube-proxy following a Service\'s endpoints', () => {
    const c = recording();
    c.client().create('apps/deployments', deployment);
    c.client().create('/services', service);
    c.advance(20_000);
    const rules = c.activity.since(-1).filter((e) => e.actor === 'kube-proxy');
    expect(rules[0]!.params).toEqual({ op: 'create' });
    expect(rules.at(-1)!.params).toMatchObject({ op: 'endpoints', endpoints: 2 });
    expect(rules.every((e) => e.object.kind === 'Service' && e.object.name === 'api')).toBe(true);
  });

  it('records a refused request with the API server\'s reason', () => {
    const c = recording();
    c.client().create('/pods', pod('web'));
    expect(() => c.client().create('/pods', pod('web'))).toThrow();
    const last = c.activity.since(-1).slice(-2);
    expect(last.map(brief)).toEqual(['kubectl request', 'kube-apiserver reject']);
    expect(last[1]!.params).toMatchObject({ code: 409, reason: 'AlreadyExists' });
  });

  it('leaves out lease renewals and heartbeats: a cluster at rest records nothing', () => {
    const c = recording();
    c.runUntilIdle(10 * 60_000);
    expect(c.activity.since(-1)).toEqual([]);
  });

  it('records nothing while off', () => {
    const c = new Cluster({ seed: 1, profile: courseProfile });
    c.client().create('/pods', pod('web'));
    c.advance(20_000);
    expect(c.activity.since(-1)).toEqual([]);
  });

  it('never changes what happens: same seed and calls give the same cluster, recording or not', () => {
    const run = (record: boolean) => {
      const c = new Cluster({ seed: 5, profile: courseProfile });
      if (record) c.activity.enable();
      c.client().create('apps/deployments', deployment);
      c.client().create('/services', service);
      c.advance(15_000);
      c.client().delete('/pods', 'default', c.client().list('/pods', 'default')[0]!.metadata.name!);
      c.advance(40_000);
      return JSON.stringify(c.snapshot());
    };
    expect(run(true)).toBe(run(false));
  });
});
