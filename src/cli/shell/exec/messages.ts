// The C library's strerror texts for file-system errors, shared by the shell and its programs.

import type { FsErrorCode } from '../../fs/virtual-fs.ts';

const FS_ERROR_TEXT: Readonly<Record<FsErrorCode, string>> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
};

export function fsErrorText(code: FsErrorCode): string {
  return FS_ERROR_TEXT[code];
}
