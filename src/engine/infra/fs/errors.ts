// errno-style failures of filesystem operations, as plain data, and the C library's strerror texts
// that programs print after them ("No such file or directory").

export type Errno = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST' | 'EROFS' | 'ENOTEMPTY' | 'EBUSY' | 'EXDEV' | 'EINVAL' | 'EACCES';

export interface FsError {
  readonly errno: Errno;
  /** The path as the caller wrote it. */
  readonly path: string;
}

/** strerror(3) of glibc and musl (they agree on these). */
export const ERRNO_TEXT: Readonly<Record<Errno, string>> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EEXIST: 'File exists',
  EROFS: 'Read-only file system',
  ENOTEMPTY: 'Directory not empty',
  EBUSY: 'Resource busy',
  EXDEV: 'Cross-device link',
  EINVAL: 'Invalid argument',
  EACCES: 'Permission denied',
};

export function fsError(errno: Errno, path: string): FsError {
  return { errno, path };
}

export function isFsError(value: unknown): value is FsError {
  return typeof value === 'object' && value !== null && 'errno' in value;
}
