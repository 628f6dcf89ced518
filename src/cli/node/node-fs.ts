// A node machine's root filesystem as the shell's VirtualFs, seen by one user: vagrant reads
// what is not root's alone and writes only its home and /tmp; root does anything. A change in
// /etc/kubernetes/manifests tells the node's kubelet (its file source watches the directory).

import { isFsError, MANIFESTS_DIR, readableBy, writableBy, type Cluster, type Errno, type Vfs } from '../../engine/index.ts';
import { FsError, type FsEntryInfo, type FsErrorCode, type VirtualFs } from '../fs/virtual-fs.ts';

const CODES: ReadonlySet<string> = new Set<FsErrorCode>(['ENOENT', 'EISDIR', 'ENOTDIR', 'EEXIST', 'ENOTEMPTY', 'EACCES']);
/** Invariant: a snapshot or a recursive removal visits at most this many entries. */
const MAX_WALK = 5_000;

function check(result: { errno: Errno; path: string } | undefined): void {
  if (result === undefined) return;
  throw new FsError(CODES.has(result.errno) ? (result.errno as FsErrorCode) : 'EACCES', result.path);
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export class NodeFs implements VirtualFs {
  private changes = 0;

  constructor(private readonly cluster: Cluster, readonly node: string, readonly user: string) {}

  get changeCount(): number {
    return this.changes;
  }

  /** The same machine's files as another user sees them (sudo). */
  as(user: string): NodeFs {
    return new NodeFs(this.cluster, this.node, user);
  }

  private vfs(): Vfs {
    const vfs = this.cluster.machines.fs(this.node);
    if (!vfs) throw new FsError('ENOENT', '/');
    return vfs;
  }

  private canRead(path: string): boolean {
    return readableBy(this.user, path) && readableBy(this.user, parentOf(path));
  }

  private mustRead(path: string): void {
    if (!this.canRead(path)) throw new FsError('EACCES', path);
  }

  private mustWrite(path: string): void {
    if (!this.canRead(parentOf(path))) throw new FsError('EACCES', path);
    if (!writableBy(this.user, path)) throw new FsError('EACCES', path);
  }

  private changed(...paths: string[]): void {
    this.changes++;
    if (paths.some((p) => p === MANIFESTS_DIR || p.startsWith(`${MANIFESTS_DIR}/`))) this.cluster.machines.manifestsChanged(this.node);
  }

  exists(path: string): boolean {
    return this.stat(path) !== undefined;
  }

  stat(path: string): FsEntryInfo | undefined {
    if (!this.canRead(parentOf(path)) && path !== '/') return undefined;
    const st = this.vfs().stat(path);
    if (isFsError(st)) return undefined;
    return { type: st.kind === 'dir' ? 'dir' : 'file', size: st.size, mtimeMs: st.mtimeMs };
  }

  readFile(path: string): string {
    this.mustRead(path);
    const data = this.vfs().readFile(path);
    if (isFsError(data)) return check(data) as never;
    return data;
  }

  writeFile(path: string, content: string): void {
    this.mustWrite(path);
    check(this.vfs().writeFile(path, content));
    this.changed(path);
  }

  appendFile(path: string, content: string): void {
    this.mustWrite(path);
    check(this.vfs().writeFile(path, content, { append: true }));
    this.changed(path);
  }

  mkdir(path: string, options?: { parents?: boolean }): void {
    this.mustWrite(path);
    check(this.vfs().mkdir(path, options?.parents ? { parents: true } : {}));
    this.changed(path);
  }

  readdir(path: string): string[] {
    this.mustRead(path);
    const names = this.vfs().readdir(path);
    if (isFsError(names)) return check(names) as never;
    return [...names].sort();
  }

  remove(path: string, options?: { recursive?: boolean }): void {
    this.mustWrite(path);
    const vfs = this.vfs();
    const st = vfs.stat(path);
    if (isFsError(st)) return check(st);
    if (st.kind !== 'dir') check(vfs.unlink(path));
    else if (options?.recursive) this.removeTree(vfs, path, { left: MAX_WALK });
    else check(vfs.rmdir(path));
    this.changed(path);
  }

  private removeTree(vfs: Vfs, path: string, budget: { left: number }): void {
    const names = vfs.readdir(path);
    if (!isFsError(names)) {
      for (const name of names) {
        if (budget.left-- <= 0) return;
        const child = `${path === '/' ? '' : path}/${name}`;
        const st = vfs.stat(child);
        if (!isFsError(st) && st.kind === 'dir') this.removeTree(vfs, child, budget);
        else check(vfs.unlink(child));
      }
    }
    check(vfs.rmdir(path));
  }

  rename(from: string, to: string): void {
    this.mustWrite(from);
    this.mustWrite(to);
    check(this.vfs().rename(from, to));
    this.changed(from, to);
  }

  snapshot(): Record<string, string> {
    const out: Record<string, string> = {};
    const vfs = this.vfs();
    const queue = ['/'];
    for (let visited = 0; queue.length > 0 && visited < MAX_WALK; visited++) {
      const dir = queue.shift()!;
      const names = vfs.readdir(dir);
      if (isFsError(names)) continue;
      for (const name of names) {
        const path = `${dir === '/' ? '' : dir}/${name}`;
        const data = vfs.stat(path);
        if (isFsError(data)) continue;
        if (data.kind === 'dir') queue.push(path);
        else if (this.canRead(path)) {
          const content = vfs.readFile(path);
          if (!isFsError(content)) out[path] = content;
        }
      }
    }
    return out;
  }
}
