// The shell grammar over the lexer's tokens: lists, and-or lists, pipelines, compound commands,
// function definitions, redirections, with ash's "unexpected …" errors.
// Mirrors ash's list/andor/pipeline/parse_command/simplecmd.

import type { Assign, CaseArm, Command, Redir, RedirOp, Word } from './ast.ts';
import { Lexer, type Op, type Token } from './lexer.ts';
import { ShSyntaxError, tokenName } from './syntax-error.ts';

const KEYWORDS = new Set(['!', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'if', 'in', 'then', 'until', 'while', '{', '}']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class Parser {
  readonly lexer: Lexer;
  private pushed: Token | undefined;

  constructor(src: string, pos: number) {
    this.lexer = new Lexer(src, pos, (lx) => this.substitution(lx));
  }

  topLevel(): Command | null {
    let tok = this.peek();
    while (isOp(tok, 'nl')) {
      this.take();
      tok = this.peek();
    }
    if (isOp(tok, 'eof')) return null;
    const items: Command[] = [];
    for (;;) {
      let item = this.andOr();
      const sep = this.take();
      if (isOp(sep, '&')) item = { t: 'bg', body: item };
      items.push(item);
      if (isOp(sep, 'nl') || isOp(sep, 'eof')) break;
      if (!isOp(sep, ';') && !isOp(sep, '&')) this.unexpected(sep);
      const after = this.peek();
      if (isOp(after, 'nl') || isOp(after, 'eof')) {
        this.take();
        break;
      }
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  /** `$(…)`: a list up to the closing parenthesis. */
  private substitution(lexer: Lexer): Command | null {
    const outer = new Parser(lexer.src, lexer.pos);
    const body = outer.compoundList(() => false, true);
    const close = outer.take();
    if (!isOp(close, ')')) outer.unexpected(close, ')');
    lexer.pos = outer.lexer.pos;
    return body;
  }

  private peek(): Token {
    this.pushed ??= this.lexer.next();
    return this.pushed;
  }

  private take(): Token {
    const t = this.peek();
    this.pushed = undefined;
    return t;
  }

  private skipNewlines(): void {
    while (isOp(this.peek(), 'nl')) this.take();
  }

  private unexpected(tok: Token, expecting?: string): never {
    const name = tok.k === 'op' ? tokenName(tok.v) : tok.k === 'redir' ? tokenName('redir') : isKeyword(tok) ? tokenName(tok.raw) : tokenName('word');
    const tail = expecting ? ` (expecting ${tokenName(expecting)})` : '';
    throw new ShSyntaxError(`syntax error: unexpected ${name}${tail}`, isOp(tok, 'eof'), tok.line);
  }

  private expectKeyword(kw: string): void {
    const tok = this.take();
    if (!(isKeyword(tok) && tok.raw === kw)) this.unexpected(tok, kw);
  }

  /**
   * A list inside a compound command, newlines allowed, up to a terminator (left unread). An empty
   * list is an error unless the text ends there (the caller then reports what it expected).
   */
  private compoundList(isEnd: (t: Token) => boolean, allowEmpty = false): Command | null {
    const items: Command[] = [];
    for (;;) {
      this.skipNewlines();
      const tok = this.peek();
      if (isOp(tok, 'eof') || isOp(tok, ')') || isOp(tok, ';;') || (items.length > 0 || allowEmpty) && isEnd(tok)) break;
      let item = this.andOr();
      const sep = this.peek();
      if (isOp(sep, '&')) item = { t: 'bg', body: item };
      items.push(item);
      if (isOp(sep, ';') || isOp(sep, '&') || isOp(sep, 'nl')) this.take();
      else break;
    }
    if (items.length === 0) return null;
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  private body(isEnd: (t: Token) => boolean, expecting: string): Command {
    const list = this.compoundList(isEnd);
    if (list) return list;
    const tok = this.peek();
    return this.unexpected(tok, isOp(tok, 'eof') ? expecting : undefined);
  }

  private andOr(): Command {
    let left = this.pipeline();
    for (;;) {
      const tok = this.peek();
      if (!isOp(tok, '&&') && !isOp(tok, '||')) return left;
      this.take();
      this.skipNewlines();
      left = { t: isOp(tok, '&&') ? 'and' : 'or', left, right: this.pipeline() };
    }
  }

  private pipeline(): Command {
    const tok = this.peek();
    const negate = isKeyword(tok) && tok.raw === '!';
    if (negate) this.take();
    const cmds = [this.command()];
    while (isOp(this.peek(), '|')) {
      this.take();
      this.skipNewlines();
      cmds.push(this.command());
    }
    const pipe: Command = cmds.length === 1 ? cmds[0]! : { t: 'pipe', cmds };
    return negate ? { t: 'not', body: pipe } : pipe;
  }

  private command(): Command {
    const tok = this.peek();
    let cmd: Command;
    if (isOp(tok, '(')) {
      this.take();
      cmd = { t: 'subshell', body: this.body(() => false, ')') };
      const close = this.take();
      if (!isOp(close, ')')) this.unexpected(close, ')');
    } else if (isKeyword(tok)) {
      this.take();
      cmd = this.compound(tok.raw, tok);
    } else if (tok.k === 'word' || tok.k === 'redir') {
      return this.simple();
    } else {
      return this.unexpected(tok);
    }
    const redirs = this.redirections();
    return redirs.length > 0 ? { t: 'redir', body: cmd, redirs } : cmd;
  }

  private compound(kw: string, tok: Token): Command {
    const isKw = (...kws: string[]) => (t: Token): boolean => isKeyword(t) && kws.includes(t.raw);
    switch (kw) {
      case 'if': return this.ifClause(isKw);
      case 'while':
      case 'until': {
        const cond = this.body(isKw('do'), 'do');
        this.expectKeyword('do');
        const body = this.body(isKw('done'), 'done');
        this.expectKeyword('done');
        return { t: kw, cond, body };
      }
      case 'for': return this.forClause(isKw);
      case 'case': return this.caseClause(isKw);
      case '{': {
        const body = this.body(isKw('}'), '}');
        this.expectKeyword('}');
        return { t: 'group', body };
      }
      default: return this.unexpected(tok);
    }
  }

  private ifClause(isKw: (...kws: string[]) => (t: Token) => boolean): Command {
    const cond = this.body(isKw('then'), 'then');
    this.expectKeyword('then');
    const then = this.body(isKw('elif', 'else', 'fi'), 'fi');
    const tok = this.take();
    if (isKeyword(tok) && tok.raw === 'elif') return { t: 'if', cond, then, else: this.ifClause(isKw) };
    if (isKeyword(tok) && tok.raw === 'else') {
      const other = this.body(isKw('fi'), 'fi');
      this.expectKeyword('fi');
      return { t: 'if', cond, then, else: other };
    }
    if (!(isKeyword(tok) && tok.raw === 'fi')) this.unexpected(tok, 'fi');
    return { t: 'if', cond, then };
  }

  private forClause(isKw: (...kws: string[]) => (t: Token) => boolean): Command {
    const v = this.take();
    if (v.k !== 'word' || v.quoted || !NAME.test(v.raw)) throw new ShSyntaxError('syntax error: bad for loop variable', isOp(v, 'eof'), v.line);
    this.skipNewlines();
    let words: Word[] | undefined;
    const tok = this.peek();
    if (isKeyword(tok) && tok.raw === 'in') {
      this.take();
      words = [];
      for (let w = this.take(); ; w = this.take()) {
        if (w.k === 'word') words.push(w.word);
        else if (isOp(w, ';') || isOp(w, 'nl')) break;
        else this.unexpected(w);
      }
    } else if (isOp(tok, ';')) this.take();
    this.skipNewlines();
    this.expectKeyword('do');
    const body = this.body(isKw('done'), 'done');
    this.expectKeyword('done');
    return words ? { t: 'for', name: v.raw, words, body } : { t: 'for', name: v.raw, body };
  }

  private caseClause(isKw: (...kws: string[]) => (t: Token) => boolean): Command {
    const w = this.take();
    if (w.k !== 'word') this.unexpected(w, 'word');
    this.skipNewlines();
    this.expectKeyword('in');
    const arms: CaseArm[] = [];
    for (;;) {
      this.skipNewlines();
      let tok = this.take();
      if (isKeyword(tok) && tok.raw === 'esac') break;
      if (isOp(tok, '(')) tok = this.take();
      const patterns: Word[] = [];
      for (;;) {
        if (tok.k !== 'word') this.unexpected(tok);
        patterns.push(tok.word);
        const sep = this.take();
        if (isOp(sep, ')')) break;
        if (!isOp(sep, '|')) this.unexpected(sep, ')');
        tok = this.take();
      }
      const body = this.compoundList(isKw('esac'), true);
      arms.push(body ? { patterns, body } : { patterns });
      this.skipNewlines();
      const end = this.take();
      if (isKeyword(end) && end.raw === 'esac') break;
      if (!isOp(end, ';;')) this.unexpected(end, ';;');
    }
    return { t: 'case', word: w.word, arms };
  }

  private simple(): Command {
    const assigns: Assign[] = [];
    const words: Word[] = [];
    const redirs: Redir[] = [];
    const line = this.peek().line;
    for (;;) {
      const tok = this.peek();
      if (tok.k === 'redir') {
        redirs.push(this.redirection());
      } else if (tok.k === 'word') {
        this.take();
        const assign = words.length === 0 ? asAssignment(tok) : undefined;
        if (assign) assigns.push(assign);
        else words.push(tok.word);
      } else if (isOp(tok, '(') && words.length === 1 && assigns.length === 0 && redirs.length === 0) {
        this.take();
        const close = this.take();
        if (!isOp(close, ')')) this.unexpected(close, ')');
        this.skipNewlines();
        const name = words[0]!.map((p) => (p.k === 'lit' ? p.v : '')).join('');
        return { t: 'func', name, body: this.command() };
      } else break;
    }
    return { t: 'simple', assigns, words, redirs, line };
  }

  private redirections(): Redir[] {
    const out: Redir[] = [];
    while (this.peek().k === 'redir') out.push(this.redirection());
    return out;
  }

  private redirection(): Redir {
    const tok = this.take();
    if (tok.k !== 'redir') return this.unexpected(tok);
    const target = this.take();
    if (target.k !== 'word') return this.unexpected(target);
    if (tok.op === '<<' || tok.op === '<<-') {
      const redir = { fd: tok.fd, op: '<<' as RedirOp, target: [] as Word };
      this.lexer.heredoc(redir, target, tok.op === '<<-');
      return redir;
    }
    return { fd: tok.fd, op: tok.op, target: target.word };
  }
}

function isOp(tok: Token, v: Op): boolean {
  return tok.k === 'op' && tok.v === v;
}

function isKeyword(tok: Token): tok is Token & { k: 'word' } {
  return tok.k === 'word' && !tok.quoted && KEYWORDS.has(tok.raw);
}

/** `NAME=value` before the command name: the value is the rest of the word after `=`. */
function asAssignment(tok: Token & { k: 'word' }): Assign | undefined {
  const first = tok.word[0];
  if (first?.k !== 'lit' || first.q) return undefined;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.v);
  if (!m) return undefined;
  const rest = first.v.slice(m[0].length);
  return { name: m[1]!, value: rest ? [{ k: 'lit', v: rest }, ...tok.word.slice(1)] : tok.word.slice(1) };
}
