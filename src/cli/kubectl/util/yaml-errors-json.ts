// kubectl reads a manifest that starts with `{` as a stream of JSON values with Go's encoding/json,
// so syntax errors read `json: offset N: invalid character 'x' ...` (N counts bytes up to and
// including the bad one) or `unexpected EOF`. This scanner reproduces those messages.

import { utf8ByteLength } from '../../../engine/index.ts';

export type JsonStep = { readonly value: unknown; readonly end: number } | { readonly error: string };

const WS = new Set([' ', '\t', '\n', '\r']);

class JsonSyntax {
  constructor(readonly pos: number, readonly context: string) {}
}
class JsonEof {}

/** Go's quoteChar for the first byte of the character at `pos`. */
function quoteByte(text: string, pos: number): string {
  const cp = text.codePointAt(pos)!;
  const byte = cp < 0x80 ? cp : cp < 0x800 ? 0xc0 | (cp >> 6) : cp < 0x10000 ? 0xe0 | (cp >> 12) : 0xf0 | (cp >> 18);
  if (byte === 0x27) return `'\\''`;
  if (byte === 0x22) return `'"'`;
  const named: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 0x5c: '\\\\' };
  if (named[byte]) return `'${named[byte]}'`;
  if (byte < 0x20 || byte === 0x7f) return `'\\x${byte.toString(16).padStart(2, '0')}'`;
  if (byte >= 0x80 && byte < 0xa0) return `'\\u00${byte.toString(16)}'`;
  return `'${String.fromCharCode(byte)}'`;
}

class Scanner {
  pos: number;
  constructor(private readonly text: string, start: number) {
    this.pos = start;
  }

  private peek(): string {
    if (this.pos >= this.text.length) throw new JsonEof();
    return this.text[this.pos]!;
  }

  private fail(context: string): never {
    throw new JsonSyntax(this.pos, context);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && WS.has(this.text[this.pos]!)) this.pos++;
  }

  value(): void {
    this.skipSpace();
    const c = this.peek();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) if (c === word[0]) return this.literal(word);
    this.fail('looking for beginning of value');
  }

  private object(): void {
    this.pos++;
    this.skipSpace();
    if (this.peek() === '}') return void this.pos++;
    for (;;) {
      this.skipSpace();
      if (this.peek() !== '"') this.fail('looking for beginning of object key string');
      this.string();
      this.skipSpace();
      if (this.peek() !== ':') this.fail('after object key');
      this.pos++;
      this.value();
      if (this.endOrComma('}')) return;
    }
  }

  private array(): void {
    this.pos++;
    this.skipSpace();
    if (this.peek() === ']') return void this.pos++;
    for (;;) {
      this.value();
      if (this.endOrComma(']')) return;
    }
  }

  /** After a member: consumes `,` (false) or the closing bracket (true). */
  private endOrComma(close: '}' | ']'): boolean {
    this.skipSpace();
    const c = this.peek();
    if (c !== ',' && c !== close) this.fail(close === '}' ? 'after object key:value pair' : 'after array element');
    this.pos++;
    return c === close;
  }

  private string(): void {
    this.pos++;
    for (;;) {
      const c = this.peek();
      if (c === '"') return void this.pos++;
      if (c < ' ') this.fail('in string literal');
      this.pos++;
      if (c !== '\\') continue;
      const e = this.peek();
      if (e === 'u') {
        this.pos++;
        for (let i = 0; i < 4; i++, this.pos++) if (!/[0-9a-fA-F]/.test(this.peek())) this.fail('in \\u hexadecimal character escape');
      } else if ('"\\/bfnrt'.includes(e)) this.pos++;
      else this.fail('in string escape code');
    }
  }

  private digits(context: string): void {
    if (!/[0-9]/.test(this.peek())) this.fail(context);
    while (this.pos < this.text.length && /[0-9]/.test(this.text[this.pos]!)) this.pos++;
  }

  private number(): void {
    if (this.peek() === '-') this.pos++;
    if (this.peek() === '0') this.pos++;
    else this.digits('in numeric literal');
    if (this.pos < this.text.length && this.text[this.pos] === '.') {
      this.pos++;
      this.digits('after decimal point in numeric literal');
    }
    if (this.pos < this.text.length && /[eE]/.test(this.text[this.pos]!)) {
      this.pos++;
      if (/[-+]/.test(this.peek())) this.pos++;
      this.digits('in exponent of numeric literal');
    }
  }

  private literal(word: string): void {
    for (let i = 0; i < word.length; i++, this.pos++) {
      if (this.peek() !== word[i]) this.fail(`in literal ${word} (expecting '${word[i]}')`);
    }
  }
}

/** The next JSON value from `start`, Go's error for it, or null when only whitespace is left. */
export function nextJsonValue(text: string, start: number): JsonStep | null {
  const s = new Scanner(text, start);
  s.skipSpace();
  if (s.pos >= text.length) return null;
  const begin = s.pos;
  try {
    s.value();
  } catch (e) {
    if (e instanceof JsonEof) return { error: 'unexpected EOF' };
    if (!(e instanceof JsonSyntax)) throw e;
    return { error: `json: offset ${utf8ByteLength(text.slice(0, e.pos)) + 1}: invalid character ${quoteByte(text, e.pos)} ${e.context}` };
  }
  return { value: JSON.parse(text.slice(begin, s.pos)), end: s.pos };
}
