// Parsing shell text one top-level line at a time, as ash does, so a script runs its first lines
// before a syntax error further down stops it; and telling an interactive shell whether what it has
// read so far is complete.

import type { Command } from './ast.ts';
import { Parser } from './grammar.ts';
import { ShSyntaxError } from './syntax-error.ts';

export type ParseResult =
  | { readonly ok: true; readonly cmd: Command | null; readonly end: number }
  | { readonly ok: false; readonly msg: string; readonly eof: boolean; readonly line: number };

/** Parses the next top-level line of `src` from `pos` (blank lines skipped); `cmd` is null at the end. */
export function parseNext(src: string, pos: number): ParseResult {
  const parser = new Parser(src, pos);
  try {
    const cmd = parser.topLevel();
    return { ok: true, cmd, end: parser.lexer.pos };
  } catch (e) {
    if (e instanceof ShSyntaxError) return { ok: false, msg: e.text, eof: e.eof, line: e.line };
    throw e;
  }
}

/** Whether `src` parses completely (an interactive shell runs it), needs more lines, or is wrong. */
export function checkComplete(src: string): { state: 'complete' } | { state: 'more' } | { state: 'error'; msg: string } {
  for (let pos = 0; ;) {
    const r = parseNext(src, pos);
    if (!r.ok) return r.eof ? { state: 'more' } : { state: 'error', msg: r.msg };
    if (r.cmd === null) return { state: 'complete' };
    pos = r.end;
  }
}

