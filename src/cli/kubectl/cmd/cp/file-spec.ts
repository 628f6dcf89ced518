// `kubectl cp` file specs: `[[namespace/]pod:]file/path`, and the path helpers (Go's path.Clean,
// Dir, Base, Join) the copy uses on both sides. Mirrors kubectl v1.31 pkg/cmd/cp/filespec.go.

import { KubectlError } from '../../command.ts';

export const ERR_FILE_SPEC = 'filespec must match the canonical format: [[namespace/]pod:]file/path';

export interface FileSpec {
  /** '' for a local path. */
  readonly pod: string;
  /** '' when the spec names none (the context's namespace applies). */
  readonly namespace: string;
  readonly file: string;
}

/** Drops one trailing slash, as stripTrailingSlash does ("/" stays). */
function stripTrailingSlash(file: string): string {
  return file !== '/' && file.endsWith('/') ? file.slice(0, -1) : file;
}

export function extractFileSpec(arg: string): FileSpec {
  const i = arg.indexOf(':');
  if (i === 0) throw new KubectlError(ERR_FILE_SPEC);
  if (i < 0) return { pod: '', namespace: '', file: stripTrailingSlash(arg) };
  const pieces = arg.slice(0, i).split('/');
  const file = stripTrailingSlash(arg.slice(i + 1)).replaceAll('\\', '/');
  if (pieces.length === 1) return { pod: pieces[0]!, namespace: '', file };
  if (pieces.length === 2) return { pod: pieces[1]!, namespace: pieces[0]!, file };
  throw new KubectlError(ERR_FILE_SPEC);
}

/** Go's path.Clean. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

export const joinPath = (...parts: readonly string[]): string => cleanPath(parts.filter((p) => p !== '').join('/'));
export const dirPath = (p: string): string => {
  const cleaned = cleanPath(p);
  const slash = cleaned.lastIndexOf('/');
  return slash < 0 ? '.' : slash === 0 ? '/' : cleaned.slice(0, slash);
};
export const basePath = (p: string): string => {
  const trimmed = p.replace(/\/+$/, '');
  return trimmed === '' ? (p === '' ? '.' : '/') : trimmed.slice(trimmed.lastIndexOf('/') + 1);
};

/** stripPathShortcuts: leading `../` removed, `.`/`..` emptied, one leading `/` dropped. */
export function stripPathShortcuts(p: string): string {
  let s = p;
  while (s.startsWith('../')) s = s.slice(3);
  if (s === '.' || s === '..') s = '';
  return s.startsWith('/') ? s.slice(1) : s;
}

/** The member-name prefix tar gives the files of remote `file` (leading slashes dropped). */
export function memberPrefix(file: string): string {
  return stripPathShortcuts(cleanPath(file.replace(/^[/\\]+/, '')));
}
