// A container's view of its files: the image's files below, the container's writable layer above,
// and volumes mounted over both. POSIX semantics with errno-style results (an FsError value, never a
// throw). Built per call over plain-data layers; mutations change those layers in place.

import { DIR_MODE, EXEC_MODE, FILE_MODE, VOLUME_DIR_MODE, type FsEntry, type FsLayer, type ImageFiles } from './layer.ts';
import { fromEntry, imageDirMode, isExecutablePath, targetClash, type Node } from './nodes.ts';
import { fsError, isFsError, type FsError } from './errors.ts';
import { lowerIndex, type LowerIndex } from './lower-index.ts';
import { isWithin, joinPath, parentOf, resolvePath } from './path.ts';
import { utf8ByteLength } from '../../base/utf8.ts';

export interface VfsMount {
  readonly path: string;
  readonly layer: FsLayer;
  readonly readOnly: boolean;
}

export interface VfsView {
  readonly lower: ImageFiles;
  readonly upper: FsLayer;
  readonly mounts?: readonly VfsMount[];
  /** The modification time of the image's files. */
  readonly lowerMtimeMs?: number;
}

export interface FsStat {
  readonly kind: 'file' | 'dir' | 'chardev';
  readonly size: number;
  readonly mode: number;
  readonly mtimeMs: number;
  readonly nlink: number;
}

interface Place {
  readonly layer: FsLayer;
  readonly key: string;
  readonly readOnly: boolean;
  readonly mount?: VfsMount;
}

export const DEV_NULL = '/dev/null';
/** When the images' files were built, for `ls -l` of image files. */
export const IMAGE_MTIME_MS = Date.UTC(2025, 1, 13, 18, 25, 0);

export class Vfs {
  private readonly lower: LowerIndex;
  private readonly mounts: readonly VfsMount[];

  constructor(private readonly view: VfsView, private readonly nowMs: number, readonly cwd: string = '/') {
    this.lower = lowerIndex(view.lower);
    this.mounts = (view.mounts ?? []).map((m) => ({ ...m, path: resolvePath('/', m.path) }));
  }

  /** The same files seen from another working directory. */
  at(cwd: string): Vfs {
    return new Vfs(this.view, this.nowMs, resolvePath(this.cwd, cwd));
  }

  /** The absolute normalised form of `path`. */
  abs(path: string): string {
    return resolvePath(this.cwd, path);
  }

  exists(path: string): boolean {
    return !isFsError(this.stat(path));
  }

  stat(path: string): FsStat | FsError {
    if (this.abs(path) === DEV_NULL) return { kind: 'chardev', size: 0, mode: 0o666, mtimeMs: this.nowMs, nlink: 1 };
    const node = this.lookup(path);
    if (isFsError(node)) return node;
    if (node.kind === 'file') return { kind: 'file', size: utf8ByteLength(node.data), mode: node.mode, mtimeMs: node.mtimeMs, nlink: 1 };
    const names = this.names(this.abs(path));
    const subdirs = names.filter((n) => this.node(joinPath(this.abs(path), n))?.kind === 'dir').length;
    return { kind: 'dir', size: 4096, mode: node.mode, mtimeMs: node.mtimeMs, nlink: 2 + subdirs };
  }

  readFile(path: string): string | FsError {
    if (this.abs(path) === DEV_NULL) return '';
    const node = this.lookup(path);
    if (isFsError(node)) return node;
    return node.kind === 'dir' ? fsError('EISDIR', path) : node.data;
  }

  readdir(path: string): string[] | FsError {
    const node = this.lookup(path);
    if (isFsError(node)) return node;
    return node.kind === 'dir' ? this.names(this.abs(path)) : fsError('ENOTDIR', path);
  }

  /** Creates, truncates (or with `append` extends) a regular file. */
  writeFile(path: string, data: string, opts: { append?: boolean; mode?: number } = {}): FsError | undefined {
    const abs = this.abs(path);
    if (abs === DEV_NULL) return undefined;
    const bad = this.parentError(path);
    if (bad) return bad;
    const old = this.node(abs);
    if (old?.kind === 'dir') return fsError('EISDIR', path);
    if (path.endsWith('/')) return fsError(old ? 'ENOTDIR' : 'EISDIR', path);
    const place = this.place(abs);
    if (place.readOnly) return fsError('EROFS', path);
    const content = opts.append && old ? old.data + data : data;
    this.put(abs, { t: 'f', data: content, mode: old?.mode ?? opts.mode ?? FILE_MODE, mtimeMs: this.nowMs }, !old);
    return undefined;
  }

  /** Creates an empty file, or updates the modification time of an existing file or directory. */
  touch(path: string): FsError | undefined {
    const abs = this.abs(path);
    const node = this.node(abs);
    if (!node || abs === DEV_NULL) return this.writeFile(path, '', { append: true });
    const place = this.place(abs);
    if (place.readOnly) return fsError('EROFS', path);
    this.put(abs, node.kind === 'file'
      ? { t: 'f', data: node.data, mode: node.mode, mtimeMs: this.nowMs }
      : { ...this.dirEntry(abs, node.mode, false), mtimeMs: this.nowMs }, false);
    return undefined;
  }

  chmod(path: string, mode: number): FsError | undefined {
    const abs = this.abs(path);
    const node = this.lookup(path);
    if (isFsError(node)) return node;
    if (this.place(abs).readOnly) return fsError('EROFS', path);
    this.put(abs, node.kind === 'file' ? { t: 'f', data: node.data, mode, mtimeMs: node.mtimeMs } : { ...this.dirEntry(abs, mode, false), mtimeMs: node.mtimeMs }, false);
    return undefined;
  }

  mkdir(path: string, opts: { parents?: boolean; mode?: number } = {}): FsError | undefined {
    const abs = this.abs(path);
    const existing = this.node(abs);
    if (existing) return opts.parents && existing.kind === 'dir' ? undefined : fsError('EEXIST', path);
    const parent = parentOf(abs);
    const up = this.lookup(parent);
    if (isFsError(up)) {
      if (!opts.parents || up.errno !== 'ENOENT') return fsError(up.errno, path);
      const made = this.mkdir(parent, { parents: true });
      if (made) return fsError(made.errno, path);
    } else if (up.kind !== 'dir') return fsError('ENOTDIR', path);
    if (this.place(abs).readOnly) return fsError('EROFS', path);
    this.put(abs, { ...this.dirEntry(abs, opts.mode ?? DIR_MODE, true), mtimeMs: this.nowMs }, true);
    return undefined;
  }

  unlink(path: string): FsError | undefined {
    const node = this.lookup(path);
    if (isFsError(node)) return node;
    if (node.kind === 'dir') return fsError('EISDIR', path);
    return this.remove(this.abs(path), path);
  }

  rmdir(path: string): FsError | undefined {
    const abs = this.abs(path);
    const node = this.lookup(path);
    if (isFsError(node)) return node;
    if (node.kind !== 'dir') return fsError('ENOTDIR', path);
    if (abs === '/' || this.mounts.some((m) => m.path === abs)) return fsError('EBUSY', path);
    if (this.names(abs).length > 0) return fsError('ENOTEMPTY', path);
    return this.remove(abs, path);
  }

  rename(from: string, to: string): FsError | undefined {
    const src = this.abs(from);
    const dst = this.abs(to);
    const node = this.lookup(from);
    if (isFsError(node)) return node;
    const bad = this.parentError(to);
    if (bad) return bad;
    const srcPlace = this.place(src);
    const dstPlace = this.place(dst);
    if (srcPlace.mount !== dstPlace.mount || this.mounts.some((m) => m.path === src)) return fsError('EXDEV', to);
    if (srcPlace.readOnly) return fsError('EROFS', from);
    if (src === dst) return undefined;
    if (isWithin(dst, src)) return fsError('EINVAL', to);
    const target = this.node(dst);
    if (target) {
      const clash = targetClash(node.kind, target.kind, target.kind === 'dir' && this.names(dst).length > 0);
      if (clash) return fsError(clash, to);
      this.remove(dst, to);
    }
    const tree = this.subtree(src);
    for (const [rel, n] of tree) this.put(rel === '' ? dst : `${dst}${rel}`, this.entryOf(rel === '' ? dst : `${dst}${rel}`, n), rel === '');
    for (const [rel] of [...tree].reverse()) this.remove(`${src}${rel}`, from);
    return undefined;
  }

  // --- lookup -------------------------------------------------------------------------------

  private lookup(path: string): Node | FsError {
    const abs = this.abs(path);
    const parts = abs.split('/').filter((p) => p !== '');
    let cur = '/';
    for (let i = 0; i < parts.length - 1; i++) {
      cur = joinPath(cur, parts[i]!);
      const n = this.node(cur);
      if (!n) return fsError('ENOENT', path);
      if (n.kind !== 'dir') return fsError('ENOTDIR', path);
    }
    const node = this.node(abs);
    if (!node) return fsError('ENOENT', path);
    if (node.kind === 'file' && path.endsWith('/')) return fsError('ENOTDIR', path);
    return node;
  }

  private parentError(path: string): FsError | undefined {
    const up = this.lookup(parentOf(this.abs(path)));
    if (isFsError(up)) return fsError(up.errno, path);
    return up.kind === 'dir' ? undefined : fsError('ENOTDIR', path);
  }

  private node(abs: string): Node | undefined {
    const place = this.place(abs);
    const entry = place.layer.entries[place.key];
    if (place.mount) return fromEntry(entry) ?? (place.key === '/' ? { kind: 'dir', mode: VOLUME_DIR_MODE, mtimeMs: this.nowMs } : undefined);
    if (entry) return fromEntry(entry);
    const lower = this.lowerVisible(abs) ? this.lowerNode(abs) : undefined;
    if (lower) return lower;
    return this.mounts.some((m) => m.path !== abs && isWithin(m.path, abs)) ? { kind: 'dir', mode: DIR_MODE, mtimeMs: this.nowMs } : undefined;
  }

  private lowerNode(abs: string): Node | undefined {
    const mtimeMs = this.view.lowerMtimeMs ?? IMAGE_MTIME_MS;
    const data = this.lower.files.get(abs);
    if (data !== undefined) return { kind: 'file', data, mode: isExecutablePath(abs) ? EXEC_MODE : FILE_MODE, mtimeMs };
    return this.lower.dirs.has(abs) ? { kind: 'dir', mode: imageDirMode(abs), mtimeMs } : undefined;
  }

  /** No upper whiteout, file or opaque directory above `abs` hides the image's entry. */
  private lowerVisible(abs: string): boolean {
    for (let a = parentOf(abs); a !== '/'; a = parentOf(a)) {
      const e = this.view.upper.entries[a];
      if (e && (e.t !== 'd' || e.opaque)) return false;
    }
    return true;
  }

  private names(abs: string): string[] {
    const names = new Set<string>();
    const place = this.place(abs);
    const entries = place.layer.entries;
    for (const [key, e] of Object.entries(entries)) {
      if (key !== '/' && e.t !== 'x' && parentOf(key) === place.key) names.add(key.slice(key.lastIndexOf('/') + 1));
    }
    const own = entries[place.key];
    if (!place.mount && this.lowerVisible(abs) && !(own?.t === 'd' && own.opaque)) {
      for (const name of this.lower.children.get(abs) ?? []) if (entries[joinPath(abs, name)]?.t !== 'x') names.add(name);
    }
    for (const m of this.mounts) {
      if (m.path !== abs && isWithin(m.path, abs)) names.add(m.path.slice(abs === '/' ? 1 : abs.length + 1).split('/')[0]!);
    }
    return [...names].sort();
  }

  private subtree(abs: string, rel = ''): Array<[string, Node]> {
    const node = this.node(`${abs}${rel}`)!;
    const out: Array<[string, Node]> = [[rel, node]];
    if (node.kind === 'dir') for (const name of this.names(`${abs}${rel}`)) out.push(...this.subtree(abs, `${rel}/${name}`));
    return out;
  }

  // --- mutation -----------------------------------------------------------------------------

  private place(abs: string): Place {
    let best: VfsMount | undefined;
    for (const m of this.mounts) if (isWithin(abs, m.path) && (!best || m.path.length > best.path.length)) best = m;
    if (!best) return { layer: this.view.upper, key: abs, readOnly: false };
    return { layer: best.layer, key: abs === best.path ? '/' : abs.slice(best.path === '/' ? 0 : best.path.length), readOnly: best.readOnly, mount: best };
  }

  /**
   * A directory entry for `abs`. A directory made where the image had one that is now deleted hides
   * the image's children (opaque); a copied-up directory keeps what it was.
   */
  private dirEntry(abs: string, mode: number, fresh: boolean): { t: 'd'; mode: number; opaque?: boolean } {
    const place = this.place(abs);
    if (place.mount) return { t: 'd', mode };
    const own = place.layer.entries[abs];
    const opaque = fresh ? this.lower.dirs.has(abs) || this.lower.files.has(abs) : own?.t === 'd' && own.opaque === true;
    return opaque ? { t: 'd', mode, opaque: true } : { t: 'd', mode };
  }

  private entryOf(abs: string, n: Node): FsEntry {
    return n.kind === 'file' ? { t: 'f', data: n.data, mode: n.mode, mtimeMs: n.mtimeMs } : { ...this.dirEntry(abs, n.mode, true), mtimeMs: n.mtimeMs };
  }

  private put(abs: string, entry: FsEntry, created: boolean): void {
    const place = this.place(abs);
    place.layer.entries[place.key] = entry;
    if (created) this.touchParent(abs);
  }

  private remove(abs: string, path: string): FsError | undefined {
    const place = this.place(abs);
    if (place.readOnly) return fsError('EROFS', path);
    if (!place.mount && (this.lower.files.has(abs) || this.lower.dirs.has(abs))) place.layer.entries[abs] = { t: 'x' };
    else delete place.layer.entries[place.key];
    this.touchParent(abs);
    return undefined;
  }

  private touchParent(abs: string): void {
    if (abs === '/') return;
    const parent = parentOf(abs);
    const place = this.place(parent);
    const entry = place.layer.entries[place.key];
    if (entry?.t === 'd') entry.mtimeMs = this.nowMs;
    else if (!entry && !place.mount && this.node(parent)?.kind === 'dir') {
      place.layer.entries[place.key] = { ...this.dirEntry(parent, this.node(parent)!.mode, false), mtimeMs: this.nowMs };
    }
  }
}
