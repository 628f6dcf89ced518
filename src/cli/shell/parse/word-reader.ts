// Reads the parts of one word: quotes, backslashes, `$NAME`, `${…}`, `$(…)`, backticks, `$'…'`.
// Quoting is kept on each part, because expansion splits and globs only what was unquoted.

import type { ParamModifier, Program, WordPart } from './ast.ts';
import { decodeEscapes } from '../escapes.ts';
import type { Scanner } from './scanner.ts';
import { ParseFailure, unmatched } from './tokens.ts';

export interface WordReaderHooks {
  /** Parses a program from the scanner up to and including the `)` that closes `$(`. */
  commandSubstitution(): Program;
  /** Parses a program from separate source text (the inside of backticks) nested `depth` deep. */
  parseSource(src: string, depth: number): Program;
  /** A backslash ended the input: the line continues on a line not yet typed. */
  trailingBackslash(): void;
}

/** Characters that end an unquoted word. */
const WORD_DELIMITERS = new Set([' ', '\t', '\n', '|', '&', ';', '<', '>', '(', ')']);
const SPECIAL_PARAMS = new Set(['?', '#', '$', '@', '*', '!', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const DQ_ESCAPABLE = new Set(['$', '`', '"', '\\']);
const HEREDOC_ESCAPABLE = new Set(['$', '`', '\\']);

type Mode = 'unquoted' | 'double' | 'heredoc' | 'brace' | 'braceQuoted';

const QUOTED_MODES = new Set<Mode>(['double', 'heredoc', 'braceQuoted']);

/** Accumulates parts, merging neighbouring literals that share their quoting. */
class PartList {
  readonly parts: WordPart[] = [];

  literal(text: string, quoted: boolean): void {
    const last = this.parts.at(-1);
    if (last?.type === 'literal' && last.quoted === quoted && text !== '' && last.text !== '') {
      this.parts[this.parts.length - 1] = { type: 'literal', text: last.text + text, quoted };
    } else {
      this.parts.push({ type: 'literal', text, quoted });
    }
  }
}

function endsAt(mode: Mode, char: string): boolean {
  if (mode === 'unquoted') return WORD_DELIMITERS.has(char);
  if (mode === 'double') return char === '"';
  return mode !== 'heredoc' && char === '}';
}

export class WordReader {
  constructor(
    private readonly s: Scanner,
    private readonly hooks: WordReaderHooks,
  ) {}

  /** Reads an unquoted word up to a delimiter. */
  readUnquoted(): WordPart[] {
    return this.read('unquoted');
  }

  /** Reads a here-document body: everything to the end of the scanner, `"` is ordinary. */
  readHeredoc(): WordPart[] {
    return this.read('heredoc');
  }

  private read(mode: Mode): WordPart[] {
    const list = new PartList();
    const quoted = QUOTED_MODES.has(mode);
    for (;;) {
      if (this.s.eof) {
        if (mode === 'double') throw unmatched('"');
        if (mode === 'brace' || mode === 'braceQuoted') throw unmatched('}');
        return list.parts;
      }
      const char = this.s.peek();
      if (endsAt(mode, char)) {
        if (mode === 'double') this.s.next();
        return list.parts;
      }
      this.s.next();
      if (char === '\\') this.backslash(list, mode);
      else if (char === '$') this.dollar(list, quoted);
      else if (char === '`') list.parts.push({ type: 'command', program: this.s.nest(() => this.backtick()), quoted });
      else if (char === "'" && !quoted) list.literal(this.singleQuoted(), true);
      else if (char === '"' && mode !== 'heredoc' && mode !== 'double') this.doubleQuoted(list);
      else list.literal(char, quoted);
    }
  }

  private backslash(list: PartList, mode: Mode): void {
    if (this.s.eof) {
      if (mode === 'heredoc') list.literal('\\', true);
      else this.hooks.trailingBackslash();
      return;
    }
    const next = this.s.next();
    if (next === '\n') return;
    const escapable = mode === 'heredoc' ? HEREDOC_ESCAPABLE : QUOTED_MODES.has(mode) ? DQ_ESCAPABLE : undefined;
    if (escapable === undefined || escapable.has(next)) list.literal(next, true);
    else list.literal(`\\${next}`, true);
  }

  private singleQuoted(): string {
    const end = this.s.src.indexOf("'", this.s.pos);
    if (end === -1) {
      this.s.pos = this.s.src.length;
      throw unmatched("'");
    }
    const text = this.s.src.slice(this.s.pos, end);
    this.s.pos = end + 1;
    return text;
  }

  private doubleQuoted(list: PartList): void {
    const inner = this.read('double');
    if (inner.length === 0) list.literal('', true);
    for (const part of inner) {
      if (part.type === 'literal') list.literal(part.text, true);
      else list.parts.push(part);
    }
  }

  private ansiC(): string {
    let raw = '';
    for (;;) {
      if (this.s.eof) throw unmatched("'");
      const char = this.s.next();
      if (char === "'") return decodeEscapes(raw, 'ansiC').text;
      raw += char;
      if (char === '\\' && !this.s.eof) raw += this.s.next();
    }
  }

  private dollar(list: PartList, quoted: boolean): void {
    const char = this.s.peek();
    if (char === '(') {
      this.s.next();
      list.parts.push({ type: 'command', program: this.s.nest(() => this.hooks.commandSubstitution()), quoted });
    } else if (char === '{') {
      this.s.next();
      list.parts.push(this.s.nest(() => this.braced(quoted)));
    } else if (char === "'" && !quoted) {
      this.s.next();
      list.literal(this.ansiC(), true);
    } else if (char === '"' && !quoted) {
      this.s.next();
      this.doubleQuoted(list);
    } else if (NAME_START.test(char)) {
      list.parts.push({ type: 'param', name: this.name(), quoted });
    } else if (SPECIAL_PARAMS.has(char) && char !== '') {
      list.parts.push({ type: 'param', name: this.s.next(), quoted });
    } else {
      list.literal('$', quoted);
    }
  }

  private name(): string {
    let name = '';
    while (!this.s.eof && NAME_CHAR.test(this.s.peek())) name += this.s.next();
    return name;
  }

  /** After `${`: a name, an optional modifier, then `}`. */
  private braced(quoted: boolean): WordPart {
    const start = this.s.pos - 2;
    if (this.s.peek() === '#' && NAME_START.test(this.s.peek(1))) {
      this.s.next();
      const name = this.name();
      if (this.s.peek() === '}') {
        this.s.next();
        return { type: 'param', name, quoted, modifier: { kind: 'length' } };
      }
      return this.invalid(start, quoted);
    }
    const name = NAME_START.test(this.s.peek()) ? this.name() : SPECIAL_PARAMS.has(this.s.peek()) ? this.s.next() : '';
    if (name !== '' && this.s.peek() === '}') {
      this.s.next();
      return { type: 'param', name, quoted };
    }
    const modifier = name === '' ? undefined : this.modifier(quoted);
    if (modifier === undefined || this.s.peek() !== '}') return this.invalid(start, quoted);
    this.s.next();
    return { type: 'param', name, quoted, modifier };
  }

  private modifier(quoted: boolean): ParamModifier | undefined {
    const ifEmpty = this.s.peek() === ':';
    const op = this.s.peek(ifEmpty ? 1 : 0);
    if (op !== '-' && op !== '+') return undefined;
    this.s.pos += ifEmpty ? 2 : 1;
    const word = this.read(quoted ? 'braceQuoted' : 'brace');
    return { kind: op === '-' ? 'default' : 'alternative', ifEmpty, word };
  }

  /** bash reports a malformed `${…}` only when it expands it; skip to the closing brace. */
  private invalid(start: number, quoted: boolean): WordPart {
    const end = this.s.src.indexOf('}', this.s.pos);
    if (end === -1) {
      this.s.pos = this.s.src.length;
      throw unmatched('}');
    }
    this.s.pos = end + 1;
    const text = this.s.src.slice(start, end + 1);
    return { type: 'param', name: '', quoted, modifier: { kind: 'invalid', text } };
  }

  private backtick(): Program {
    let inner = '';
    for (;;) {
      if (this.s.eof) throw unmatched('`');
      const char = this.s.next();
      if (char === '`') break;
      if (char === '\\' && ['$', '`', '\\'].includes(this.s.peek())) inner += this.s.next();
      else inner += char;
    }
    try {
      return this.hooks.parseSource(inner, this.s.depth);
    } catch (error) {
      if (error instanceof ParseFailure && error.kind === 'incomplete') throw unmatched('`');
      throw error;
    }
  }
}
