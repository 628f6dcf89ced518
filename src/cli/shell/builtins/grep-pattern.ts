// Translates POSIX regular expressions, basic (GNU BRE, with `\+ \? \|`) and extended, into
// JavaScript regular expressions. Errors carry GNU grep's messages.

export class PatternError extends Error {
  override readonly name = 'PatternError';
}

export const PATTERN_SYNTAX = { basic: 'basic', extended: 'extended', fixed: 'fixed' } as const;
export type PatternSyntax = (typeof PATTERN_SYNTAX)[keyof typeof PATTERN_SYNTAX];

const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e',
  graph: '\\x21-\\x7e',
};

/** Escapes that mean the same in POSIX (GNU) and JavaScript. */
const SHARED_ESCAPES = new Set(['w', 'W', 's', 'S', 'b', 'B', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const JS_SPECIAL = /[\\^$.*+?()[\]{}|/]/;
const INTERVAL = /^\{([0-9]*)(,([0-9]*))?\}/;

function literal(char: string): string {
  return JS_SPECIAL.test(char) ? `\\${char}` : char;
}

/** A bracket expression starting at `start` (`[`); returns its JS class and the index after it. */
function bracket(pattern: string, start: number): { source: string; end: number } {
  let i = start + 1;
  if (i >= pattern.length) throw new PatternError('Invalid regular expression');
  let source = '[';
  if (pattern.charAt(i) === '^') {
    source += '^';
    i += 1;
  }
  for (let first = true; i < pattern.length; first = false) {
    const char = pattern.charAt(i);
    if (char === ']' && !first) return { source: `${source}]`, end: i + 1 };
    const cls = /^\[:([a-z]+):\]/.exec(pattern.slice(i));
    if (cls !== null) {
      const mapped = POSIX_CLASSES[cls[1] ?? ''];
      if (mapped === undefined) throw new PatternError('Invalid character class name');
      source += mapped;
      i += cls[0].length;
      continue;
    }
    source += char === '\\' || char === ']' || char === '[' ? `\\${char}` : char;
    i += 1;
  }
  throw new PatternError('Unmatched [, [^, [:, [., or [=');
}

/** Whether `*` here has nothing to repeat, so POSIX reads it literally. */
function atExpressionStart(out: string): boolean {
  return out === '' || out === '^' || out.endsWith('(') || out.endsWith('|');
}

function interval(pattern: string, i: number, extended: boolean): { source: string; end: number } | undefined {
  const text = extended ? pattern.slice(i) : pattern.slice(i).replace(/^\\\{([0-9,]*)\\\}/, '{$1}');
  const match = INTERVAL.exec(text);
  if (match === null || (match[1] === '' && match[2] === undefined)) {
    if (extended) return undefined;
    throw new PatternError('Unmatched \\{');
  }
  const low = Number(match[1] === '' ? '0' : match[1]);
  const high = match[3] === undefined || match[3] === '' ? undefined : Number(match[3]);
  if (high !== undefined && high < low) throw new PatternError('Invalid content of \\{\\}');
  const consumed = extended ? match[0].length : match[0].length + 2;
  return { source: `{${low}${match[2] === undefined ? '' : `,${high ?? ''}`}}`, end: i + consumed };
}

interface Walk {
  out: string;
  depth: number;
}

/** One escape sequence `\c`; returns the index after it. */
function escape(pattern: string, i: number, extended: boolean, walk: Walk): number {
  const next = pattern.charAt(i + 1);
  if (next === '') throw new PatternError('Trailing backslash');
  if (!extended && (next === '(' || next === ')' || next === '|' || next === '{')) {
    return operator(pattern, i + 1, next, false, walk, i);
  }
  if (!extended && (next === '+' || next === '?')) walk.out += next;
  else if (next === '<') walk.out += '\\b(?=\\w)';
  else if (next === '>') walk.out += '\\b(?<=\\w)';
  else walk.out += SHARED_ESCAPES.has(next) ? `\\${next}` : literal(next);
  return i + 2;
}

/** `(`, `)`, `|` or `{` acting as an operator; `at` is where its spelling starts. */
function operator(pattern: string, i: number, char: string, extended: boolean, walk: Walk, at: number): number {
  if (char === '(') {
    walk.depth += 1;
    walk.out += '(';
  } else if (char === ')') {
    if (walk.depth === 0) {
      if (!extended) throw new PatternError('Unmatched ) or \\)');
      walk.out += '\\)';
    } else {
      walk.depth -= 1;
      walk.out += ')';
    }
  } else if (char === '|') {
    walk.out += '|';
  } else {
    const range = interval(pattern, at, extended);
    if (range === undefined) {
      walk.out += '\\{';
      return i + 1;
    }
    walk.out += range.source;
    return range.end;
  }
  return i + 1;
}

export function toRegExpSource(pattern: string, syntax: PatternSyntax): string {
  if (syntax === 'fixed') return [...pattern].map(literal).join('');
  const extended = syntax === 'extended';
  const walk: Walk = { out: '', depth: 0 };
  for (let i = 0; i < pattern.length; ) {
    const char = pattern.charAt(i);
    if (char === '\\') i = escape(pattern, i, extended, walk);
    else if (char === '[') {
      const cls = bracket(pattern, i);
      walk.out += cls.source;
      i = cls.end;
    } else if (extended && '()|{'.includes(char)) i = operator(pattern, i, char, true, walk, i);
    else if ((char === '*' || (extended && (char === '+' || char === '?'))) && atExpressionStart(walk.out)) {
      walk.out += literal(char);
      i += 1;
    } else {
      walk.out += char === '*' || char === '.' || char === '^' || char === '$' || (extended && '+?'.includes(char)) ? char : literal(char);
      i += 1;
    }
  }
  if (walk.depth > 0) throw new PatternError('Unmatched ( or \\(');
  return walk.out;
}
