// A light pass over one YAML document in go-yaml v2's terms: where quoted scalars and flow
// collections start and end, which block collections each line opens, and the first mistake
// go-yaml rejects although js-yaml accepts it (or words differently): tabs, bad anchors, empty keys.

import { quotedEnd, type GoYamlError } from './yaml-errors-flow.ts';

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

/** The block collections that start on one line: `- ` items and `key:` mappings, by column. */
interface LineShape {
  readonly indent: number;
  readonly nodes: Node[];
}

export interface BlockScan {
  readonly spans: Span[];
  readonly lines: Map<number, LineShape>;
  readonly issue: GoYamlError | undefined;
}

const isBlankz = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
const ANCHOR_END = new Set([' ', '\t', '\n', '\r', '?', ':', ',', ']', '}', '%', '@', '`']);

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
    } else if (c === '#' && boundary) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) return undefined;
      i = nl;
    }
  }
  return undefined;
}

/** Scans the document; stops at the first unclosed quote or flow collection. */
export function scanBlock(text: string): BlockScan {
  const spans: Span[] = [];
  const lines = new Map<number, LineShape>();
  let issue: GoYamlError | undefined;
  const report = (pos: number, message: string, scanner = true): void => {
    issue ??= { pos, message, scanner };
  };
  let line = -1;
  let lineStart = 0;
  let shape: LineShape = { indent: 0, nodes: [] };
  let blockScalarParent = -1;
  /** Column of the collection a plain scalar ending the previous line belongs to. */
  let plainIndent: number | undefined;
  let simpleKeyAllowed = true;
  let nodeStart = true;
  /** Nothing but indentation and `- ` so far on this line. */
  let itemStart = true;
  let complexKey = false;
  const col = (p: number): number => p - lineStart;
  const markKey = (start: number, end: number): void => {
    const rest = /^[ \t]*:/.exec(text.slice(end));
    if (rest && isBlankz(text[end + rest[0].length])) shape.nodes.push({ kind: 'map', col: col(start) });
  };

  let atLineStart = true;
  for (let p = 0; p < text.length; ) {
    if (atLineStart) {
      line++;
      lineStart = p;
      const indent = /^ */.exec(text.slice(p))![0].length;
      const eol = text.indexOf('\n', p) < 0 ? text.length : text.indexOf('\n', p);
      const blank = /^[ \t]*(#.*)?$/.test(text.slice(p, eol));
      if (blockScalarParent >= 0 && (blank || indent > blockScalarParent)) {
        p = eol + 1;
        continue;
      }
      atLineStart = false;
      blockScalarParent = -1;
      shape = { indent, nodes: [] };
      if (!blank) lines.set(line, shape);
      p += indent;
      simpleKeyAllowed = nodeStart = itemStart = true;
      if (text[p] === '\t') {
        if (plainIndent === undefined) report(p, 'found character that cannot start any token');
        else if (indent < plainIndent + 1) report(p, 'found a tab character that violates indentation');
      }
      if (!blank) plainIndent = undefined;
      continue;
    }
    const c = text[p]!;
    const start = p;
    if (c === '\n') atLineStart = true;
    if (c === ' ' || c === '\r' || c === '\n') p++;
    else if (c === '\t') {
      if (simpleKeyAllowed && col(p) > shape.indent) report(p, 'found character that cannot start any token');
      p++;
    } else if (c === '#') p = text.indexOf('\n', p) < 0 ? text.length : text.indexOf('\n', p);
    else if (c === '-' && isBlankz(text[p + 1])) {
      shape.nodes.push({ kind: 'seq', col: col(p) });
      p++;
      simpleKeyAllowed = nodeStart = itemStart = true;
    } else if (c === '?' && isBlankz(text[p + 1])) {
      complexKey = true;
      itemStart = false;
      p++;
    } else if (c === ':' && isBlankz(text[p + 1])) {
      if (itemStart && !complexKey) report(p, 'did not find expected key', false);
      complexKey = itemStart = simpleKeyAllowed = false;
      nodeStart = true;
      p++;
    } else if (c === '"' || c === "'" || c === '[' || c === '{') {
      const end = c === '"' || c === "'" ? quotedEnd(text, p) : flowEnd(text, p);
      spans.push({ kind: c === '"' || c === "'" ? 'quote' : 'flow', start: p, end });
      if (end === undefined) break;
      markKey(start, end);
      p = end;
      lineStart = text.lastIndexOf('\n', p - 1) + 1;
      line += text.slice(start, end).split('\n').length - 1;
      simpleKeyAllowed = nodeStart = itemStart = false;
    } else if ((c === '|' || c === '>') && nodeStart) {
      blockScalarParent = shape.nodes.at(-1)?.col ?? shape.indent;
      p = text.indexOf('\n', p) < 0 ? text.length : text.indexOf('\n', p);
    } else if ((c === '&' || c === '*' || c === '!') && nodeStart) {
      const name = /^[A-Za-z0-9_-]*/.exec(text.slice(p + 1))![0];
      p += 1 + (c === '!' ? /^\S*/.exec(text.slice(p + 1))![0].length : name.length);
      if (c !== '!' && (name === '' || !ANCHOR_END.has(text[p] ?? ' '))) report(p, 'did not find expected alphabetic or numeric character');
      itemStart = false;
      if (c === '*') simpleKeyAllowed = nodeStart = false;
    } else {
      if ('@`'.includes(c) || (c === '%' && col(p) > 0)) report(p, 'found character that cannot start any token');
      while (p < text.length && text[p] !== '\n' && !(text[p] === ':' && isBlankz(text[p + 1])) && !(text[p] === '#' && isBlankz(text[p - 1]))) p++;
      markKey(start, p);
      if (text[p] === '\n' || p === text.length) plainIndent = shape.nodes.at(-1)?.col ?? -1;
      simpleKeyAllowed = nodeStart = itemStart = false;
    }
  }
  return { spans, lines, issue };
}

/** Whether the `- ` sequence at `seqCol` on line `at` hangs under a `key:` at the same column. */
function indentless(scan: BlockScan, at: number, seqCol: number): boolean {
  if (scan.lines.get(at)!.nodes[0]!.col !== seqCol) return false;
  for (let l = at - 1; l >= 0; l--) {
    const s = scan.lines.get(l);
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
  let limit = col;
  for (let l = line - 1; l >= 0; l--) {
    const s = scan.lines.get(l);
    if (!s) continue;
    const node = s.nodes.filter((n) => n.col <= limit).at(-1);
    if (node) return node.kind === 'seq' && !indentless(scan, l, node.col) ? 'seq' : 'map';
    limit = Math.min(limit, s.indent);
  }
  return 'none';
}
