// Shell pattern matching (`*`, `?`, `[…]`, backslash escapes) for `case`, `${x#pat}` and pathname
// expansion against the container's files. A pattern is a string whose quoted characters were
// escaped with a backslash by the expansion that built it.

import { isFsError } from '../fs/errors.ts';
import type { Vfs } from '../fs/vfs.ts';

const CLASSES: Readonly<Record<string, string>> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f',
};

/** Escapes text so that it matches itself as a pattern. */
export function escapePattern(text: string): string {
  return text.replace(/[\\*?[\]]/g, '\\$&');
}

/** Removes the escapes of a pattern that matched nothing (its text is used as is). */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\(.)/gs, '$1');
}

/** Whether the pattern has an unescaped `*`, `?` or bracket expression. */
export function hasMagic(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
    else if (c === '[' && bracketEnd(pattern, i) > 0) return true;
  }
  return false;
}

function bracketEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '!' || p[i] === '^') i++;
  if (p[i] === ']') i++;
  for (; i < p.length; i++) {
    if (p[i] === '[' && p[i + 1] === ':') {
      const close = p.indexOf(':]', i + 2);
      if (close > 0) i = close + 1;
    } else if (p[i] === ']') return i;
  }
  return -1;
}

const reEscape = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** The pattern as a regular expression source (unanchored). */
export function patternSource(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\' && i + 1 < p.length) out += reEscape(p[++i]!);
    else if (c === '*') out += '[^]*';
    else if (c === '?') out += '[^]';
    else if (c === '[' && bracketEnd(p, i) > 0) {
      const end = bracketEnd(p, i);
      out += bracket(p.slice(i + 1, end));
      i = end;
    } else out += reEscape(c);
  }
  return out;
}

function bracket(body: string): string {
  let neg = false;
  let i = 0;
  if (body[0] === '!' || body[0] === '^') {
    neg = true;
    i = 1;
  }
  let set = '';
  for (; i < body.length; i++) {
    const c = body[i]!;
    if (c === '[' && body[i + 1] === ':') {
      const close = body.indexOf(':]', i + 2);
      set += CLASSES[body.slice(i + 2, close)] ?? '';
      i = close + 1;
    } else if (c === '\\' && i + 1 < body.length) set += reEscape(body[++i]!);
    else if (c === '-' && set !== '' && i + 1 < body.length) set += '-';
    else set += reEscape(c);
  }
  return set === '' ? (neg ? '[^]' : '[]') : `[${neg ? '^' : ''}${set}]`;
}

export function matchPattern(pattern: string, text: string): boolean {
  return new RegExp(`^(?:${patternSource(pattern)})$`).test(text);
}

/** `${x#p}`, `${x##p}`, `${x%p}`, `${x%%p}`: the value with the shortest/longest match removed. */
export function trimPattern(value: string, pattern: string, op: '#' | '##' | '%' | '%%'): string {
  const re = new RegExp(`^(?:${patternSource(pattern)})$`);
  const n = value.length;
  if (op === '#' || op === '##') {
    for (let k = 0; k <= n; k++) {
      const len = op === '#' ? k : n - k;
      if (re.test(value.slice(0, len))) return value.slice(len);
    }
  } else {
    for (let k = 0; k <= n; k++) {
      const start = op === '%' ? n - k : k;
      if (re.test(value.slice(start))) return value.slice(0, start);
    }
  }
  return value;
}

/** `${x/p/r}` and friends: the longest match of `pattern` (first, all, at the start or the end) replaced. */
export function replacePattern(value: string, pattern: string, rep: string, op: '/' | '//' | '/#' | '/%'): string {
  if (pattern === '') return value;
  const src = patternSource(pattern);
  const re = new RegExp(op === '/#' ? `^(?:${src})` : op === '/%' ? `(?:${src})$` : src, op === '//' ? 'g' : '');
  return value.replace(re, () => rep);
}

/** Pathname expansion: the sorted paths matching `pattern`, none when nothing matches. */
export function glob(pattern: string, fs: Vfs): string[] {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p, i) => p !== '' || i === 0);
  let found: string[] = [absolute ? '/' : ''];
  for (const [i, part] of (absolute ? parts.slice(1) : parts).entries()) {
    const last = i === parts.length - (absolute ? 2 : 1);
    const next: string[] = [];
    for (const base of found) {
      const join = (name: string): string => (base === '' ? name : base.endsWith('/') ? `${base}${name}` : `${base}/${name}`);
      if (!hasMagic(part)) {
        const path = join(unescapePattern(part));
        if (!last || fs.exists(path)) next.push(path);
        continue;
      }
      const names = fs.readdir(base === '' ? '.' : base);
      if (isFsError(names)) continue;
      const re = new RegExp(`^(?:${patternSource(part)})$`);
      for (const name of names) {
        if (name.startsWith('.') && !part.startsWith('.') && !part.startsWith('\\.')) continue;
        if (re.test(name)) next.push(join(name));
      }
    }
    found = next;
  }
  return found.filter((p) => fs.exists(p)).sort();
}
