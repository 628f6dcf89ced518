// `${…}` parameter expansions as the lexer reads them: `${name}`, `${#name}`, and the operator forms
// with their argument words (`${x:-default}`, `${f%.*}`, `${x:1:2}`, `${x/a/b}`).
// Mirrors ash's parsesub and its "bad substitution" / "missing '}'" errors.

import type { ParamOp, WordPart } from './ast.ts';

/** What brace scanning needs of the lexer. */
export interface BraceLexer {
  readonly src: string;
  pos: number;
  fail(text: string, eof: boolean): never;
  scanWord(inBrace: boolean, q: '' | 'q', stop?: string): { parts: WordPart[] };
}

const NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*|\d+|[@*#?$!0-])/;
const OPERATOR = /^(?::[-=?+]|[-=?+]|##|#|%%|%|\/[/#%]?|:)/;

/** Scans from just after `${` to just after the closing `}`. */
export function scanBraceParam(lx: BraceLexer, q: '' | 'q'): WordPart {
  const src = lx.src;
  const qf = q ? { q: true as const } : {};
  let len = false;
  if (src[lx.pos] === '#' && src[lx.pos + 1] !== '}' && /[A-Za-z_0-9@*#?$!-]/.test(src[lx.pos + 1] ?? '')) {
    lx.pos++;
    len = true;
  }
  const m = NAME.exec(src.slice(lx.pos));
  if (!m) return bad(lx);
  const name = m[0];
  lx.pos += name.length;
  if (src[lx.pos] === '}') {
    lx.pos++;
    return { k: 'param', name, ...(len ? { op: 'len' as const } : {}), ...qf };
  }
  const opm = len ? null : OPERATOR.exec(src.slice(lx.pos));
  if (!opm) return bad(lx);
  const op = opm[0] as ParamOp;
  lx.pos += op.length;
  const replace = op.startsWith('/');
  const { parts } = lx.scanWord(true, q, replace ? '/' : '');
  let arg2: WordPart[] | undefined;
  if (replace && src[lx.pos] === '/') {
    lx.pos++;
    arg2 = lx.scanWord(true, q).parts;
  }
  if (src[lx.pos] !== '}') lx.fail("syntax error: missing '}'", true);
  lx.pos++;
  return { k: 'param', name, op, arg: parts, ...(arg2 ? { arg2 } : {}), ...qf };
}

function bad(lx: BraceLexer): never {
  while (lx.pos < lx.src.length && lx.src[lx.pos] !== '}') lx.pos++;
  if (lx.pos >= lx.src.length) lx.fail("syntax error: missing '}'", true);
  return lx.fail('syntax error: bad substitution', false);
}
