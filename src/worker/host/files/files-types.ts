// The workspace files' plain data, as it crosses the host boundary: the student's files (what
// `ls -R ~` shows), the results of file operations (errors are values, never exceptions), the
// files open on the workstation's screen (`vi`, kubectl edit) and the editor's JSON Schema.
// Re-exported by `../api.ts`.

/** One file of the student's home directory tree. */
export interface WorkspaceFile {
  /** Absolute path, e.g. `/home/student/web.yaml`. */
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * Why a file operation failed: the POSIX codes, plus EINVAL (not a valid path), EACCES (outside
 * the student's home) and EFBIG (over the size limit).
 */
export type FileErrorCode = 'ENOENT' | 'EEXIST' | 'EISDIR' | 'ENOTDIR' | 'ENOTEMPTY' | 'EINVAL' | 'EACCES' | 'EFBIG';

export type FileResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: FileErrorCode; readonly path: string };

/** A file shown on the workstation's screen by `vi` or kubectl edit, waiting for Save & close or Cancel. */
export interface ScreenEditInfo {
  readonly id: number;
  readonly path: string;
  /** The program that opened it: `vi`, `vim`, `nano`. */
  readonly program: string;
}

/** The files and the screen, sent whenever either changes (the shell's `rm`, `mv`, `>` included). */
export interface FilesState {
  readonly home: string;
  readonly files: readonly WorkspaceFile[];
  readonly edits: readonly ScreenEditInfo[];
}

/** A draft-07 JSON Schema, as plain data. */
export type JsonSchema = { readonly [key: string]: unknown };

/** The live objects a manifest file names and what applying it would make of them (`kubectl diff`). */
export interface FileDiff {
  /** The live objects, as `kubectl get -o yaml` prints them (documents separated by `---`). */
  readonly live: string;
  /** The same objects as the server would store them after `kubectl apply -f` (a server dry run). */
  readonly merged: string;
  /** kubectl's error when the file cannot be diffed (bad YAML, unknown kind…); empty otherwise. */
  readonly error: string;
}
