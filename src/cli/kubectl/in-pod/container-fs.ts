// A container's files as the VirtualFs kubectl reads and writes (a token file, `-f` manifests,
// a kubeconfig written by `kubectl config`), over the container process's own view of them.

import { isFsError, type Errno, type Vfs } from '../../../engine/index.ts';
import { FsError, type FsEntryInfo, type FsErrorCode, type VirtualFs } from '../../fs/virtual-fs.ts';

const KNOWN: ReadonlySet<Errno> = new Set<Errno>(['ENOENT', 'EISDIR', 'ENOTDIR', 'EEXIST', 'ENOTEMPTY', 'EACCES']);

/** The value, or the container's errno thrown as the shell's FsError (anything unknown reads as EACCES). */
function ok<T>(result: T | { errno: Errno; path: string }): Exclude<T, { errno: Errno }> {
  if (isFsError(result)) throw new FsError(KNOWN.has(result.errno) ? (result.errno as FsErrorCode) : 'EACCES', result.path);
  return result as Exclude<T, { errno: Errno }>;
}

export class ContainerFs implements VirtualFs {
  private changes = 0;

  constructor(private readonly vfs: Vfs) {}

  get changeCount(): number {
    return this.changes;
  }

  exists(path: string): boolean {
    return this.vfs.exists(path);
  }

  stat(path: string): FsEntryInfo | undefined {
    const st = this.vfs.stat(path);
    return isFsError(st) ? undefined : { type: st.kind === 'dir' ? 'dir' : 'file', size: st.size, mtimeMs: st.mtimeMs };
  }

  readFile(path: string): string {
    return ok(this.vfs.readFile(path));
  }

  readdir(path: string): string[] {
    return [...ok(this.vfs.readdir(path))].sort();
  }

  writeFile(path: string, content: string): void {
    ok(this.vfs.writeFile(path, content));
    this.changes++;
  }

  appendFile(path: string, content: string): void {
    ok(this.vfs.writeFile(path, content, { append: true }));
    this.changes++;
  }

  mkdir(path: string, options?: { parents?: boolean }): void {
    ok(this.vfs.mkdir(path, { parents: options?.parents === true }));
    this.changes++;
  }

  /** Files and empty directories; kubectl never removes a tree inside a pod. */
  remove(path: string): void {
    ok(this.stat(path)?.type === 'dir' ? this.vfs.rmdir(path) : this.vfs.unlink(path));
    this.changes++;
  }

  rename(from: string, to: string): void {
    ok(this.vfs.rename(from, to));
    this.changes++;
  }

  /** No editor pane shows a container's files. */
  snapshot(): Record<string, string> {
    return {};
  }
}
