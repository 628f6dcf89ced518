// The shell's tokenizer: operators, redirections and words, where a word is scanned into literal and
// expansion parts (quotes, `$VAR`, `${…}`, `$(…)`, backquotes, `$((…))`), and here-document bodies
// read after the line that asked for them. Mirrors ash's readtoken1 (quoting rules of POSIX 2.2–2.6).

import type { Command, RedirOp, Word, WordPart } from './ast.ts';
import { scanBraceParam } from './brace-param.ts';
import { HeredocQueue } from './heredoc.ts';
import { ShSyntaxError } from './syntax-error.ts';

export type Op = ';' | '&' | '&&' | '||' | '|' | ';;' | '(' | ')' | 'nl' | 'eof';

export type Token =
  | { readonly k: 'word'; readonly word: Word; readonly raw: string; readonly quoted: boolean; readonly line: number }
  | { readonly k: 'op'; readonly v: Op; readonly line: number }
  | { readonly k: 'redir'; readonly fd: number; readonly op: RedirOp | '<<-'; readonly line: number };

/** Parses a command list up to the closing `)` of `$(…)` (the parser's job, lent to the lexer). */
export type SubParser = (lexer: Lexer) => Command | null;

const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

export class Lexer {
  pos: number;
  private readonly heredocs = new HeredocQueue();
  private newlines: number[] | undefined;

  constructor(readonly src: string, start: number, readonly sub: SubParser) {
    this.pos = start;
  }

  lineAt(pos: number): number {
    this.newlines ??= [...this.src.matchAll(/\n/g)].map((m) => m.index);
    let n = 1;
    for (const nl of this.newlines) if (nl < pos) n++;
    return n;
  }

  fail(text: string, eof: boolean): never {
    throw new ShSyntaxError(text, eof, this.lineAt(this.pos));
  }

  /** Registers a here-document whose body follows the current line. */
  heredoc(redir: { target: Word }, delimWord: Token & { k: 'word' }, strip: boolean): void {
    const delim = delimWord.word.map((p) => (p.k === 'lit' ? p.v : '')).join('');
    this.heredocs.add({ redir, delim, quoted: delimWord.quoted, strip });
  }

  next(): Token {
    this.skipBlanks();
    const line = this.lineAt(this.pos);
    const c = this.src[this.pos];
    if (c === undefined) return { k: 'op', v: 'eof', line };
    if (c === '\n') {
      this.pos++;
      this.heredocs.readBodies(this);
      return { k: 'op', v: 'nl', line };
    }
    const two = this.src.slice(this.pos, this.pos + 2);
    const three = this.src.slice(this.pos, this.pos + 3);
    if (three === '<<-') return this.redirTok(3, 0, '<<-', line);
    for (const op of ['<<', '>>', '<&', '>&', '<>', '>|', '&>'] as const) if (two === op) return this.redirTok(2, op[0] === '<' ? 0 : 1, op, line);
    if (c === '<' || c === '>') return this.redirTok(1, c === '<' ? 0 : 1, c, line);
    for (const op of ['&&', '||', ';;'] as const) {
      if (two === op) {
        this.pos += 2;
        return { k: 'op', v: op, line };
      }
    }
    if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
      this.pos++;
      return { k: 'op', v: c, line };
    }
    const start = this.pos;
    const { parts, quoted } = this.scanWord(false, '');
    const raw = this.src.slice(start, this.pos);
    const nextC = this.src[this.pos];
    if (!quoted && /^\d+$/.test(raw) && (nextC === '<' || nextC === '>')) {
      const tok = this.next();
      if (tok.k === 'redir') return { ...tok, fd: Number(raw) };
    }
    return { k: 'word', word: parts, raw, quoted, line };
  }

  private redirTok(len: number, fd: number, op: RedirOp | '<<-', line: number): Token {
    this.pos += len;
    return { k: 'redir', fd, op, line };
  }

  private skipBlanks(): void {
    for (;;) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#') while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
      else return;
    }
  }

  /**
   * Scans a word from the current position. `inBrace` stops at an unquoted `}` (a `${…}` argument);
   * `q` marks everything quoted (the argument of a `${…}` inside double quotes).
   */
  scanWord(inBrace: boolean, q: '' | 'q', stop = ''): { parts: WordPart[]; quoted: boolean } {
    const parts: WordPart[] = [];
    let quoted = false;
    const atStart = this.pos;
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) break;
      if (inBrace ? c === '}' || stop.includes(c) : META.has(c)) break;
      if (c === '~' && this.pos === atStart && !inBrace && !q) {
        const m = /^~([A-Za-z0-9_.-]*)(?=\/|$|[\s;&|<>()])/.exec(this.src.slice(this.pos));
        if (m) {
          parts.push({ k: 'tilde', user: m[1]! });
          this.pos += m[0].length;
          continue;
        }
      }
      if (c === '\\') {
        const n = this.src[this.pos + 1];
        this.pos += 2;
        if (n === '\n') continue;
        if (n === undefined) {
          this.pos--;
          push(parts, '\\', q);
          continue;
        }
        if (q && !'$`"\\}'.includes(n)) push(parts, '\\', 'q');
        push(parts, n, 'q');
        quoted = true;
      } else if (c === "'" && !q) {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) this.fail('syntax error: unterminated quoted string', true);
        push(parts, this.src.slice(this.pos + 1, end), 'q');
        this.pos = end + 1;
        quoted = true;
      } else if (c === '"') {
        this.pos++;
        this.scanDquote(parts);
        quoted = true;
      } else if (c === '$') {
        this.scanDollar(parts, q);
      } else if (c === '`') {
        this.scanBackquote(parts, q);
      } else {
        push(parts, c, q);
        this.pos++;
      }
    }
    return { parts, quoted };
  }

  private scanDquote(parts: WordPart[]): void {
    const start = parts.length;
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) this.fail('syntax error: unterminated quoted string', true);
      if (c === '"') {
        this.pos++;
        if (parts.length === start) push(parts, '', 'q');
        return;
      }
      if (c === '\\') {
        const n = this.src[this.pos + 1];
        this.pos += 2;
        if (n === '\n') continue;
        if (n !== undefined && '$`"\\'.includes(n)) push(parts, n, 'q');
        else {
          push(parts, '\\', 'q');
          this.pos--;
        }
      } else if (c === '$') this.scanDollar(parts, 'q');
      else if (c === '`') this.scanBackquote(parts, 'q');
      else {
        push(parts, c, 'q');
        this.pos++;
      }
    }
  }

  scanDollar(parts: WordPart[], q: '' | 'q'): void {
    const src = this.src;
    const n = src[this.pos + 1];
    const qf = q ? { q: true as const } : {};
    if (n === '(' && src[this.pos + 2] === '(') {
      const end = this.arithEnd(this.pos + 3);
      const inner = new Lexer(src.slice(this.pos + 3, end), 0, this.sub);
      this.pos = end + 2;
      parts.push({ k: 'arith', expr: inner.scanArith(), ...qf });
    } else if (n === '(') {
      this.pos += 2;
      parts.push({ k: 'sub', body: this.sub(this), ...qf });
    } else if (n === '{') {
      this.pos += 2;
      parts.push(scanBraceParam(this, q));
    } else if (n !== undefined && NAME_START.test(n)) {
      let end = this.pos + 1;
      while (end < src.length && NAME_CHAR.test(src[end]!)) end++;
      parts.push({ k: 'param', name: src.slice(this.pos + 1, end), ...qf });
      this.pos = end;
    } else if (n !== undefined && SPECIAL_PARAMS.has(n)) {
      parts.push({ k: 'param', name: n, ...qf });
      this.pos += 2;
    } else {
      push(parts, '$', q);
      this.pos++;
    }
  }

  private arithEnd(from: number): number {
    let depth = 0;
    for (let i = from; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0 && this.src[i + 1] === ')') return i;
        if (depth === 0) break;
        depth--;
      }
    }
    this.pos = this.src.length;
    return this.fail("syntax error: missing '))'", true);
  }

  /** The text of `$((…))` as a word: expansions inside, everything else literal. */
  scanArith(): Word {
    const parts: WordPart[] = [];
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '$') this.scanDollar(parts, 'q');
      else if (c === '`') this.scanBackquote(parts, 'q');
      else {
        push(parts, c, 'q');
        this.pos++;
      }
    }
    return parts;
  }

  scanBackquote(parts: WordPart[], q: '' | 'q'): void {
    let text = '';
    let i = this.pos + 1;
    for (;;) {
      const c = this.src[i];
      if (c === undefined) {
        this.pos = i;
        this.fail('syntax error: EOF in backquote substitution', true);
      }
      if (c === '`') break;
      if (c === '\\' && this.src[i + 1] !== undefined && '$`\\'.includes(this.src[i + 1]!)) {
        text += this.src[i + 1];
        i += 2;
        continue;
      }
      text += c;
      i++;
    }
    this.pos = i + 1;
    const inner = new Lexer(`${text})`, 0, this.sub);
    parts.push({ k: 'sub', body: this.sub(inner), ...(q ? { q: true as const } : {}) });
  }

  /** A here-document body: `$`, backquotes and `\` work as inside double quotes, quotes do not. */
  scanBody(text: string): Word {
    const body = new Lexer(text, 0, this.sub);
    const parts: WordPart[] = [];
    while (body.pos < text.length) {
      const c = text[body.pos]!;
      const n = text[body.pos + 1];
      if (c === '\\' && n !== undefined && '$`\\\n'.includes(n)) {
        if (n !== '\n') push(parts, n, 'q');
        body.pos += 2;
      } else if (c === '$') body.scanDollar(parts, 'q');
      else if (c === '`') body.scanBackquote(parts, 'q');
      else {
        push(parts, c, 'q');
        body.pos++;
      }
    }
    return parts;
  }
}

/** Appends literal text, merging it with a literal of the same quoting before it. */
export function push(parts: WordPart[], text: string, q: '' | 'q'): void {
  const last = parts[parts.length - 1];
  if (last?.k === 'lit' && (last.q === true) === (q === 'q')) parts[parts.length - 1] = { ...last, v: last.v + text };
  else parts.push(q ? { k: 'lit', v: text, q: true } : { k: 'lit', v: text });
}

