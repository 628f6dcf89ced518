import type { PodStatus } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { courseProfile, createCluster, encodeBase64Text, type KubeObject } from '../index.ts';
import { imageByRef } from './image-source.ts';
import { containerVfs } from './filesystems.ts';

type Cluster = ReturnType<typeof cluster>;

function cluster() {
  return createCluster({ seed: 7, profile: courseProfile });
}

function pod(name: string, spec: Record<string, unknown>): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { nodeName: 'k8s-worker-1', ...spec } };
}

const configMap = (name: string, data: Record<string, string>): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, data });

const messages = (c: Cluster, name: string): string[] =>
  c.client().list('/events', 'default').filter((e) => (e.involvedObject as { name: string }).name === name).map((e) => `${e.reason as string}: ${e.message as string}`);

const phase = (c: Cluster, name: string): string | undefined => (c.client().get('/pods', 'default', name)?.status as PodStatus | undefined)?.phase;

function readFile(c: Cluster, podName: string, path: string): string {
  const found = c.kubelets.kubelet('k8s-worker-1')!.podByName('default', podName)!;
  const rec = found.rec.containers[0]!;
  const text = containerVfs(c.kubelets.kubelet('k8s-worker-1')!.ctx, found.pod, found.rec, rec, imageByRef(rec.image!)).readFile(path);
  return typeof text === 'string' ? text : `error ${text.errno}`;
}

const busybox = { name: 'c', image: 'busybox', args: ['sleep', '3600'] };

describe('ConfigMap and Secret volumes', () => {
  it('holds the pod in ContainerCreating with FailedMount until the ConfigMap exists', () => {
    const c = cluster();
    c.client().create('/pods', pod('p', { containers: [{ ...busybox, volumeMounts: [{ name: 'cfg', mountPath: '/cfg' }] }], volumes: [{ name: 'cfg', configMap: { name: 'app' } }] }));
    c.advance(10_000);
    expect(phase(c, 'p')).toBe('Pending');
    expect(messages(c, 'p')).toContain('FailedMount: MountVolume.SetUp failed for volume "cfg" : configmap "app" not found');
    c.client().create('/configmaps', configMap('app', { 'a.conf': 'one' }));
    c.advance(40_000);
    expect(phase(c, 'p')).toBe('Running');
    expect(readFile(c, 'p', '/cfg/a.conf')).toBe('one');
  });

  it('names a missing item key, and honours optional', () => {
    const c = cluster();
    c.client().create('/configmaps', configMap('app', { a: '1' }));
    c.client().create('/pods', pod('bad', { containers: [busybox], volumes: [{ name: 'v', configMap: { name: 'app', items: [{ key: 'b', path: 'b' }] } }] }));
    c.client().create('/pods', pod('opt', { containers: [busybox], volumes: [{ name: 'v', secret: { secretName: 'none', optional: true } }] }));
    c.advance(30_000);
    expect(messages(c, 'bad')).toContain('FailedMount: MountVolume.SetUp failed for volume "v" : configmap references non-existent config key: b');
    expect(phase(c, 'opt')).toBe('Running');
  });

  it('updates mounted files at the next periodic sync, but not a subPath mount nor env', () => {
    const c = cluster();
    c.client().create('/configmaps', configMap('app', { k: 'old' }));
    c.client().create('/pods', pod('p', {
      containers: [{
        ...busybox, env: [{ name: 'K', valueFrom: { configMapKeyRef: { name: 'app', key: 'k' } } }],
        volumeMounts: [{ name: 'v', mountPath: '/dir' }, { name: 'v', mountPath: '/file', subPath: 'k' }],
      }],
      volumes: [{ name: 'v', configMap: { name: 'app', defaultMode: 0o640 } }],
    }));
    c.advance(30_000);
    const cm = c.client().get('/configmaps', 'default', 'app')!;
    c.client().update('/configmaps', { ...cm, data: { k: 'new' } });
    c.advance(1_000);
    expect(readFile(c, 'p', '/dir/k')).toBe('old');
    c.advance(90_000);
    expect(readFile(c, 'p', '/dir/k')).toBe('new');
    expect(readFile(c, 'p', '/file')).toBe('old');
    expect(c.kubelets.kubelet('k8s-worker-1')!.podByName('default', 'p')!.rec.containers[0]!.env).toContain('K=old');
  });

  it('skips envFrom keys that are not variable names, with the real event', () => {
    const c = cluster();
    c.client().create('/configmaps', configMap('app', { GOOD: '1', '1bad': 'x', '2alsobad': 'y' }));
    c.client().create('/pods', pod('p', { containers: [{ ...busybox, envFrom: [{ configMapRef: { name: 'app' } }] }] }));
    c.advance(30_000);
    expect(messages(c, 'p')).toContain('InvalidEnvironmentVariableNames: Keys [1bad, 2alsobad] from the EnvFrom configMap default/app were skipped since they are considered invalid environment variable names.');
  });
});

describe('imagePullSecrets', () => {
  const secret = (user: string): KubeObject => ({
    apiVersion: 'v1', kind: 'Secret', metadata: { name: 'creds', namespace: 'default' }, type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': encodeBase64Text(JSON.stringify({ auths: { 'https://index.docker.io/v1/': { username: user, password: 'pw' } } })) },
  });
  const privatePod = pod('web', { containers: [{ name: 'react-front', image: 'mpakoupete/client' }], imagePullSecrets: [{ name: 'creds' }] });

  it('denies a private image without credentials and warns about the missing secret', () => {
    const c = cluster();
    c.client().create('/pods', privatePod);
    c.advance(10_000);
    const events = messages(c, 'web');
    expect(events).toContain('FailedToRetrieveImagePullSecret: Unable to retrieve some image pull secrets (creds); attempting to pull the image may not succeed.');
    expect(events.some((m) => m.includes('pull access denied, repository does not exist or may require authorization: server message: insufficient_scope'))).toBe(true);
  });

  it('refuses the wrong user with 401 and pulls with the owner\'s credentials', () => {
    const c = cluster();
    c.client().create('/secrets', secret('someone'));
    c.client().create('/pods', privatePod);
    c.advance(10_000);
    expect(messages(c, 'web').some((m) => m.includes('failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Ampakoupete%2Fclient%3Apull&service=registry.docker.io: 401 Unauthorized'))).toBe(true);
    c.client().delete('/secrets', 'default', 'creds');
    c.client().create('/secrets', secret('mpakoupete'));
    c.advance(120_000);
    expect(phase(c, 'web')).toBe('Running');
  });
});
