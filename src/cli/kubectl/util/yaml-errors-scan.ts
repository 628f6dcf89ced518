// A light pass over one YAML document in go-yaml v2's terms: where quoted scalars and flow
// collections start and end, which block collections each line opens, and the first mistake
// go-yaml rejects although js-yaml accepts it (or words differently): tabs, bad anchors, empty keys.

import { ANCHOR_END, isBlankz, quotedEnd, type GoYamlError } from './yaml-errors-flow.ts';

export interface Span {
  readonly kind: 'flow' | 'quote';
  readonly start: number;
  /** Exclusive end, or undefined when the document ends inside the span. */
  readonly end: number | undefined;
}

interface Node {
  readonly col: number;
  readonly kind: 'map' | 'seq';
}

/** The block collections that start on one line (`- ` items, `key:` mappings) by column. */
interface LineShape {
  readonly indent: number;
  readonly nodes: Node[];
}

export interface BlockScan {
  readonly spans: Span[];
  readonly lines: Map<number, LineShape>;
  readonly issue: GoYamlError | undefined;
}

const lineEnd = (text: string, p: number): number => (text.indexOf('\n', p) < 0 ? text.length : text.indexOf('\n', p));

/** End (exclusive) of the flow collection at `p` (brackets nest, quotes and comments skipped). */
function flowEnd(text: string, p: number): number | undefined {
  let depth = 0;
  for (let i = p; i < text.length; i++) {
    const c = text[i]!;
    const boundary = i === p || ' \t\n[{,]}'.includes(text[i - 1]!);
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (--depth === 0) return i + 1;
    } else if ((c === '"' || c === "'") && boundary) {
      const end = quotedEnd(text, i);
      if (end === undefined) return undefined;
      i = end - 1;
    } else if (c === '#' && boundary) i = lineEnd(text, i);
  }
  return undefined;
}

class BlockScanner {
  readonly spans: Span[] = [];
  readonly lines = new Map<number, LineShape>();
  issue: GoYamlError | undefined;
  private p = 0;
  private line = -1;
  private lineStart = 0;
  private shape: LineShape = { indent: 0, nodes: [] };
  private blockScalarParent = -1;
  private blockScalarIndent: number | undefined;
  /** Column of the block collection whose plain scalar ended the previous line, if one did. */
  private plainIndent: number | undefined;
  private simpleKeyAllowed = true;
  /** A node (value) may start here. */
  private nodeStart = true;
  /** Nothing but indentation and `- ` so far on this line. */
  private itemStart = true;
  private complexKey = false;

  constructor(private readonly text: string) {}

  run(): void {
    let atLineStart = true;
    while (this.p < this.text.length) {
      if (atLineStart) atLineStart = this.startLine();
      else if (!this.token()) return;
      else atLineStart = this.text[this.p - 1] === '\n';
    }
  }

  private report(pos: number, message: string, scanner = true): void {
    this.issue ??= { pos, message, scanner };
  }

  private col(p: number): number {
    return p - this.lineStart;
  }

  /** Handles indentation; returns true when the whole line was skipped (block scalar content). */
  private startLine(): boolean {
    const { text, p } = this;
    this.line++;
    this.lineStart = p;
    const indent = /^ */.exec(text.slice(p))![0].length;
    const eol = lineEnd(text, p);
    const blank = /^[ \t]*(#.*)?$/.test(text.slice(p, eol));
    if (this.blockScalarParent >= 0) {
      // go-yaml: inside a block scalar's indentation only spaces may appear.
      if (text[p + indent] === '\t' && indent < (this.blockScalarIndent ?? Infinity)) this.report(p + indent, 'found a tab character where an indentation space is expected');
      if (blank || indent > this.blockScalarParent) {
        if (!blank) this.blockScalarIndent ??= indent;
        this.p = eol + 1;
        return true;
      }
    }
    this.blockScalarParent = -1;
    this.blockScalarIndent = undefined;
    this.shape = { indent, nodes: [] };
    if (!blank) this.lines.set(this.line, this.shape);
    this.p += indent;
    this.simpleKeyAllowed = this.nodeStart = this.itemStart = true;
    if (text[this.p] === '\t') {
      // go-yaml: a tab may not start a line, unless a plain scalar continues over it (deep enough).
      if (this.plainIndent === undefined) this.report(this.p, 'found character that cannot start any token');
      else if (indent < this.plainIndent + 1) this.report(this.p, 'found a tab character that violates indentation');
    }
    if (!blank) this.plainIndent = undefined;
    return false;
  }

  /** Consumes one token or blank; returns false to stop at an unclosed quote or flow collection. */
  private token(): boolean {
    const { text, p } = this;
    const c = text[p]!;
    const next = text[p + 1];
    if (c === ' ' || c === '\r' || c === '\n') this.p++;
    else if (c === '\t') {
      if (this.simpleKeyAllowed && this.col(p) > this.shape.indent) this.report(p, 'found character that cannot start any token');
      this.p++;
    } else if (c === '#') this.p = lineEnd(text, p);
    else if (c === '-' && isBlankz(next)) {
      this.shape.nodes.push({ kind: 'seq', col: this.col(p) });
      this.p++;
      this.simpleKeyAllowed = this.nodeStart = this.itemStart = true;
    } else if (c === '?' && isBlankz(next)) {
      if (!this.simpleKeyAllowed) this.report(p, 'mapping keys are not allowed in this context');
      this.complexKey = true;
      this.itemStart = false;
      this.p++;
    } else if (c === ':' && isBlankz(next)) {
      if (this.itemStart && !this.complexKey) this.report(p, 'did not find expected key', false);
      this.complexKey = this.itemStart = this.simpleKeyAllowed = false;
      this.nodeStart = true;
      this.p++;
    } else if ('"\'[{'.includes(c)) return this.span(c === '"' || c === "'" ? 'quote' : 'flow');
    else if ((c === '|' || c === '>') && this.nodeStart) {
      this.blockScalarParent = this.shape.nodes.at(-1)?.col ?? this.shape.indent;
      this.p = lineEnd(text, p);
    } else if ((c === '&' || c === '*' || c === '!') && this.nodeStart) this.property(c);
    else this.plain();
    return true;
  }

  private span(kind: 'quote' | 'flow'): boolean {
    const start = this.p;
    const end = kind === 'quote' ? quotedEnd(this.text, start) : flowEnd(this.text, start);
    this.spans.push({ kind, start, end });
    if (end === undefined) return false;
    if (!this.markKey(start, end) && kind === 'quote') this.requiredKey(start, end, false);
    this.p = end;
    this.lineStart = this.text.lastIndexOf('\n', end - 1) + 1;
    this.line += this.text.slice(start, end).split('\n').length - 1;
    this.simpleKeyAllowed = this.nodeStart = this.itemStart = false;
    return true;
  }

  /** An anchor, alias or tag; go-yaml names are letters, digits, `_` and `-`. */
  private property(c: string): void {
    const rest = this.text.slice(this.p + 1);
    const name = /^[A-Za-z0-9_-]*/.exec(rest)![0];
    this.p += 1 + (c === '!' ? /^\S*/.exec(rest)![0].length : name.length);
    if (c !== '!' && (name === '' || !ANCHOR_END.has(this.text[this.p] ?? ' '))) this.report(this.p, 'did not find expected alphabetic or numeric character');
    this.itemStart = false;
    if (c === '*') this.simpleKeyAllowed = this.nodeStart = false;
  }

  /** A block-context plain scalar: up to `: `, ` #` or the end of the line. */
  private plain(): void {
    const { text } = this;
    const start = this.p;
    if ('@`'.includes(text[start]!) || (text[start] === '%' && this.col(start) > 0)) this.report(start, 'found character that cannot start any token');
    let p = start;
    while (p < text.length && text[p] !== '\n' && !(text[p] === ':' && isBlankz(text[p + 1])) && !(text[p] === '#' && isBlankz(text[p - 1]))) p++;
    this.p = p;
    if (!this.markKey(start, p)) this.requiredKey(start, p, true);
    if (text[p] === '\n' || p === text.length) this.plainIndent = this.shape.nodes.at(-1)?.col ?? -1;
    this.simpleKeyAllowed = this.nodeStart = this.itemStart = false;
  }

  /** A scalar or flow collection followed by `:` is a key: it opens a mapping at its column. */
  private markKey(start: number, end: number): boolean {
    const colon = /^[ \t]*:/.exec(this.text.slice(end));
    const key = colon !== null && isBlankz(this.text[end + colon[0].length]);
    if (key) this.shape.nodes.push({ kind: 'map', col: this.col(start) });
    return key;
  }

  /**
   * A scalar starting a line at the column of the open block collection must be a key (go-yaml's
   * "required simple key"); without a `:` go-yaml fails where it scans the next token.
   */
  private requiredKey(start: number, end: number, plain: boolean): void {
    const col = this.col(start);
    if (this.shape.indent !== col || this.shape.nodes.length > 0) return;
    if (innermostOpen(this.lines, this.line, col)?.node.col !== col) return;
    const { text } = this;
    let p = end;
    for (let crossed = false; p < text.length; p++) {
      if (text[p] === '\n') crossed = true;
      else if (text[p] === '#' && !(plain && crossed)) p = lineEnd(text, p) - 1;
      else if (text[p] !== ' ' && text[p] !== '\t' && text[p] !== '\r') break;
    }
    this.report(p, "could not find expected ':'");
  }
}

/** Scans one document; stops at the first unclosed quote or flow collection. */
export function scanBlock(text: string): BlockScan {
  const s = new BlockScanner(text);
  s.run();
  return { spans: s.spans, lines: s.lines, issue: s.issue };
}

/** Whether the `- ` sequence at `seqCol` on line `at` hangs under a `key:` at the same column. */
function indentless(lines: ReadonlyMap<number, LineShape>, at: number, seqCol: number): boolean {
  if (lines.get(at)!.nodes[0]!.col !== seqCol) return false;
  for (let l = at - 1; l >= 0; l--) {
    const s = lines.get(l);
    if (!s || s.indent > seqCol) continue;
    if (s.indent < seqCol) return false;
    if (s.nodes[0]?.kind !== 'seq') return s.nodes[0]?.kind === 'map';
  }
  return false;
}

/**
 * The kind of block collection go-yaml is in when it meets an unexpected token at (line, col):
 * `map` expects a key, `seq` a `- `, and `none` means the document already ended.
 */
export function enclosingKind(scan: BlockScan, line: number, col: number, lineStartToken: boolean): 'map' | 'seq' | 'none' {
  if (!lineStartToken) {
    const node = scan.lines.get(line)?.nodes.filter((n) => n.col <= col).at(-1);
    if (node) return node.kind;
  }
  const open = innermostOpen(scan.lines, line, col);
  if (!open) return 'none';
  return open.node.kind === 'seq' && !indentless(scan.lines, open.line, open.node.col) ? 'seq' : 'map';
}

/** The innermost block collection still open at column `col` of `line` (no line between is less indented). */
function innermostOpen(lines: ReadonlyMap<number, LineShape>, line: number, col: number): { node: Node; line: number } | undefined {
  let limit = col;
  for (let l = line - 1; l >= 0; l--) {
    const s = lines.get(l);
    if (!s) continue;
    const node = s.nodes.filter((n) => n.col <= limit).at(-1);
    if (node) return { node, line: l };
    limit = Math.min(limit, s.indent);
  }
  return undefined;
}
