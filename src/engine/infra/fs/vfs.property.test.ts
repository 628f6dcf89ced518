import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFsError, type Errno } from './errors.ts';
import { emptyLayer, layerWithFiles, type ImageFiles } from './layer.ts';
import { isWithin, parentOf } from './path.ts';
import { Vfs } from './vfs.ts';

// A flat reference model: the merged view as one Map, with the POSIX rules spelled out plainly.
type Item = { t: 'f'; data: string } | { t: 'd' };
const MOUNTS = [{ path: '/data', readOnly: false }, { path: '/ro', readOnly: true }];
const IMAGE: ImageFiles = { '/etc/hostname': 'h\n', '/etc/x/y': 'y', '/a/b/c': 'c', '/empty/': '' };
const PATHS = ['/a', '/a/b', '/a/b/c', '/a/z', '/etc', '/etc/hostname', '/etc/x', '/etc/x/y', '/empty', '/empty/n',
  '/data', '/data/f', '/data/d', '/data/d/g', '/ro', '/ro/k', '/n', '/n/m'];

class Model {
  readonly m = new Map<string, Item>([['/', { t: 'd' }], ['/etc', { t: 'd' }], ['/etc/hostname', { t: 'f', data: 'h\n' }],
    ['/etc/x', { t: 'd' }], ['/etc/x/y', { t: 'f', data: 'y' }], ['/a', { t: 'd' }], ['/a/b', { t: 'd' }],
    ['/a/b/c', { t: 'f', data: 'c' }], ['/empty', { t: 'd' }], ['/data', { t: 'd' }], ['/ro', { t: 'd' }], ['/ro/k', { t: 'f', data: 'k' }]]);

  lookup(p: string): Item | Errno {
    for (let a = parentOf(p), chain: string[] = []; ; a = parentOf(a)) {
      if (a !== p) chain.unshift(a);
      if (a === '/') {
        for (const c of chain.slice(1)) {
          const it = this.m.get(c);
          if (!it) return 'ENOENT';
          if (it.t !== 'd') return 'ENOTDIR';
        }
        break;
      }
    }
    return this.m.get(p) ?? 'ENOENT';
  }
  parentErr(p: string): Errno | undefined {
    const up = this.lookup(parentOf(p));
    return typeof up === 'string' ? up : up.t === 'd' ? undefined : 'ENOTDIR';
  }
  ro(p: string): boolean { return MOUNTS.some((m) => m.readOnly && isWithin(p, m.path)); }
  mountOf(p: string): string { return MOUNTS.find((m) => isWithin(p, m.path))?.path ?? '/'; }
  children(p: string): string[] {
    return [...this.m.keys()].filter((k) => k !== '/' && parentOf(k) === p).map((k) => k.slice(k.lastIndexOf('/') + 1)).sort();
  }
  write(p: string, data: string, append: boolean): Errno | undefined {
    const e = this.parentErr(p);
    if (e) return e;
    const old = this.m.get(p);
    if (old?.t === 'd') return 'EISDIR';
    if (this.ro(p)) return 'EROFS';
    this.m.set(p, { t: 'f', data: append && old ? old.data + data : data });
    return undefined;
  }
  mkdir(p: string): Errno | undefined {
    if (this.m.has(p)) return 'EEXIST';
    const e = this.parentErr(p);
    if (e) return e;
    if (this.ro(p)) return 'EROFS';
    this.m.set(p, { t: 'd' });
    return undefined;
  }
  unlink(p: string): Errno | undefined {
    const it = this.lookup(p);
    if (typeof it === 'string') return it;
    if (it.t === 'd') return 'EISDIR';
    if (this.ro(p)) return 'EROFS';
    this.m.delete(p);
    return undefined;
  }
  rmdir(p: string): Errno | undefined {
    const it = this.lookup(p);
    if (typeof it === 'string') return it;
    if (it.t !== 'd') return 'ENOTDIR';
    if (MOUNTS.some((m) => m.path === p)) return 'EBUSY';
    if (this.children(p).length > 0) return 'ENOTEMPTY';
    if (this.ro(p)) return 'EROFS';
    this.m.delete(p);
    return undefined;
  }
  rename(a: string, b: string): Errno | undefined {
    const it = this.lookup(a);
    if (typeof it === 'string') return it;
    const e = this.parentErr(b);
    if (e) return e;
    if (this.mountOf(a) !== this.mountOf(b) || MOUNTS.some((m) => m.path === a)) return 'EXDEV';
    if (this.ro(a)) return 'EROFS';
    if (a === b) return undefined;
    if (isWithin(b, a)) return 'EINVAL';
    const target = this.m.get(b);
    if (target) {
      if (it.t === 'f' && target.t === 'd') return 'EISDIR';
      if (it.t === 'd' && target.t === 'f') return 'ENOTDIR';
      if (target.t === 'd' && this.children(b).length > 0) return 'ENOTEMPTY';
      this.m.delete(b);
    }
    for (const [k, v] of [...this.m]) {
      if (isWithin(k, a)) {
        this.m.delete(k);
        this.m.set(b + k.slice(a.length), v);
      }
    }
    return undefined;
  }
}

const path = fc.constantFrom(...PATHS);
const op = fc.oneof(
  fc.record({ k: fc.constant('write' as const), p: path, data: fc.constantFrom('', 'x', 'yz\n'), append: fc.boolean() }),
  fc.record({ k: fc.constant('mkdir' as const), p: path }),
  fc.record({ k: fc.constant('unlink' as const), p: path }),
  fc.record({ k: fc.constant('rmdir' as const), p: path }),
  fc.record({ k: fc.constant('rename' as const), p: path, to: path }),
);

describe('Vfs against a flat reference model', () => {
  it('behaves as the model for any sequence of operations', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
      const upper = emptyLayer(0);
      const vfs = new Vfs({ lower: IMAGE, upper, mounts: [
        { path: '/data', layer: emptyLayer(0), readOnly: false },
        { path: '/ro', layer: layerWithFiles({ k: 'k' }, 0), readOnly: true },
      ] }, 5);
      const model = new Model();
      for (const o of ops) {
        const got = o.k === 'write' ? vfs.writeFile(o.p, o.data, { append: o.append })
          : o.k === 'rename' ? vfs.rename(o.p, o.to) : vfs[o.k](o.p);
        const want = o.k === 'write' ? model.write(o.p, o.data, o.append)
          : o.k === 'rename' ? model.rename(o.p, o.to) : model[o.k](o.p);
        expect(got?.errno, JSON.stringify(o)).toBe(want);
      }
      for (const p of PATHS) {
        const want = model.lookup(p);
        const read = vfs.readFile(p);
        const list = vfs.readdir(p);
        if (typeof want === 'string') expect(isFsError(read) && read.errno).toBe(want);
        else if (want.t === 'f') expect(read).toBe(want.data);
        else expect(list).toEqual(model.children(p));
      }
    }), { numRuns: 300 });
  });
});
