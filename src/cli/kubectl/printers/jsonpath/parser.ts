// The JSONPath template parser of client-go (util/jsonpath/parser.go): text with `{…}` actions of
// fields, `[i:j:k]` slices, `[*]`, unions, `[?(@.a==b)]` filters, `..`, quoted text and range/end.
// Error messages are client-go's.

import { JsonPathError, newList, type ListNode, type ParamsEntry } from './nodes.ts';
import { unquoteExtend } from './unquote.ts';

const EOF = -1;
const SLICE = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/;
const DICT_KEY = /^'([^']*)'$/;
const FILTER = /^([^!<>=]+)([!<>=]+)(.+?)$/s;

/** Parses a whole template; the root list holds text nodes and one list per action. */
export function parseJsonPath(text: string): ListNode {
  return new Parser(text).parse();
}

/** Parses the inside of one action (`.a.b` → the list of `{.a.b}`). */
function parseAction(text: string): ListNode {
  const root = parseJsonPath(`{${text}}`);
  const first = root.nodes[0];
  return first?.kind === 'list' ? first : newList();
}

class Parser {
  private readonly root = newList();
  private pos = 0;
  private start = 0;
  private width = 0;

  constructor(private readonly input: string) {}

  parse(): ListNode {
    let action: ListNode | undefined;
    for (;;) {
      if (action === undefined) {
        action = this.parseText();
        if (action === undefined) return this.root;
      } else if (this.input.startsWith('}', this.pos)) {
        this.pos += 1;
        this.consume();
        action = undefined;
      } else {
        this.parseInsideAction(action);
      }
    }
  }

  /** Text up to the next `{`; returns the new action list, or undefined at the end. */
  private parseText(): ListNode | undefined {
    for (;;) {
      if (this.input.startsWith('{', this.pos)) {
        if (this.pos > this.start) this.root.nodes.push({ kind: 'text', text: this.consume() });
        this.pos += 1;
        this.consume();
        const action = newList();
        this.root.nodes.push(action);
        return action;
      }
      if (this.next() === EOF) break;
    }
    if (this.pos > this.start) this.root.nodes.push({ kind: 'text', text: this.consume() });
    return undefined;
  }

  private parseInsideAction(cur: ListNode): void {
    if (this.input.startsWith('[?(', this.pos)) return this.parseFilter(cur);
    if (this.input.startsWith('..', this.pos)) return this.parseRecursive(cur);
    const r = this.next();
    if (r === EOF || r === 0x0d || r === 0x0a) throw new JsonPathError('unclosed action');
    const ch = String.fromCodePoint(r);
    if (ch === ' ' || ch === '@' || ch === '$') this.consume();
    else if (ch === '[') this.parseArray(cur);
    else if (ch === '"' || ch === "'") this.parseQuote(cur, r);
    else if (ch === '.') this.parseField(cur);
    else if (ch === '+' || ch === '-' || isDigit(r)) {
      this.backup();
      this.parseNumber(cur);
    } else if (isAlphaNumeric(r)) {
      this.backup();
      this.parseIdentifier(cur);
    } else throw new JsonPathError(`unrecognized character in action: ${formatRune(r)}`);
  }

  private parseIdentifier(cur: ListNode): void {
    while (!isTerminator(this.next()));
    this.backup();
    const value = this.consume();
    cur.nodes.push(value === 'true' || value === 'false' ? { kind: 'bool', value: value === 'true' } : { kind: 'identifier', name: value });
  }

  private parseRecursive(cur: ListNode): void {
    if (cur.nodes[cur.nodes.length - 1]?.kind === 'recursive') throw new JsonPathError('invalid multiple recursive descent');
    this.pos += 2;
    this.consume();
    cur.nodes.push({ kind: 'recursive' });
    if (isAlphaNumeric(this.peek())) this.parseField(cur);
  }

  private parseNumber(cur: ListNode): void {
    const r = this.peek();
    if (r === 0x2b || r === 0x2d) this.next();
    for (;;) {
      const c = this.next();
      if (c !== 0x2e && !isDigit(c)) break;
    }
    this.backup();
    const value = this.consume();
    if (/^[+-]?\d+$/.test(value)) cur.nodes.push({ kind: 'int', value: Number(value) });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) cur.nodes.push({ kind: 'float', value: Number(value) });
    else throw new JsonPathError(`cannot parse number ${value}`);
  }

  private parseArray(cur: ListNode): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) throw new JsonPathError('unterminated array');
      if (r === 0x5d) break;
    }
    let text = this.consume().slice(1, -1);
    if (text === '*') text = ':';
    const parts = text.split(',');
    if (parts.length > 1) {
      cur.nodes.push({ kind: 'union', nodes: parts.map((p) => parseAction(`[${p.trim()}]`)) });
      return;
    }
    const key = DICT_KEY.exec(text);
    if (key) {
      cur.nodes.push(...parseAction(`.${key[1]!}`).nodes);
      return;
    }
    cur.nodes.push({ kind: 'array', params: sliceParams(text) });
  }

  private parseFilter(cur: ListNode): void {
    this.pos += 3;
    this.consume();
    let begin = false;
    let end = false;
    let pair = 0;
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) throw new JsonPathError('unterminated filter');
      if (r === 0x22 || r === 0x27) {
        if (!begin) {
          begin = true;
          pair = r;
        } else if (this.input[this.pos - 2] !== '\\' && r === pair) end = true;
      } else if (r === 0x29 && begin === end) break;
    }
    if (this.next() !== 0x5d) throw new JsonPathError('unclosed array expect ]');
    const text = this.consume().slice(0, -2);
    const m = FILTER.exec(text);
    if (!m) cur.nodes.push({ kind: 'filter', left: parseAction(text), right: newList(), operator: 'exists' });
    else cur.nodes.push({ kind: 'filter', left: parseAction(m[1]!), right: parseAction(m[3]!), operator: m[2]! });
  }

  private parseQuote(cur: ListNode, end: number): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) throw new JsonPathError('unterminated quoted string');
      if (r === end && this.input[this.pos - 2] !== '\\') break;
    }
    const value = this.consume();
    const text = unquoteExtend(value);
    if (text === undefined) throw new JsonPathError(`unquote string ${value} error invalid syntax`);
    cur.nodes.push({ kind: 'text', text });
  }

  private parseField(cur: ListNode): void {
    this.consume();
    while (this.advance());
    const value = this.consume();
    cur.nodes.push(value === '*' ? { kind: 'wildcard' } : { kind: 'field', name: value.replace(/\\/g, '') });
  }

  /** Scans to the next unescaped terminator. */
  private advance(): boolean {
    const r = this.next();
    if (r === 0x5c) this.next();
    else if (isTerminator(r)) {
      this.backup();
      return false;
    }
    return true;
  }

  private next(): number {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos)!;
    this.width = r > 0xffff ? 2 : 1;
    this.pos += this.width;
    return r;
  }

  private peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }

  private backup(): void {
    this.pos -= this.width;
  }

  private consume(): string {
    const value = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return value;
  }
}

function sliceParams(text: string): [ParamsEntry, ParamsEntry, ParamsEntry] {
  const m = SLICE.exec(text);
  if (!m) throw new JsonPathError(`invalid array index ${text}`);
  const params: [ParamsEntry, ParamsEntry, ParamsEntry] = [0, 1, 2].map(() => ({ value: 0, known: false, derived: false })) as never;
  for (let i = 0; i < 3; i++) {
    let part = m[i + 1] ?? '';
    if (part !== '') {
      if (i > 0) part = part.slice(1);
      if (i > 0 && part === '') continue;
      if (!/^[+-]?\d+$/.test(part)) throw new JsonPathError(`array index ${part} is not a number`);
      params[i] = { value: Number(part), known: true, derived: false };
    } else if (i === 1) {
      params[1] = { value: params[0].value + 1, known: true, derived: true };
    }
  }
  return params;
}

const isDigit = (r: number): boolean => r >= 0x30 && r <= 0x39;

function isAlphaNumeric(r: number): boolean {
  return r === 0x5f || (r >= 0 && /[\p{L}\p{Nd}]/u.test(String.fromCodePoint(r)));
}

function isTerminator(r: number): boolean {
  if (r === EOF) return true;
  return ' \t\r\n.,[]$@{}'.includes(String.fromCodePoint(r));
}

/** Go's %#U: `U+007E '~'` (the quoted rune only when printable). */
function formatRune(r: number): string {
  const hex = `U+${r.toString(16).toUpperCase().padStart(4, '0')}`;
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]/u.test(String.fromCodePoint(r)) ? `${hex} '${String.fromCodePoint(r)}'` : hex;
}
