// What the filesystem finds at a path, merged from its layers, and the small rules about it:
// which image files are executable, which image directories have special modes, and which
// rename(2) targets are refused.

import type { Errno } from './errors.ts';
import { DIR_MODE, type FsEntry } from './layer.ts';

export type Node =
  | { readonly kind: 'file'; readonly data: string; readonly mode: number; readonly mtimeMs: number }
  | { readonly kind: 'dir'; readonly mode: number; readonly mtimeMs: number };

const EXEC_DIRS = ['/bin/', '/sbin/', '/usr/bin/', '/usr/sbin/', '/usr/local/bin/', '/usr/local/sbin/'];
/** /tmp is world-writable with the sticky bit; /root is private. */
const SPECIAL_DIR_MODES: Readonly<Record<string, number>> = { '/tmp': 0o1777, '/root': 0o700 };

export function fromEntry(e: FsEntry | undefined): Node | undefined {
  if (!e || e.t === 'x') return undefined;
  return e.t === 'f' ? { kind: 'file', data: e.data, mode: e.mode, mtimeMs: e.mtimeMs } : { kind: 'dir', mode: e.mode, mtimeMs: e.mtimeMs };
}

/** Why rename(2) refuses to replace `dst` by `src`, if it does. */
export function targetClash(src: Node['kind'], dst: Node['kind'], dstNonEmpty: boolean): Errno | undefined {
  if (src === 'file' && dst === 'dir') return 'EISDIR';
  if (src === 'dir' && dst === 'file') return 'ENOTDIR';
  return dstNonEmpty ? 'ENOTEMPTY' : undefined;
}

/** Image files in the bin directories, and shell scripts, are executable. */
export function isExecutablePath(abs: string): boolean {
  return EXEC_DIRS.some((d) => abs.startsWith(d)) || abs.endsWith('.sh');
}

export function imageDirMode(abs: string): number {
  return Object.hasOwn(SPECIAL_DIR_MODES, abs) ? SPECIAL_DIR_MODES[abs]! : DIR_MODE;
}
