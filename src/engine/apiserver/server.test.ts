import { describe, expect, it } from 'vitest';
import { resourceByName } from '../api/kinds.ts';
import { isStatusError, type StatusError } from '../api/errors.ts';
import type { KubeObject } from '../api/types.ts';
import { VirtualClock } from '../base/clock.ts';
import { SeededRandom } from '../base/rand.ts';
import { Store } from '../store/store.ts';
import { createAllocators } from './allocators.ts';
import { ApiServer } from './server.ts';
import { DEFAULT_STRATEGY } from './strategy.ts';

const CONFIGMAPS = resourceByName('', 'configmaps')!;
const NAMESPACES = resourceByName('', 'namespaces')!;

function server(): ApiServer {
  const s = new ApiServer({
    store: new Store(),
    clock: new VirtualClock(Date.UTC(2025, 0, 1)),
    rand: new SeededRandom(1),
    strategies: () => ({ ...DEFAULT_STRATEGY, hasStatus: false }),
    decoder: () => ({ unknownFields: [] }),
    allocators: createAllocators({ serviceCidr: '10.96.0.0/12', podCidr: '10.244.0.0/16', nodePortRange: [30000, 32767] }),
    defaultGracePeriodSeconds: () => 0,
  });
  s.create(NAMESPACES, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  return s;
}

const cm = (name: string, extra: Partial<KubeObject> = {}): KubeObject =>
  ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { a: '1' }, ...extra });

function statusOf(fn: () => unknown): StatusError {
  try {
    fn();
  } catch (e) {
    if (isStatusError(e)) return e;
    throw e;
  }
  throw new Error('expected a StatusError');
}

describe('ApiServer', () => {
  it('creates with server-set metadata', () => {
    const created = server().create(CONFIGMAPS, 'default', cm('a'));
    expect(created.metadata).toMatchObject({ name: 'a', namespace: 'default', creationTimestamp: '2025-01-01T00:00:00Z' });
    expect(created.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('rejects duplicates, missing objects and invalid names with the real messages', () => {
    const s = server();
    s.create(CONFIGMAPS, 'default', cm('a'));
    expect(statusOf(() => s.create(CONFIGMAPS, 'default', cm('a'))).message).toBe('configmaps "a" already exists');
    expect(statusOf(() => s.get(CONFIGMAPS, 'default', 'zz')).message).toBe('configmaps "zz" not found');
    expect(statusOf(() => s.create(CONFIGMAPS, 'nope', cm('b'))).message).toBe('namespaces "nope" not found');
    expect(statusOf(() => s.create(CONFIGMAPS, 'default', cm('Bad_Name'))).message).toBe(
      'ConfigMap "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\', and must start and end with an alphanumeric character (e.g. \'example.com\', regex used for validation is \'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\')');
  });

  it('detects stale updates as conflicts', () => {
    const s = server();
    const first = s.create(CONFIGMAPS, 'default', cm('a'));
    s.update(CONFIGMAPS, 'default', { ...first, data: { a: '2' } });
    expect(statusOf(() => s.update(CONFIGMAPS, 'default', { ...first, data: { a: '3' } })).message).toBe(
      'Operation cannot be fulfilled on configmaps "a": the object has been modified; please apply your changes to the latest version and try again');
  });

  it('does not write a no-op update', () => {
    const s = server();
    const first = s.create(CONFIGMAPS, 'default', cm('a'));
    const rev = s.revision;
    s.update(CONFIGMAPS, 'default', { ...first });
    expect(s.revision).toBe(rev);
  });

  it('applies merge, strategic and JSON patches', () => {
    const s = server();
    s.create(CONFIGMAPS, 'default', cm('a'));
    expect(s.patch(CONFIGMAPS, 'default', 'a', 'merge', { data: { b: '2' } }).data).toEqual({ a: '1', b: '2' });
    expect(s.patch(CONFIGMAPS, 'default', 'a', 'json', [{ op: 'remove', path: '/data/a' }]).data).toEqual({ b: '2' });
  });

  it('holds objects with finalizers until the finalizers are removed', () => {
    const s = server();
    s.create(CONFIGMAPS, 'default', cm('a', { metadata: { name: 'a', finalizers: ['example.com/hold'] } }));
    const pending = s.delete(CONFIGMAPS, 'default', 'a');
    expect(pending.metadata.deletionTimestamp).toBe('2025-01-01T00:00:00Z');
    const current = s.get(CONFIGMAPS, 'default', 'a');
    s.update(CONFIGMAPS, 'default', { ...current, metadata: { ...current.metadata, finalizers: [] } });
    expect(s.tryGet(CONFIGMAPS, 'default', 'a')).toBeUndefined();
  });

  it('refuses to delete the default namespace', () => {
    expect(statusOf(() => server().delete(NAMESPACES, undefined, 'default')).message).toBe(
      'namespaces "default" is forbidden: this namespace may not be deleted');
  });

  it('filters lists with label selectors and rejects unknown field selectors', () => {
    const s = server();
    s.create(CONFIGMAPS, 'default', cm('a', { metadata: { name: 'a', labels: { app: 'web' } } }));
    s.create(CONFIGMAPS, 'default', cm('b', { metadata: { name: 'b', labels: { app: 'db' } } }));
    expect(s.list(CONFIGMAPS, 'default', { labelSelector: 'app in (web)' }).items.map((o) => o.metadata.name)).toEqual(['a']);
    expect(s.list(CONFIGMAPS, 'default', { fieldSelector: 'metadata.name!=a' }).items.map((o) => o.metadata.name)).toEqual(['b']);
    expect(statusOf(() => s.list(CONFIGMAPS, 'default', { fieldSelector: 'spec.foo=x' })).message).toBe(
      'Unable to find "/v1, Resource=configmaps" that match label selector "", field selector "spec.foo=x": "spec.foo" is not a known field selector: only "metadata.name", "metadata.namespace"');
  });
});
