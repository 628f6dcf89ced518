// Pathname expansion for `*`, `?` and `[…]` in the last path component (`*.yaml`, `dir/*.txt`).
// A pattern that matches nothing stays as typed, as bash does without `nullglob`.
// Patterns arrive with quoted characters backslash-escaped, so `"*".yaml` never globs.

import { resolvePath } from '../../fs/virtual-fs.ts';
import type { VirtualFs } from '../../fs/virtual-fs.ts';

const GLOB_CHAR = /[*?[]/;

/** Whether an escaped pattern has an unescaped glob character. */
export function hasGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern.charAt(i);
    if (char === '\\') i += 1;
    else if (GLOB_CHAR.test(char)) return true;
  }
  return false;
}

function unescapePattern(pattern: string): string {
  return pattern.replace(/\\(.)/gs, '$1');
}

function escapeRegExp(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

/** `[…]` starting at `start`; returns the regex class and the index after `]`, or undefined. */
function bracket(pattern: string, start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^') {
    negate = true;
    i += 1;
  }
  let body = '';
  for (let first = true; i < pattern.length; first = false) {
    const char = pattern.charAt(i);
    if (char === ']' && !first) return { source: `[${negate ? '^' : ''}${body}]`, end: i + 1 };
    if (char === '\\' && i + 1 < pattern.length) {
      const escaped = pattern.charAt(i + 1);
      body += escaped === '-' ? '\\-' : escapeRegExp(escaped);
      i += 2;
    } else {
      body += escapeRegExp(char);
      i += 1;
    }
  }
  return undefined;
}

/** The pattern as a regular expression; undefined when its brackets make no valid class (`[z-a]`). */
export function patternToRegExp(pattern: string): RegExp | undefined {
  let source = '';
  for (let i = 0; i < pattern.length; ) {
    const char = pattern.charAt(i);
    if (char === '\\' && i + 1 < pattern.length) {
      source += escapeRegExp(pattern.charAt(i + 1));
      i += 2;
    } else if (char === '*' || char === '?') {
      source += char === '*' ? '[^/]*' : '[^/]';
      i += 1;
    } else if (char === '[') {
      const cls = bracket(pattern, i);
      source += cls === undefined ? '\\[' : cls.source;
      i = cls === undefined ? i + 1 : cls.end;
    } else {
      source += escapeRegExp(char);
      i += 1;
    }
  }
  try {
    return new RegExp(`^${source}$`, 'su');
  } catch {
    return undefined;
  }
}

/** Expands an escaped pattern against the files; undefined when nothing matches. A trailing slash matches directories only. */
export function glob(pattern: string, fs: VirtualFs, cwd: string, home: string): string[] | undefined {
  if (pattern.endsWith('/') && pattern.length > 1) {
    const isDir = (path: string): boolean => fs.stat(resolvePath(cwd, path, home))?.type === 'dir';
    const matches = glob(pattern.slice(0, -1), fs, cwd, home)?.filter(isDir);
    return matches === undefined || matches.length === 0 ? undefined : matches.map((path) => `${path}/`);
  }
  const slash = pattern.lastIndexOf('/');
  const dirPattern = slash === -1 ? '' : pattern.slice(0, slash + 1);
  const namePattern = pattern.slice(slash + 1);
  if (hasGlob(dirPattern) || !hasGlob(namePattern)) return undefined;
  const dirText = unescapePattern(dirPattern);
  const dir = resolvePath(cwd, dirText === '' ? '.' : dirText, home);
  if (fs.stat(dir)?.type !== 'dir') return undefined;
  const regex = patternToRegExp(namePattern);
  if (regex === undefined) return undefined;
  const showHidden = unescapePattern(namePattern).startsWith('.');
  const matches = fs
    .readdir(dir)
    .filter((name) => (showHidden || !name.startsWith('.')) && regex.test(name))
    .map((name) => dirText + name);
  return matches.length === 0 ? undefined : matches;
}
