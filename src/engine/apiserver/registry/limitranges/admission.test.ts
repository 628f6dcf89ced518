import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../api/types.ts';
import { pod, resource, statusMessage, testServer } from '../testing/server.ts';

const limitRange = (limits: readonly Record<string, unknown>[]): KubeObject =>
  ({ apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'limits' }, spec: { limits } });
const claim = (name: string, storage: string): KubeObject => ({
  apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage } } },
});

describe('LimitRanger admission', () => {
  it('enforces min and the limit-to-request ratio with the real messages', () => {
    const server = testServer();
    server.create(resource('', 'limitranges'), 'default', limitRange([{ type: 'Container', min: { memory: '64Mi' }, maxLimitRequestRatio: { cpu: '2' } }]));
    const create = (name: string, resources: Record<string, unknown>): string =>
      statusMessage(() => server.create(resource('', 'pods'), 'default', pod(name, { containers: [{ name: 'c', image: 'nginx', resources }] })));
    expect(create('small', { requests: { memory: '32Mi', cpu: '100m' }, limits: { cpu: '100m' } }))
      .toBe('pods "small" is forbidden: minimum memory usage per Container is 64Mi, but request is 32Mi');
    expect(create('skewed', { requests: { memory: '64Mi', cpu: '100m' }, limits: { cpu: '500m' } }))
      .toBe('pods "skewed" is forbidden: cpu max limit to request ratio per Container is 2, but provided ratio is 5.000000');
    expect(create('both', { requests: { memory: '32Mi', cpu: '100m' }, limits: { cpu: '500m' } }))
      .toBe('pods "both" is forbidden: [minimum memory usage per Container is 64Mi, but request is 32Mi, cpu max limit to request ratio per Container is 2, but provided ratio is 5.000000]');
  });

  it('names a generated pod by its generated name', () => {
    const server = testServer();
    server.create(resource('', 'limitranges'), 'default', limitRange([{ type: 'Container', max: { cpu: '1' } }]));
    const message = statusMessage(() => server.create(resource('', 'pods'), 'default',
      pod('', { containers: [{ name: 'c', image: 'nginx', resources: { limits: { cpu: '2' } } }] }, { generateName: 'web-' })));
    expect(message).toMatch(/^pods "web-[a-z0-9]{5}" is forbidden: maximum cpu usage per Container is 1, but limit is 2$/);
  });

  it('bounds a whole pod by the sum of its containers, at least its largest init container', () => {
    const server = testServer();
    server.create(resource('', 'limitranges'), 'default', limitRange([{ type: 'Pod', max: { cpu: '1' } }]));
    const c = (name: string, cpu: string): Record<string, unknown> => ({ name, image: 'nginx', resources: { requests: { cpu }, limits: { cpu } } });
    expect(statusMessage(() => server.create(resource('', 'pods'), 'default', pod('pair', { containers: [c('a', '600m'), c('b', '600m')] }))))
      .toBe('pods "pair" is forbidden: maximum cpu usage per Pod is 1, but limit is 1200m');
    expect(statusMessage(() => server.create(resource('', 'pods'), 'default', pod('init', { initContainers: [c('setup', '1500m')], containers: [c('a', '500m')] }))))
      .toBe('pods "init" is forbidden: maximum cpu usage per Pod is 1, but limit is 1500m');
    expect(server.create(resource('', 'pods'), 'default', pod('fits', { containers: [c('a', '500m'), c('b', '500m')] })).metadata.name).toBe('fits');
  });

  it('bounds the storage a claim requests', () => {
    const server = testServer();
    server.create(resource('', 'limitranges'), 'default', limitRange([{ type: 'PersistentVolumeClaim', min: { storage: '1Gi' }, max: { storage: '5Gi' } }]));
    expect(statusMessage(() => server.create(resource('', 'persistentvolumeclaims'), 'default', claim('tiny', '500Mi'))))
      .toBe('persistentvolumeclaims "tiny" is forbidden: minimum storage usage per PersistentVolumeClaim is 1Gi, but request is 500Mi');
    expect(statusMessage(() => server.create(resource('', 'persistentvolumeclaims'), 'default', claim('huge', '10Gi'))))
      .toBe('persistentvolumeclaims "huge" is forbidden: maximum storage usage per PersistentVolumeClaim is 5Gi, but request is 10Gi');
    expect(server.create(resource('', 'persistentvolumeclaims'), 'default', claim('ok', '2Gi')).metadata.name).toBe('ok');
  });
});
