// Splits shell source into tokens: words, control operators and redirections, with bash's rules
// for blanks, comments, line continuations and here-documents (bodies are read at the end of the
// line that opened them).

import { REDIRECT_OPS } from './ast.ts';
import type { Program, RedirectOp, WordPart } from './ast.ts';
import { Scanner } from './scanner.ts';
import { CONTROL_OPS } from './tokens.ts';
import type { ControlOp, HeredocBox, Token } from './tokens.ts';
import { WordReader } from './word-reader.ts';

/** What the lexer needs from the parser to read `$(…)` and backticks. */
export interface NestedParser {
  parseUntilParen(lexer: Lexer): Program;
  parseSource(src: string, depth: number): Program;
}

interface PendingHeredoc {
  readonly box: HeredocBox;
  readonly delimiter: string;
  readonly quoted: boolean;
  readonly stripTabs: boolean;
  readonly line: number;
}

/** Operators, longest first so `;;` wins over `;` and `<<-` over `<<`. */
const OPERATORS: readonly string[] = [...CONTROL_OPS, ...REDIRECT_OPS]
  .filter((op) => op !== 'newline')
  .sort((a, b) => b.length - a.length);
const REDIRECTS = new Set<string>(REDIRECT_OPS);

const CONTROLS = new Set<string>(CONTROL_OPS);

function isRedirectOp(op: string): op is RedirectOp {
  return REDIRECTS.has(op);
}

function isControlOp(op: string): op is ControlOp {
  return CONTROLS.has(op);
}

function delimiterOf(parts: readonly WordPart[]): { delimiter: string; quoted: boolean } {
  let delimiter = '';
  let quoted = false;
  for (const part of parts) {
    if (part.type === 'literal') delimiter += part.text;
    else if (part.type === 'param') delimiter += `$${part.name}`;
    quoted ||= part.quoted;
  }
  return { delimiter, quoted };
}

export class Lexer {
  /** bash's warnings (an unterminated here-document), printed before the command runs. */
  readonly warnings: string[] = [];
  /** The input ended where bash would prompt for another line (trailing `\`, open here-document). */
  needsMoreInput = false;
  private readonly pending: PendingHeredoc[] = [];
  private heredocOp: { box: HeredocBox; stripTabs: boolean; pos: number } | undefined;
  private readonly words: WordReader;

  constructor(
    private readonly s: Scanner,
    private readonly nested: NestedParser,
  ) {
    this.words = new WordReader(s, {
      commandSubstitution: () => nested.parseUntilParen(this),
      parseSource: (src, depth) => nested.parseSource(src, depth),
      trailingBackslash: () => {
        this.needsMoreInput = true;
      },
    });
  }

  /** The next token, or undefined at the end of the input. */
  next(): Token | undefined {
    this.skipBlanks();
    if (this.s.eof) {
      this.readHeredocBodies();
      return undefined;
    }
    if (this.s.peek() === '\n') {
      this.s.next();
      this.readHeredocBodies();
      return { kind: 'op', op: 'newline' };
    }
    const fdMatch = /^[0-9]+(?=[<>])/.exec(this.s.src.slice(this.s.pos, this.s.pos + 12));
    if (fdMatch !== null) this.s.pos += fdMatch[0].length;
    const op = OPERATORS.find((candidate) => this.s.startsWith(candidate));
    if (op !== undefined) {
      this.s.pos += op.length;
      return this.operator(op, fdMatch === null ? undefined : Number(fdMatch[0]));
    }
    const start = this.s.pos;
    const parts = this.words.readUnquoted();
    const raw = this.s.src.slice(start, this.s.pos);
    if (this.heredocOp !== undefined) this.registerHeredoc(parts);
    return { kind: 'word', word: { parts, raw } };
  }

  private operator(op: string, fd: number | undefined): Token {
    this.heredocOp = undefined;
    if (isControlOp(op)) return { kind: 'op', op };
    if (!isRedirectOp(op)) throw new Error(`unknown operator ${op}`);
    if (op !== '<<' && op !== '<<-') return fd === undefined ? { kind: 'redirect', op } : { kind: 'redirect', op, fd };
    const box: HeredocBox = { body: [] };
    this.heredocOp = { box, stripTabs: op === '<<-', pos: this.s.pos };
    return fd === undefined ? { kind: 'redirect', op, heredoc: box } : { kind: 'redirect', op, fd, heredoc: box };
  }

  private skipBlanks(): void {
    for (;;) {
      const char = this.s.peek();
      if (char === ' ' || char === '\t') this.s.next();
      else if (char === '\\' && this.s.peek(1) === '\n') this.s.pos += 2;
      else if (char === '#') {
        while (!this.s.eof && this.s.peek() !== '\n') this.s.next();
      } else return;
    }
  }

  private registerHeredoc(parts: readonly WordPart[]): void {
    const op = this.heredocOp;
    if (op === undefined) return;
    this.heredocOp = undefined;
    const { delimiter, quoted } = delimiterOf(parts);
    this.pending.push({ box: op.box, delimiter, quoted, stripTabs: op.stripTabs, line: this.s.lineAt(op.pos) });
  }

  private readHeredocBodies(): void {
    for (const heredoc of this.pending.splice(0)) {
      let body = '';
      for (;;) {
        const rawLine = this.s.readLine();
        if (rawLine === undefined) {
          this.warnings.push(
            `warning: here-document at line ${heredoc.line} delimited by end-of-file (wanted \`${heredoc.delimiter}')`,
          );
          this.needsMoreInput = true;
          break;
        }
        const line = heredoc.stripTabs ? rawLine.replace(/^\t+/, '') : rawLine;
        if (line === heredoc.delimiter) break;
        body += `${line}\n`;
      }
      heredoc.box.body = heredoc.quoted ? [{ type: 'literal', text: body, quoted: true }] : this.expandable(body);
    }
  }

  private expandable(body: string): WordPart[] {
    const lexer = new Lexer(new Scanner(body, this.s.depth + 1), this.nested);
    return lexer.words.readHeredoc();
  }
}
