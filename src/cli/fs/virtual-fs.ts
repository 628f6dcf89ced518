// The student's files: an in-memory POSIX-like tree shared by the shell and the editor.
// Paths are absolute and normalised by callers through resolvePath.

export interface FsEntryInfo {
  readonly type: 'file' | 'dir';
  readonly size: number;
  readonly mtimeMs: number;
}

export interface VirtualFs {
  exists(path: string): boolean;
  stat(path: string): FsEntryInfo | undefined;
  /** Throws FsError (ENOENT, EISDIR) when it cannot read. */
  readFile(path: string): string;
  /** Creates or replaces a file; the parent directory must exist (ENOENT), and must not be a file (ENOTDIR). */
  writeFile(path: string, content: string): void;
  appendFile(path: string, content: string): void;
  mkdir(path: string, options?: { parents?: boolean }): void;
  /** Entry names in a directory, sorted. */
  readdir(path: string): string[];
  remove(path: string, options?: { recursive?: boolean }): void;
  rename(from: string, to: string): void;
  /** Every file path with its content, for snapshots and the editor. */
  snapshot(): Record<string, string>;
  /** Goes up with every change to the tree, so watchers (the editor's file list) compare one number. */
  readonly changeCount: number;
}

export type FsErrorCode = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EACCES';

export class FsError extends Error {
  override readonly name = 'FsError';
  constructor(readonly code: FsErrorCode, readonly path: string) {
    super(`${code}: ${path}`);
  }
}

/** Resolves `path` against `cwd` and `home` (`~`), collapsing `.` and `..`. */
export function resolvePath(cwd: string, path: string, home: string): string {
  let p = path;
  if (p === '~' || p.startsWith('~/')) p = home + p.slice(1);
  const parts = (p.startsWith('/') ? p : `${cwd}/${p}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}
