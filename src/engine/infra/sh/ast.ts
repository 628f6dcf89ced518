// The parsed form of shell text, as plain JSON data (it is kept inside process states, which are
// snapshotted): words made of literal and expansion parts, and the POSIX shell grammar's commands.
// Mirrors the node types of busybox ash's parser (NCMD, NPIPE, NAND/NOR, NIF, NWHILE, NFOR, NCASE…).

/** A piece of a word. `q` marks text that was quoted: it is neither split into fields nor globbed. */
export type WordPart =
  | { readonly k: 'lit'; readonly v: string; readonly q?: true }
  | { readonly k: 'param'; readonly name: string; readonly op?: ParamOp; readonly arg?: Word; readonly arg2?: Word; readonly q?: true }
  | { readonly k: 'sub'; readonly body: Command | null; readonly q?: true }
  | { readonly k: 'arith'; readonly expr: Word; readonly q?: true }
  /** `~` or `~user` at the start of a word. */
  | { readonly k: 'tilde'; readonly user: string };

export type Word = readonly WordPart[];

/**
 * `${name…}` forms: defaults, assignment, errors, alternatives, length, prefix/suffix removal, and
 * the bash forms busybox ash also has: `${x:offset:length}`, `${x/pattern/replacement}` (`//` all,
 * `/#` at the start, `/%` at the end).
 */
export type ParamOp = '-' | ':-' | '=' | ':=' | '?' | ':?' | '+' | ':+' | 'len' | '#' | '##' | '%' | '%%' | ':' | '/' | '//' | '/#' | '/%';

export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '<>' | '>|' | '<<' | '&>';

export interface Redir {
  readonly fd: number;
  readonly op: RedirOp;
  /** The file (or fd number for `>&`); for `<<` the here-document body. */
  readonly target: Word;
}

export interface Assign {
  readonly name: string;
  readonly value: Word;
}

export type Command =
  | { readonly t: 'simple'; readonly assigns: readonly Assign[]; readonly words: readonly Word[]; readonly redirs: readonly Redir[]; readonly line: number }
  | { readonly t: 'seq'; readonly items: readonly Command[] }
  | { readonly t: 'and' | 'or'; readonly left: Command; readonly right: Command }
  | { readonly t: 'not'; readonly body: Command }
  | { readonly t: 'pipe'; readonly cmds: readonly Command[] }
  | { readonly t: 'bg'; readonly body: Command }
  | { readonly t: 'if'; readonly cond: Command; readonly then: Command; readonly else?: Command }
  | { readonly t: 'while' | 'until'; readonly cond: Command; readonly body: Command }
  | { readonly t: 'for'; readonly name: string; readonly words?: readonly Word[]; readonly body: Command }
  | { readonly t: 'case'; readonly word: Word; readonly arms: readonly CaseArm[] }
  | { readonly t: 'group'; readonly body: Command }
  | { readonly t: 'subshell'; readonly body: Command }
  | { readonly t: 'redir'; readonly body: Command; readonly redirs: readonly Redir[] }
  | { readonly t: 'func'; readonly name: string; readonly body: Command };

export interface CaseArm {
  readonly patterns: readonly Word[];
  readonly body?: Command;
}

/** A literal word (no expansions): used for argv given directly, not parsed. */
export function literalWord(text: string): Word {
  return [{ k: 'lit', v: text, q: true }];
}
