import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { fnv32, fnv32a, safeEncode } from '../../base/names.ts';
import { rfc3339 } from '../../base/time.ts';
import { emptyProfile } from '../../profiles/empty/index.ts';
import { Cluster } from '../../sim/cluster.ts';
import { History } from './control.ts';
import {
  controllerRevisionName, equalRevision, findEqualRevisions, goMarshal, hashControllerRevision, newControllerRevision, sortControllerRevisions,
} from './history.ts';

function rev(name: string, revision: number, data: unknown, createdMs = 0, hash?: string): KubeObject {
  return {
    apiVersion: 'apps/v1', kind: 'ControllerRevision',
    metadata: { name, creationTimestamp: rfc3339(1_700_000_000_000 + createdMs), ...(hash ? { labels: { 'controller-revision-hash': hash } } : {}) },
    data, revision,
  };
}

const parent: KubeObject = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default', uid: 'uid-web' } };

describe('ControllerRevision names and hashes', () => {
  it('names a revision <parent>-<hash>, the parent cut to 223 characters', () => {
    expect(controllerRevisionName('web', '5d8f7b5d9')).toBe('web-5d8f7b5d9');
    expect(controllerRevisionName('x'.repeat(300), 'h')).toBe(`${'x'.repeat(223)}-h`);
  });

  it('marshals as Go does: sorted keys, HTML characters escaped', () => {
    expect(goMarshal({ b: 1, a: { d: '<a&b>', c: null } })).toBe('{"a":{"c":null,"d":"\\u003ca\\u0026b\\u003e"},"b":1}');
  });

  it('hashes with FNV-32 (not 32a) of the data and then the collision count', () => {
    const data = { spec: { template: { $patch: 'replace' } } };
    const raw = '{"spec":{"template":{"$patch":"replace"}}}';
    expect(hashControllerRevision(data, 0)).toBe(safeEncode(String(fnv32(`${raw}0`))));
    expect(hashControllerRevision(data, 0)).not.toBe(safeEncode(String(fnv32a(`${raw}0`))));
    expect(hashControllerRevision(data)).toBe(safeEncode(String(fnv32(raw))));
    expect(hashControllerRevision(data, 1)).not.toBe(hashControllerRevision(data, 0));
  });

  it('builds a revision controlled by its parent, labelled with the template labels and the hash', () => {
    const r = newControllerRevision(parent, { app: 'web' }, { spec: {} }, 3, 0);
    const hash = hashControllerRevision({ spec: {} }, 0);
    expect(r.metadata).toEqual({
      name: `web-${hash}`, namespace: 'default', labels: { app: 'web', 'controller-revision-hash': hash },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'uid-web', controller: true, blockOwnerDeletion: true }],
    });
    expect(r.revision).toBe(3);
  });
});

describe('ordering and equality', () => {
  it('sorts by revision, then creation time, then name', () => {
    const sorted = sortControllerRevisions([rev('c', 2, 1), rev('b', 1, 1, 5_000), rev('a', 1, 1, 5_000), rev('z', 1, 1, 0)]);
    expect(sorted.map((r) => r.metadata.name)).toEqual(['z', 'a', 'b', 'c']);
  });

  it('compares data, and numeric hashes when both have one', () => {
    expect(equalRevision(rev('a', 1, { x: 1, y: 2 }), rev('b', 2, { y: 2, x: 1 }))).toBe(true);
    expect(equalRevision(rev('a', 1, { x: 1 }), rev('b', 2, { x: 2 }))).toBe(false);
    expect(equalRevision(rev('a', 1, { x: 1 }, 0, '5477'), rev('b', 2, { x: 1 }, 0, '5478'))).toBe(false);
    expect(equalRevision(rev('a', 1, { x: 1 }, 0, '5d8f'), rev('b', 2, { x: 1 }, 0, '7c9b'))).toBe(true);
    expect(findEqualRevisions([rev('a', 1, 1), rev('b', 2, 2), rev('c', 3, 1)], rev('n', 4, 1)).map((r) => r.metadata.name)).toEqual(['a', 'c']);
  });
});

describe('History', () => {
  it('steps the collision count past a name taken by other data, and reuses a name holding the same data', () => {
    const cluster = new Cluster({ seed: 3, profile: emptyProfile });
    const client = cluster.client();
    const history = new History(client);
    const wanted = newControllerRevision(parent, {}, { spec: { v: 2 } }, 2, 0);
    client.create('apps/controllerrevisions', { ...rev(wanted.metadata.name!, 1, { spec: { v: 1 } }), metadata: { name: wanted.metadata.name!, namespace: 'default' } });
    const created = history.create(parent, wanted, 0);
    expect(created.collisionCount).toBe(1);
    expect(created.revision.metadata.name).toBe(`web-${hashControllerRevision({ spec: { v: 2 } }, 1)}`);
    const again = history.create(parent, wanted, 1);
    expect(again.revision.metadata.uid).toBe(created.revision.metadata.uid);
    expect(history.renumber(again.revision, 5).revision).toBe(5);
  });
});
