// A cursor over source text shared by the lexer and the word reader, so nested constructs
// (`$(…)`, here-documents) continue from where the outer one stopped.

import { ParseFailure } from './tokens.ts';

/** Invariant: `$(…)`, `${…}` and backticks nest at most this deep, so parsing never exhausts the stack. */
export const MAX_NESTING_DEPTH = 64;

export class Scanner {
  pos = 0;
  /** How many constructs enclose the current position, counting those of enclosing sources. */
  depth: number;

  constructor(
    readonly src: string,
    enclosingDepth = 0,
  ) {
    this.depth = enclosingDepth;
  }

  /** Reads one nested construct, refusing to go deeper than MAX_NESTING_DEPTH. */
  nest<T>(read: () => T): T {
    if (this.depth >= MAX_NESTING_DEPTH) throw new ParseFailure('syntax', 'syntax error: nesting too deep');
    this.depth += 1;
    try {
      return read();
    } finally {
      this.depth -= 1;
    }
  }

  get eof(): boolean {
    return this.pos >= this.src.length;
  }

  peek(offset = 0): string {
    return this.src.charAt(this.pos + offset);
  }

  next(): string {
    const char = this.src.charAt(this.pos);
    this.pos += 1;
    return char;
  }

  startsWith(text: string): boolean {
    return this.src.startsWith(text, this.pos);
  }

  /** 1-based line number of `pos`. */
  lineAt(pos: number): number {
    let line = 1;
    for (let i = 0; i < pos && i < this.src.length; i += 1) if (this.src.charAt(i) === '\n') line += 1;
    return line;
  }

  /** The rest of the current line, consuming its newline; undefined at end of input. */
  readLine(): string | undefined {
    if (this.eof) return undefined;
    const end = this.src.indexOf('\n', this.pos);
    const stop = end === -1 ? this.src.length : end;
    const line = this.src.slice(this.pos, stop);
    this.pos = end === -1 ? this.src.length : end + 1;
    return line;
  }
}
