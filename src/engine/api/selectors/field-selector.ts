// fields.ParseSelector: `field=value`, `field==value` and `field!=value` terms joined by commas,
// with `\` escaping `\`, `,` and `=` in values. Mirrors apimachinery pkg/fields/selector.go (v0.31).
// Terms are not trimmed: `a = b` selects on the field "a ".

import { SelectorError } from './requirement.ts';

export interface FieldRequirement {
  readonly field: string;
  readonly op: '=' | '!=';
  readonly value: string;
}

/** termOperators, tried in this order at each position. */
const TERM_OPERATORS = ['!=', '==', '='] as const;

/** splitTerms: commas split, unless escaped. */
function splitTerms(selector: string): string[] {
  if (selector === '') return [];
  const terms: string[] = [];
  let start = 0;
  let inSlash = false;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (inSlash) inSlash = false;
    else if (c === '\\') inSlash = true;
    else if (c === ',') {
      terms.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(selector.slice(start));
  return terms;
}

/** splitTerm: the first position where an operator starts. */
function splitTerm(term: string): FieldRequirement | undefined {
  for (let i = 0; i < term.length; i++) {
    const op = TERM_OPERATORS.find((o) => term.startsWith(o, i));
    if (op !== undefined) return { field: term.slice(0, i), op: op === '!=' ? '!=' : '=', value: term.slice(i + op.length) };
  }
  return undefined;
}

/** UnescapeValue, with the InvalidEscapeSequence and UnescapedRune errors (the rune printed as a number). */
function unescapeValue(s: string): string {
  if (!/[\\,=]/.test(s)) return s;
  let out = '';
  let inSlash = false;
  for (const c of s) {
    if (inSlash) {
      if (c !== '\\' && c !== ',' && c !== '=') throw new SelectorError(`invalid field selector: invalid escape sequence: \\${c}`);
      out += c;
      inSlash = false;
    } else if (c === '\\') inSlash = true;
    else if (c === ',' || c === '=') throw new SelectorError(`invalid field selector: unescaped character in value: ${c.codePointAt(0)!}`);
    else out += c;
  }
  if (inSlash) throw new SelectorError('invalid field selector: invalid escape sequence: \\');
  return out;
}

/** The terms in sorted order (the parser sorts them), values unescaped. Empty terms are skipped. */
export function parseFieldSelector(selector: string): FieldRequirement[] {
  const out: FieldRequirement[] = [];
  for (const part of splitTerms(selector).sort()) {
    if (part === '') continue;
    const term = splitTerm(part);
    if (term === undefined) throw new SelectorError(`invalid selector: '${selector}'; can't understand '${part}'`);
    out.push({ ...term, value: unescapeValue(term.value) });
  }
  return out;
}
