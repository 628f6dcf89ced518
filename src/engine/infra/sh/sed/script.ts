// A sed script parsed into commands: addresses (line, `$`, /regex/, ranges, `!`), blocks, and the
// commands a student meets — s, y, d, D, p, P, n, N, q, Q, =, a, i, c, h, H, g, G, x. Mirrors GNU
// sed's compile.c (its error texts: `-e expression #1, char 5: unterminated `s' command`).

import { posixToJs } from '../applets/regex.ts';

export type Address =
  | { readonly t: 'line'; readonly n: number }
  | { readonly t: 'last' }
  | { readonly t: 're'; readonly re: RegExp };

export interface Substitution {
  readonly re: RegExp;
  readonly replacement: string;
  readonly global: boolean;
  /** Replace only the Nth match (1 when not given). */
  readonly nth: number;
  readonly print: boolean;
}

export interface SedCommand {
  readonly a1?: Address;
  readonly a2?: Address;
  readonly negate: boolean;
  readonly name: string;
  /** s: the substitution. */
  readonly s?: Substitution;
  /** y: source and target characters. */
  readonly y?: readonly [string, string];
  /** a, i, c: the text; q, Q: the exit code. */
  readonly text?: string;
  readonly exitCode?: number;
  /** {: the commands of the block. */
  readonly block?: readonly SedCommand[];
}

export class SedSyntaxError extends Error {}

const NO_ARGUMENT = new Set(['d', 'D', 'p', 'P', 'n', 'N', '=', 'h', 'H', 'g', 'G', 'x', '}']);

class Parser {
  private i = 0;
  constructor(private readonly src: string, private readonly extended: boolean, private readonly expr: number) {}

  fail(message: string): never {
    throw new SedSyntaxError(`-e expression #${this.expr}, char ${this.i}: ${message}`);
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private skipBlanks(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.i++;
  }

  private regex(delim: string, flags: string): RegExp {
    const body = this.until(delim, 'unterminated address regex');
    try {
      return new RegExp(posixToJs(body, this.extended), flags);
    } catch {
      return this.fail('Invalid preceding regular expression');
    }
  }

  /** Reads up to the unescaped delimiter (consumed); `\delim` becomes delim, `\n` a newline. */
  private until(delim: string, unterminated: string): string {
    let out = '';
    while (this.i < this.src.length) {
      const c = this.src[this.i++]!;
      if (c === delim) return out;
      if (c === '\\' && this.i < this.src.length) {
        const n = this.src[this.i++]!;
        out += n === delim ? n : n === 'n' ? '\n' : `\\${n}`;
        continue;
      }
      if (c === '\n' && delim !== '\n') break;
      out += c;
    }
    return this.fail(unterminated);
  }

  private address(): Address | undefined {
    const c = this.peek();
    if (c === undefined) return undefined;
    if (/[0-9]/.test(c)) {
      const start = this.i;
      while (/[0-9]/.test(this.peek() ?? '')) this.i++;
      const n = Number(this.src.slice(start, this.i));
      if (n === 0) this.fail('invalid usage of line address 0');
      return { t: 'line', n };
    }
    if (c === '$') {
      this.i++;
      return { t: 'last' };
    }
    if (c === '/' || c === '\\') {
      this.i++;
      const delim = c === '/' ? '/' : this.src[this.i++] ?? this.fail('unexpected `,\'');
      const re = this.regex(delim, '');
      const flags = this.peek() === 'I' ? (this.i++, 'i') : '';
      return flags ? { t: 're', re: new RegExp(re.source, 'i') } : { t: 're', re };
    }
    return undefined;
  }

  private textArgument(): string {
    this.skipBlanks();
    if (this.peek() === '\\') {
      this.i++;
      if (this.peek() === '\n') this.i++;
    }
    let out = '';
    while (this.i < this.src.length && this.peek() !== '\n') {
      const c = this.src[this.i++]!;
      if (c === '\\' && this.i < this.src.length) out += this.src[this.i++]!;
      else out += c;
    }
    return out;
  }

  private substitution(): Substitution {
    const delim = this.src[this.i++];
    if (delim === undefined || delim === '\n' || delim === '\\') this.fail('unterminated `s\' command');
    const pattern = this.until(delim, 'unterminated `s\' command');
    const replacement = this.rawUntil(delim);
    let global = false;
    let nth = 1;
    let print = false;
    let insensitive = false;
    for (;;) {
      const f = this.peek();
      if (f === 'g') global = true;
      else if (f === 'p') print = true;
      else if (f === 'i' || f === 'I') insensitive = true;
      else if (f !== undefined && /[0-9]/.test(f)) {
        const start = this.i;
        while (/[0-9]/.test(this.src[this.i + 1] ?? '')) this.i++;
        nth = Number(this.src.slice(start, this.i + 1));
        if (nth === 0) this.fail('number option to `s\' command may not be zero');
      } else break;
      this.i++;
    }
    let re: RegExp;
    try {
      re = new RegExp(posixToJs(pattern, this.extended), insensitive ? 'gi' : 'g');
    } catch {
      return this.fail('Invalid preceding regular expression');
    }
    return { re, replacement, global, nth, print };
  }

  /** The replacement part: kept with its backslashes (`\1`, `\&`, `\n`), up to the delimiter. */
  private rawUntil(delim: string): string {
    let out = '';
    while (this.i < this.src.length) {
      const c = this.src[this.i++]!;
      if (c === delim) return out;
      if (c === '\\' && this.i < this.src.length) {
        const n = this.src[this.i++]!;
        out += n === delim ? n : `\\${n}`;
        continue;
      }
      out += c;
    }
    return this.fail('unterminated `s\' command');
  }

  private endOfCommand(): void {
    this.skipBlanks();
    const c = this.peek();
    if (c === undefined || c === '}' || c === '#') return;
    if (c === ';' || c === '\n') {
      this.i++;
      return;
    }
    this.i++;
    this.fail('extra characters after command');
  }

  commands(inBlock: boolean): SedCommand[] {
    const out: SedCommand[] = [];
    for (;;) {
      while (this.peek() !== undefined && /[\s;]/.test(this.peek()!)) this.i++;
      if (this.peek() === '#') {
        while (this.peek() !== undefined && this.peek() !== '\n') this.i++;
        continue;
      }
      if (this.peek() === undefined) {
        if (inBlock) this.fail('unmatched `{\'');
        return out;
      }
      if (this.peek() === '}') {
        this.i++;
        if (!inBlock) this.fail('unexpected `}\'');
        return out;
      }
      out.push(this.command());
    }
  }

  private command(): SedCommand {
    const a1 = this.address();
    let a2: Address | undefined;
    if (a1 !== undefined && this.peek() === ',') {
      this.i++;
      a2 = this.address() ?? this.fail('unexpected `,\'');
    }
    this.skipBlanks();
    let negate = false;
    while (this.peek() === '!') {
      negate = true;
      this.i++;
      this.skipBlanks();
    }
    const name = this.src[this.i++];
    if (name === undefined) return this.fail('missing command');
    const base = { a1, a2, negate, name };
    switch (name) {
      case '{': return { ...base, block: this.commands(true) };
      case 's': {
        const s = this.substitution();
        this.endOfCommand();
        return { ...base, s };
      }
      case 'y': {
        const delim = this.src[this.i++] ?? this.fail('unterminated `y\' command');
        const from = this.until(delim, 'unterminated `y\' command');
        const to = this.until(delim, 'unterminated `y\' command');
        if ([...from].length !== [...to].length) this.fail('strings for `y\' command are different lengths');
        this.endOfCommand();
        return { ...base, y: [from, to] };
      }
      case 'a': case 'i': case 'c': {
        const text = this.textArgument();
        return { ...base, text };
      }
      case 'q': case 'Q': {
        if (a2 !== undefined) this.fail('command only uses one address');
        this.skipBlanks();
        const start = this.i;
        while (/[0-9]/.test(this.peek() ?? '')) this.i++;
        const exitCode = this.i > start ? Number(this.src.slice(start, this.i)) : 0;
        this.endOfCommand();
        return { ...base, exitCode };
      }
      default:
        if (!NO_ARGUMENT.has(name)) {
          return this.fail(`unknown command: \`${name}'`);
        }
        this.endOfCommand();
        return base;
    }
  }
}

/** Parses the script of the `index`th -e (1-based); throws SedSyntaxError with GNU's text. */
export function parseSedScript(script: string, extended: boolean, index = 1): SedCommand[] {
  return new Parser(script, extended, index).commands(false);
}
