// An in-memory VirtualFs: a tree of directories and UTF-8 text files.
// Modification times come from the injected clock so the tree is deterministic.
// Error codes follow POSIX (ENOENT, EISDIR, ENOTDIR, EEXIST, ENOTEMPTY).

import { FsError } from './virtual-fs.ts';
import type { FsEntryInfo, VirtualFs } from './virtual-fs.ts';
import { utf8ByteLength } from '../../engine/index.ts';

interface FileNode {
  readonly type: 'file';
  content: string;
  mtimeMs: number;
}

interface DirNode {
  readonly type: 'dir';
  readonly children: Map<string, FsNode>;
  mtimeMs: number;
}

type FsNode = FileNode | DirNode;

/** Size `ls -l` shows for a directory, as on ext4. */
const DIR_SIZE_BYTES = 4096;

function splitPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '' && part !== '.');
}

function joinPath(parts: readonly string[]): string {
  return `/${parts.join('/')}`;
}

export class MemoryFs implements VirtualFs {
  private readonly root: DirNode;
  private changes = 0;

  constructor(
    private readonly now: () => number,
    initialFiles: Record<string, string> = {},
  ) {
    this.root = { type: 'dir', children: new Map(), mtimeMs: now() };
    for (const [path, content] of Object.entries(initialFiles)) {
      const parts = splitPath(path);
      if (parts.length > 1) this.mkdir(joinPath(parts.slice(0, -1)), { parents: true });
      this.writeFile(path, content);
    }
  }

  get changeCount(): number {
    return this.changes;
  }

  exists(path: string): boolean {
    return this.find(path) !== undefined;
  }

  stat(path: string): FsEntryInfo | undefined {
    const node = this.find(path);
    if (node === undefined) return undefined;
    if (node.type === 'dir') return { type: 'dir', size: DIR_SIZE_BYTES, mtimeMs: node.mtimeMs };
    return { type: 'file', size: utf8ByteLength(node.content), mtimeMs: node.mtimeMs };
  }

  readFile(path: string): string {
    const node = this.get(path);
    if (node.type === 'dir') throw new FsError('EISDIR', path);
    return node.content;
  }

  writeFile(path: string, content: string): void {
    const { dir, name } = this.parentOf(path);
    const existing = dir.children.get(name);
    if (existing?.type === 'dir') throw new FsError('EISDIR', path);
    const mtimeMs = this.now();
    this.changes++;
    if (existing === undefined) {
      dir.children.set(name, { type: 'file', content, mtimeMs });
      dir.mtimeMs = mtimeMs;
    } else {
      existing.content = content;
      existing.mtimeMs = mtimeMs;
    }
  }

  appendFile(path: string, content: string): void {
    const node = this.find(path);
    if (node?.type === 'dir') throw new FsError('EISDIR', path);
    this.writeFile(path, (node?.content ?? '') + content);
  }

  mkdir(path: string, options: { parents?: boolean } = {}): void {
    const parts = splitPath(path);
    if (parts.length === 0) {
      if (options.parents === true) return;
      throw new FsError('EEXIST', path);
    }
    let dir = this.root;
    for (const [index, part] of parts.entries()) {
      const last = index === parts.length - 1;
      const child = dir.children.get(part);
      if (child === undefined) {
        if (!last && options.parents !== true) throw new FsError('ENOENT', path);
        const created: DirNode = { type: 'dir', children: new Map(), mtimeMs: this.now() };
        this.changes++;
        dir.children.set(part, created);
        dir.mtimeMs = created.mtimeMs;
        dir = created;
      } else if (child.type === 'file') {
        throw new FsError(last ? 'EEXIST' : 'ENOTDIR', path);
      } else {
        if (last && options.parents !== true) throw new FsError('EEXIST', path);
        dir = child;
      }
    }
  }

  readdir(path: string): string[] {
    const node = this.get(path);
    if (node.type === 'file') throw new FsError('ENOTDIR', path);
    return [...node.children.keys()].sort();
  }

  remove(path: string, options: { recursive?: boolean } = {}): void {
    const { dir, name } = this.parentOf(path);
    const node = dir.children.get(name);
    if (node === undefined) throw new FsError('ENOENT', path);
    if (node.type === 'dir' && node.children.size > 0 && options.recursive !== true) {
      throw new FsError('ENOTEMPTY', path);
    }
    dir.children.delete(name);
    dir.mtimeMs = this.now();
    this.changes++;
  }

  rename(from: string, to: string): void {
    const source = this.parentOf(from);
    const node = source.dir.children.get(source.name);
    if (node === undefined) throw new FsError('ENOENT', from);
    const fromParts = splitPath(from);
    const toParts = splitPath(to);
    if (joinPath(fromParts) === joinPath(toParts)) return;
    // Invariant: a directory never moves into its own subtree (that would detach a cycle).
    if (joinPath(toParts).startsWith(`${joinPath(fromParts)}/`)) throw new FsError('ENOENT', to);
    const target = this.parentOf(to);
    const existing = target.dir.children.get(target.name);
    if (existing !== undefined) this.checkReplace(node, existing, to);
    source.dir.children.delete(source.name);
    target.dir.children.set(target.name, node);
    this.changes++;
    const mtimeMs = this.now();
    source.dir.mtimeMs = mtimeMs;
    target.dir.mtimeMs = mtimeMs;
  }

  snapshot(): Record<string, string> {
    const out: Record<string, string> = {};
    const walk = (dir: DirNode, prefix: string): void => {
      for (const [name, node] of [...dir.children.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const path = `${prefix}/${name}`;
        if (node.type === 'file') out[path] = node.content;
        else walk(node, path);
      }
    };
    walk(this.root, '');
    return out;
  }

  private checkReplace(node: FsNode, existing: FsNode, to: string): void {
    if (existing.type === 'dir' && node.type === 'file') throw new FsError('EISDIR', to);
    if (existing.type === 'file' && node.type === 'dir') throw new FsError('ENOTDIR', to);
    if (existing.type === 'dir' && existing.children.size > 0) throw new FsError('ENOTEMPTY', to);
  }

  private find(path: string): FsNode | undefined {
    let node: FsNode = this.root;
    for (const part of splitPath(path)) {
      if (node.type !== 'dir') return undefined;
      const child: FsNode | undefined = node.children.get(part);
      if (child === undefined) return undefined;
      node = child;
    }
    return node;
  }

  private get(path: string): FsNode {
    const parts = splitPath(path);
    const parent = this.find(joinPath(parts.slice(0, -1)));
    if (parent !== undefined && parent.type === 'file') throw new FsError('ENOTDIR', path);
    const node = this.find(path);
    if (node === undefined) throw new FsError('ENOENT', path);
    return node;
  }

  /** The directory that holds `path`, which must exist and be a directory. */
  private parentOf(path: string): { dir: DirNode; name: string } {
    const parts = splitPath(path);
    const name = parts.at(-1);
    if (name === undefined) throw new FsError('EEXIST', path);
    const parent = this.find(joinPath(parts.slice(0, -1)));
    if (parent === undefined) throw new FsError('ENOENT', path);
    if (parent.type === 'file') throw new FsError('ENOTDIR', path);
    return { dir: parent, name };
  }
}
