import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/types.ts';
import { Store, storeKey, type StoreEvent } from './store.ts';

const pod = (name: string): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' } });

describe('Store', () => {
  it('stamps every write with the next revision as resourceVersion', () => {
    const store = new Store();
    const a = store.put(storeKey('', 'pods', 'default', 'a'), pod('a'));
    const b = store.put(storeKey('', 'pods', 'default', 'b'), pod('b'));
    expect(Number(b.metadata.resourceVersion)).toBe(Number(a.metadata.resourceVersion) + 1);
    expect(store.revision).toBe(Number(b.metadata.resourceVersion));
  });

  it('freezes what it stores', () => {
    const store = new Store();
    const a = store.put('/registry/core/pods/default/a', pod('a'));
    expect(() => { (a.metadata as { name: string }).name = 'x'; }).toThrow();
  });

  it('lists in key order and watches from a revision', () => {
    const store = new Store();
    store.put('/registry/core/pods/default/b', pod('b'));
    const from = store.revision;
    store.put('/registry/core/pods/default/a', pod('a'));
    store.delete('/registry/core/pods/default/b');
    expect(store.list('/registry/core/pods/').map((o) => o.metadata.name)).toEqual(['a']);
    const seen: StoreEvent[] = [];
    store.watch('/registry/core/pods/', (e) => seen.push(e), from);
    expect(seen.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['ADDED a', 'DELETED b']);
  });

  it('keeps lists in key order and within their prefix as keys come and go', () => {
    const store = new Store();
    const key = (ns: string, name: string): string => storeKey('', 'pods', ns, name);
    for (const [ns, name] of [['b', 'x'], ['a', 'z'], ['a', 'y'], ['ab', 'w']] as const) store.put(key(ns, name), pod(name));
    const names = (prefix: string): string[] => store.list(prefix).map((o) => o.metadata.name!);
    expect(names('/registry/core/pods/a/')).toEqual(['y', 'z']);
    store.put(key('a', 'a'), pod('a'));
    store.put(key('a', 'y'), pod('y'));
    store.delete(key('a', 'z'));
    expect(names('/registry/core/pods/a/')).toEqual(['a', 'y']);
    expect(names('/registry/core/pods/')).toEqual(['a', 'y', 'w', 'x']);
    expect(store.count('/registry/core/pods/a')).toBe(3);
    expect(names('/registry/core/')).toEqual(['a', 'y', 'w', 'x']);
  });

  it('delivers each event to the watchers of its prefix in the order they started watching', () => {
    const store = new Store();
    const seen: string[] = [];
    const stops = new Map<string, () => void>();
    for (const [id, prefix] of [['wide', '/registry/'], ['pods', '/registry/core/pods/'], ['ns-a', '/registry/core/pods/a/'], ['odd', '/k/'], ['cms', '/registry/core/configmaps/'], ['all', '/']] as const) {
      stops.set(id, store.watch(prefix, (e) => {
        seen.push(`${id} ${e.key}`);
        if (id === 'wide') stops.get('ns-a')!();
      }));
    }
    store.put('/registry/core/pods/a/x', pod('x'));
    store.put('/registry/core/pods/a/y', pod('y'));
    store.put('/k/1', pod('1'));
    store.put('/registry/core/configmaps/a/c', pod('c'));
    expect(seen).toEqual([
      'wide /registry/core/pods/a/x', 'pods /registry/core/pods/a/x', 'ns-a /registry/core/pods/a/x', 'all /registry/core/pods/a/x',
      'wide /registry/core/pods/a/y', 'pods /registry/core/pods/a/y', 'all /registry/core/pods/a/y',
      'odd /k/1', 'all /k/1',
      'wide /registry/core/configmaps/a/c', 'cms /registry/core/configmaps/a/c', 'all /registry/core/configmaps/a/c',
    ]);
  });

  it('keeps a bounded history', () => {
    const store = new Store(100);
    for (let i = 0; i < 1000; i++) store.put(`/k/${i % 7}`, pod(String(i % 7)));
    expect(store.historyLength).toBeLessThanOrEqual(100);
  });

  it('lists in key order whatever writes and deletes come between lists', () => {
    const op = fc.record({ del: fc.boolean(), ns: fc.constantFrom('a', 'b', 'kube-system'), name: fc.stringMatching(/^[a-c][a-c0-9-]{0,3}$/), list: fc.boolean() });
    fc.assert(fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
      const store = new Store();
      const live = new Set<string>();
      for (const o of ops) {
        const key = storeKey('', 'pods', o.ns, o.name);
        if (o.del) {
          store.delete(key);
          live.delete(key);
        } else {
          store.put(key, { ...pod(o.name), metadata: { name: o.name, namespace: o.ns } });
          live.add(key);
        }
        if (o.list) {
          expect(store.list('/registry/core/pods/').map((p) => storeKey('', 'pods', p.metadata.namespace, p.metadata.name!))).toEqual([...live].sort());
          expect(store.list(`/registry/core/pods/${o.ns}/`)).toHaveLength([...live].filter((k) => k.startsWith(`/registry/core/pods/${o.ns}/`)).length);
        }
      }
    }), { seed: 11, numRuns: 200 });
  });
});
