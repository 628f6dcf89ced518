// Recursive-descent parser for the supported subset of bash: lists (`;`, `&`, newlines), and-or
// chains, pipelines (`|`, `|&`, `!`) and simple commands with assignments and redirections.
// Syntax errors carry bash's own wording; an input that stops early asks for more lines.

import type { AndOr, Assignment, Pipeline, Program, Redirect, SimpleCommand, Word } from './ast.ts';
import { Lexer } from './lexer.ts';
import type { NestedParser } from './lexer.ts';
import { Scanner } from './scanner.ts';
import { ParseFailure, unexpectedEof, unexpectedToken, unmatched } from './tokens.ts';
import type { FailureKind, Token } from './tokens.ts';

export type ParseResult =
  | { readonly ok: true; readonly program: Program; readonly warnings: readonly string[]; readonly needsMoreInput: boolean }
  | { readonly ok: false; readonly kind: FailureKind; readonly message: string };

/** Words that close a compound command; bash rejects them where a command should start. */
const CLOSING_WORDS = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);
/** Words that open a compound command, which this shell does not run. */
const COMPOUND_WORDS = new Set(['if', 'for', 'while', 'until', 'case', 'select', 'function', '{', '[[', 'coproc']);
/** `NAME=value` at the start of a word (before the command name, or as an argument of `export`). */
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

function describe(token: Token | undefined): string {
  if (token === undefined || (token.kind === 'op' && token.op === 'newline')) return 'newline';
  if (token.kind === 'word') return token.word.raw;
  return token.op;
}

function isOp(token: Token | undefined, ...ops: string[]): boolean {
  return token !== undefined && token.kind !== 'word' && ops.includes(token.op);
}

export function assignmentOf(word: Word): Assignment | undefined {
  const [first, ...rest] = word.parts;
  if (first?.type !== 'literal' || first.quoted) return undefined;
  const match = ASSIGNMENT.exec(first.text);
  if (match === null) return undefined;
  const name = match[1] ?? '';
  const remainder = first.text.slice(name.length + 1);
  const parts = remainder === '' ? rest : [{ ...first, text: remainder }, ...rest];
  return { name, value: { parts, raw: word.raw.slice(name.length + 1) } };
}

class Parser {
  private lookahead: { token: Token | undefined } | undefined;

  constructor(
    private readonly lexer: Lexer,
    private readonly nested: boolean,
  ) {}

  parseProgram(): Program {
    const items: AndOr[] = [];
    for (;;) {
      while (isOp(this.peek(), 'newline')) this.take();
      const token = this.peek();
      if (token === undefined) {
        if (this.nested) throw unmatched(')');
        return { items };
      }
      if (this.nested && isOp(token, ')')) {
        this.take();
        return { items };
      }
      const item = this.parseAndOr();
      const after = this.peek();
      items.push(isOp(after, '&') ? { ...item, background: true } : item);
      if (isOp(after, ';', '&')) this.take();
      else if (!(after === undefined || isOp(after, 'newline') || (this.nested && isOp(after, ')')))) {
        throw unexpectedToken(describe(after));
      }
    }
  }

  private peek(): Token | undefined {
    this.lookahead ??= { token: this.lexer.next() };
    return this.lookahead.token;
  }

  private take(): Token | undefined {
    const token = this.peek();
    this.lookahead = undefined;
    return token;
  }

  /** After `|`, `&&` or `||` the command may continue on the next line. */
  private continuation(): void {
    while (isOp(this.peek(), 'newline')) this.take();
    if (this.peek() === undefined) throw this.nested ? unmatched(')') : unexpectedEof();
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: Array<{ op: '&&' | '||'; pipeline: Pipeline }> = [];
    for (let token = this.peek(); isOp(token, '&&', '||'); token = this.peek()) {
      this.take();
      this.continuation();
      rest.push({ op: isOp(token, '&&') ? '&&' : '||', pipeline: this.parsePipeline() });
    }
    return { first, rest };
  }

  private parsePipeline(): Pipeline {
    const head = this.peek();
    const negated = head?.kind === 'word' && head.word.raw === '!';
    if (negated) this.take();
    const commands: SimpleCommand[] = [this.parseCommand()];
    for (let token = this.peek(); isOp(token, '|', '|&'); token = this.peek()) {
      this.take();
      if (isOp(token, '|&')) commands.push(this.withStderrPiped(commands.pop()));
      this.continuation();
      commands.push(this.parseCommand());
    }
    return { negated, commands };
  }

  private withStderrPiped(command: SimpleCommand | undefined): SimpleCommand {
    const base = command ?? { assignments: [], words: [], redirects: [] };
    const dup: Redirect = { fd: 2, op: '>&', target: { parts: [{ type: 'literal', text: '1', quoted: false }], raw: '1' } };
    return { ...base, redirects: [...base.redirects, dup] };
  }

  private parseCommand(): SimpleCommand {
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      const token = this.peek();
      if (token?.kind === 'word') {
        this.checkCommandWord(token.word, words.length === 0 && assignments.length === 0 && redirects.length === 0);
        const assignment = words.length === 0 ? assignmentOf(token.word) : undefined;
        if (assignment === undefined) words.push(token.word);
        else assignments.push(assignment);
        this.take();
      } else if (token?.kind === 'redirect') {
        this.take();
        redirects.push(this.parseRedirect(token));
      } else if (isOp(token, '(')) {
        throw this.parenError(words.length === 1 && assignments.length === 0 && redirects.length === 0);
      } else {
        break;
      }
    }
    if (words.length + assignments.length + redirects.length === 0) throw unexpectedToken(describe(this.peek()));
    return { assignments, words, redirects };
  }

  private checkCommandWord(word: Word, first: boolean): void {
    if (!first) return;
    if (CLOSING_WORDS.has(word.raw)) throw unexpectedToken(word.raw);
    if (COMPOUND_WORDS.has(word.raw)) {
      throw new ParseFailure('syntax', `${word.raw}: compound commands are not supported in this shell`);
    }
  }

  /** `name (` is the start of a function definition in bash, which must go on with `)`. */
  private parenError(afterOneWord: boolean): ParseFailure {
    if (!afterOneWord) return unexpectedToken('(');
    this.take();
    return unexpectedToken(describe(this.peek()));
  }

  private parseRedirect(token: Extract<Token, { kind: 'redirect' }>): Redirect {
    const target = this.peek();
    if (target?.kind !== 'word') throw unexpectedToken(describe(target));
    this.take();
    const fd = token.fd ?? (token.op.startsWith('<') ? 0 : 1);
    return token.heredoc === undefined
      ? { fd, op: token.op, target: target.word }
      : { fd, op: token.op, target: target.word, heredoc: token.heredoc };
  }
}

const NESTED: NestedParser = {
  parseUntilParen: (lexer) => new Parser(lexer, true).parseProgram(),
  parseSource: (src, depth) => new Parser(new Lexer(new Scanner(src, depth), NESTED), false).parseProgram(),
};

/** Parses one complete input; never throws for any source text. */
export function parse(source: string): ParseResult {
  const lexer = new Lexer(new Scanner(source), NESTED);
  try {
    const program = new Parser(lexer, false).parseProgram();
    return { ok: true, program, warnings: lexer.warnings, needsMoreInput: lexer.needsMoreInput };
  } catch (error) {
    if (!(error instanceof ParseFailure)) throw error;
    return { ok: false, kind: error.kind, message: `bash: ${error.detail}` };
  }
}
