// Word expansion (POSIX 2.6): parameters, `${…}` operators, command substitution, arithmetic, tilde,
// then field splitting on IFS and pathname expansion. Expansion is replayable: every expansion's
// result is memoised in order, so when a `$(…)` must run first (suspending the shell) the retry
// repeats nothing — no arithmetic side effect or `${x:=…}` assignment happens twice.

import type { Command, Word, WordPart } from './ast.ts';
import { ArithError, evalArith } from './arith.ts';
import { escapePattern, glob, hasMagic, replacePattern, trimPattern, unescapePattern } from './pattern.ts';
import type { Expansion, Piece, ShellEnv } from './state.ts';
import { DEFAULT_IFS, getVar, setVar } from './vars.ts';
import type { Vfs } from '../fs/vfs.ts';

/** A `$(…)` whose output the expansion needs: run it, memoise its output at `slot`, retry. */
export class NeedSub {
  constructor(readonly body: Command | null, readonly slot: number) {}
}

/** An expansion error: the shell prints `msg` and (when not interactive) exits with status 2. */
export class ExpandError extends Error {}

export interface ExpandCtx {
  readonly sh: ShellEnv;
  readonly pid: number;
  readonly lastBgPid: number | undefined;
  readonly fs: Vfs;
  readonly x: Expansion;
  readonly random: () => number;
  pos: number;
}

export function expandCtx(sh: ShellEnv, pid: number, lastBgPid: number | undefined, fs: Vfs, x: Expansion, random: () => number): ExpandCtx {
  return { sh, pid, lastBgPid, fs, x, random, pos: 0 };
}

/** Full expansion of command words: fields, split and globbed. */
export function expandFields(ctx: ExpandCtx, words: readonly Word[]): string[] {
  const out: string[] = [];
  for (const w of words) out.push(...fields(ctx, evalWord(ctx, w, false)));
  return out;
}

/** Expansion to one string without splitting or globbing (assignments, redirections, `case` words). */
export function expandText(ctx: ExpandCtx, word: Word): string {
  return evalWord(ctx, word, false).map((p) => p.t).join('');
}

/** Expansion to a pattern: quoted text is escaped so that it matches literally. */
export function expandPattern(ctx: ExpandCtx, word: Word): string {
  return evalWord(ctx, word, false).map((p) => (p.q ? escapePattern(p.t) : p.t)).join('');
}

function evalWord(ctx: ExpandCtx, word: Word, inArg: boolean): Piece[] {
  const out: Piece[] = [];
  for (const part of word) {
    if (part.k === 'lit') out.push(part.q ? { t: part.v, q: 1 } : inArg ? { t: part.v, s: 1 } : { t: part.v });
    else if (part.k === 'tilde') out.push({ t: tilde(ctx.sh, part.user), q: 1 });
    else out.push(...memoised(ctx, part));
  }
  return out;
}

function tilde(sh: ShellEnv, user: string): string {
  if (user === '') return getVar(sh, 'HOME') ?? '/';
  return user === 'root' ? '/root' : `~${user}`;
}

/** Evaluates an expansion once; a retry takes the memoised result. */
function memoised(ctx: ExpandCtx, part: Exclude<WordPart, { k: 'lit' | 'tilde' }>): readonly Piece[] {
  const slot = ctx.pos++;
  const hit = ctx.x.memo[slot];
  if (hit) {
    ctx.pos = hit.n;
    if (part.k !== 'sub') return hit.v;
    return [{ t: hit.v[0]?.t ?? '', ...(part.q ? { q: 1 as const } : { s: 1 as const }) }];
  }
  if (part.k === 'sub') throw new NeedSub(part.body, slot);
  const v = part.k === 'arith' ? arith(ctx, part) : param(ctx, part);
  while (ctx.x.memo.length <= slot) ctx.x.memo.push(null);
  ctx.x.memo[slot] = { v, n: ctx.pos };
  return v;
}

function arith(ctx: ExpandCtx, part: Extract<WordPart, { k: 'arith' }>): Piece[] {
  const text = evalWord(ctx, part.expr, false).map((p) => p.t).join('');
  try {
    const v = evalArith(text, { get: (n) => getVar(ctx.sh, n), set: (n, val) => setVar(ctx.sh, n, val) });
    return [part.q ? { t: v, q: 1 } : { t: v, s: 1 }];
  } catch (e) {
    if (e instanceof ArithError) throw new ExpandError(e.message);
    throw e;
  }
}

/** The value of a parameter: a string, or the positional parameters for `@`/`*`; undefined when unset. */
function paramValue(ctx: ExpandCtx, name: string): string | readonly string[] | undefined {
  const sh = ctx.sh;
  switch (name) {
    case '@':
    case '*': return sh.args;
    case '#': return String(sh.args.length);
    case '?': return String(sh.status);
    case '$': return String(ctx.pid);
    case '!': return ctx.lastBgPid === undefined ? undefined : String(ctx.lastBgPid);
    case '-': return (['e', 'f', 'u', 'x'] as const).filter((o) => sh.opts[o]).join('');
    case '0': return sh.arg0;
    case 'RANDOM': return String(ctx.random() % 32768);
    default:
      if (/^\d+$/.test(name)) return sh.args[Number(name) - 1];
      return getVar(sh, name);
  }
}

function param(ctx: ExpandCtx, part: Extract<WordPart, { k: 'param' }>): Piece[] {
  const raw = paramValue(ctx, part.name);
  const q = part.q === true;
  const piece = (t: string): Piece => (q ? { t, q: 1 } : { t, s: 1 });
  const { op } = part;
  if (raw === undefined && ctx.sh.opts.u && !(op && ['-', ':-', '=', ':=', '?', ':?', '+', ':+'].includes(op)) && part.name !== '@' && part.name !== '*') {
    throw new ExpandError(`${part.name}: parameter not set`);
  }
  if (op === 'len') return [piece(String(Array.isArray(raw) ? raw.length : ((raw as string | undefined) ?? '').length))];
  const text = Array.isArray(raw) ? raw.join(q && part.name === '*' ? (getVar(ctx.sh, 'IFS') ?? DEFAULT_IFS).slice(0, 1) : ' ') : (raw as string | undefined);
  const isSet = raw !== undefined;
  const empty = text === undefined || text === '';
  if (op === undefined) {
    if (Array.isArray(raw) && q && part.name === '@') return raw.map((a, i) => (i === 0 ? { t: a, q: 1 } : { t: a, q: 1, b: 1 }));
    return text === undefined ? (q ? [{ t: '', q: 1 }] : []) : [piece(text)];
  }
  const colon = op.startsWith(':');
  const missing = colon ? empty : !isSet;
  const argPieces = (): Piece[] => evalWord(ctx, part.arg ?? [], !q).map((p) => (q ? { t: p.t, q: 1 as const } : p));
  switch (op) {
    case '-':
    case ':-': return missing ? argPieces() : [piece(text ?? '')];
    case '=':
    case ':=': {
      if (!missing) return [piece(text ?? '')];
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(part.name)) throw new ExpandError(`${part.name}: bad variable name`);
      const value = argPieces().map((p) => p.t).join('');
      setVar(ctx.sh, part.name, value);
      return [piece(value)];
    }
    case '?':
    case ':?': {
      if (!missing) return [piece(text ?? '')];
      const msg = argPieces().map((p) => p.t).join('');
      throw new ExpandError(`${part.name}: ${msg || `parameter not set${colon ? ' or null' : ''}`}`);
    }
    case '+':
    case ':+': return missing ? [] : argPieces();
    case ':': return [piece(substring(ctx, text ?? '', evalWord(ctx, part.arg ?? [], false).map((p) => p.t).join('')))];
    default: {
      const pat = evalWord(ctx, part.arg ?? [], false).map((p) => (p.q ? escapePattern(p.t) : p.t)).join('');
      if (op === '#' || op === '##' || op === '%' || op === '%%') return [piece(trimPattern(text ?? '', pat, op))];
      const rep = evalWord(ctx, part.arg2 ?? [], false).map((p) => p.t).join('');
      return [piece(replacePattern(text ?? '', pat, rep, op))];
    }
  }
}

/** `${x:offset:length}`: offsets and lengths are arithmetic; negative ones count from the end. */
function substring(ctx: ExpandCtx, value: string, spec: string): string {
  const colon = spec.indexOf(':');
  const num = (t: string): number => Number(evalArith(t, { get: (n) => getVar(ctx.sh, n), set: (n, v) => setVar(ctx.sh, n, v) }));
  let start: number;
  let len: number | undefined;
  try {
    start = num(colon < 0 ? spec : spec.slice(0, colon));
    len = colon < 0 ? undefined : num(spec.slice(colon + 1));
  } catch (e) {
    if (e instanceof ArithError) throw new ExpandError(e.message);
    throw e;
  }
  if (start < 0) start = Math.max(0, value.length + start);
  const end = len === undefined ? value.length : len < 0 ? value.length + len : start + len;
  return value.slice(start, Math.max(start, end));
}

interface Field {
  text: string;
  pat: string;
  quoted: boolean;
}

/** Field splitting on IFS, then pathname expansion of each field with unquoted pattern characters. */
function fields(ctx: ExpandCtx, pieces: readonly Piece[]): string[] {
  const ifs = getVar(ctx.sh, 'IFS') ?? DEFAULT_IFS;
  const out: Field[] = [];
  let cur: Field | null = null;
  const open = (): Field => (cur ??= { text: '', pat: '', quoted: false });
  const close = (force: boolean): void => {
    if (cur && (force || cur.text !== '' || cur.quoted)) out.push(cur);
    cur = null;
  };
  for (const p of pieces) {
    if (p.b) close(true);
    if (p.q) {
      const f = open();
      f.text += p.t;
      f.pat += escapePattern(p.t);
      f.quoted = true;
    } else if (!p.s) {
      const f = open();
      f.text += p.t;
      f.pat += p.t.replace(/\\/g, '\\\\');
    } else {
      for (const ch of p.t) {
        if (!ifs.includes(ch)) {
          const f = open();
          f.text += ch;
          f.pat += ch === '\\' ? '\\\\' : ch;
        } else if (' \t\n'.includes(ch)) close(false);
        else close(true);
      }
    }
  }
  close(false);
  const result: string[] = [];
  for (const f of out) {
    const matches = !ctx.sh.opts.f && hasMagic(f.pat) ? glob(f.pat, ctx.fs) : [];
    if (matches.length > 0) result.push(...matches);
    else result.push(f.quoted || !hasMagic(f.pat) ? f.text : unescapePattern(f.pat));
  }
  return result;
}
