// The expressions the language images' one-liners may print: string and number literals with
// arithmetic and concatenation (`print("hi")`, `print(6*7)`, `console.log('a' + 1)`, `print "x\n"`).
// Anything else is reported as unsupported so the caller answers with the language's syntax error.

/** Python keeps floats apart from ints (`8/2` prints `4.0`). */
export interface Float {
  readonly float: number;
}

export type Value = string | number | Float;

export interface Dialect {
  /** Quote characters whose content is taken literally (Perl's ''), and those with escapes. */
  readonly rawQuotes: string;
  readonly escapeQuotes: string;
  /** Perl joins strings with `.`; Python and JavaScript with `+`. */
  readonly concat: '.' | '+';
  /** Python's `/` always gives a float, `//` floors. */
  readonly python: boolean;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', '"': '"', "'": "'", '`': '`' };

type Token = { kind: 'value'; value: Value } | { kind: 'op'; op: string };

function tokenize(src: string, d: Dialect): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (d.rawQuotes.includes(c) || d.escapeQuotes.includes(c)) {
      const raw = d.rawQuotes.includes(c);
      let text = '';
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\' && i + 1 < src.length) {
          const next = src[i + 1]!;
          text += raw ? (next === c || next === '\\' ? next : `\\${next}`) : (ESCAPES[next] ?? `\\${next}`);
          i += 2;
          continue;
        }
        if (!raw && d.concat === '.' && /[$@]/.test(src[i]!)) return undefined;
        text += src[i];
        i++;
      }
      if (i >= src.length) return undefined;
      i++;
      tokens.push({ kind: 'value', value: text });
      continue;
    }
    const num = /^(\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+)/.exec(src.slice(i));
    if (num) { tokens.push({ kind: 'value', value: Number(num[1]) }); i += num[1]!.length; continue; }
    const op = /^(\*\*|\/\/|[-+*/%().])/.exec(src.slice(i));
    if (!op) return undefined;
    tokens.push({ kind: 'op', op: op[1]! });
    i += op[1]!.length;
  }
  return tokens;
}

const PRECEDENCE: Readonly<Record<string, number>> = { '+': 1, '-': 1, '.': 1, '*': 2, '/': 2, '//': 2, '%': 2, '**': 3 };

const isString = (v: Value): v is string => typeof v === 'string';
const numberOf = (v: Value): number => (typeof v === 'number' ? v : (v as Float).float);

function arithmetic(op: string, a: number, b: number, python: boolean): number | undefined {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? undefined : a / b;
    case '//': return python && b !== 0 ? Math.floor(a / b) : undefined;
    case '%': return b === 0 ? undefined : python ? ((a % b) + b) % b : a % b;
    case '**': return a ** b;
    default: return undefined;
  }
}

function apply(op: string, a: Value, b: Value, d: Dialect): Value | undefined {
  if (op === '.' || (op === '+' && d.concat === '+' && (isString(a) || isString(b)))) {
    if (d.python && (!isString(a) || !isString(b))) return undefined;
    return `${format(a, d)}${format(b, d)}`;
  }
  if (isString(a) || isString(b)) return undefined;
  const result = arithmetic(op, numberOf(a), numberOf(b), d.python);
  if (result === undefined) return undefined;
  const float = d.python && (typeof a !== 'number' || typeof b !== 'number' || op === '/');
  return float ? { float: result } : result;
}

/** Precedence climbing over the tokens from `pos`; returns the value and the next position. */
function parse(tokens: readonly Token[], pos: number, minPrec: number, d: Dialect): [Value, number] | undefined {
  let t = tokens[pos];
  let left: Value;
  let at = pos + 1;
  if (t?.kind === 'op' && t.op === '(') {
    const inner = parse(tokens, at, 1, d);
    const close = tokens[inner?.[1] ?? -1];
    if (!inner || close?.kind !== 'op' || close.op !== ')') return undefined;
    [left, at] = [inner[0], inner[1] + 1];
  } else if (t?.kind === 'op' && t.op === '-') {
    const inner = parse(tokens, at, 3, d);
    if (!inner || isString(inner[0])) return undefined;
    [left, at] = [typeof inner[0] === 'number' ? -inner[0] : { float: -inner[0].float }, inner[1]];
  } else if (t?.kind === 'value') {
    left = t.value;
  } else {
    return undefined;
  }
  for (t = tokens[at]; t?.kind === 'op'; t = tokens[at]) {
    const prec = PRECEDENCE[t.op];
    if (prec === undefined || prec < minPrec) break;
    const right = parse(tokens, at + 1, t.op === '**' ? prec : prec + 1, d);
    if (!right) return undefined;
    const value = apply(t.op, left, right[0], d);
    if (value === undefined) return undefined;
    [left, at] = [value, right[1]];
  }
  return [left, at];
}

/** One expression's value, or undefined when it is not a literal expression. */
export function evaluate(src: string, d: Dialect): Value | undefined {
  const tokens = tokenize(src, d);
  if (!tokens || tokens.length === 0) return undefined;
  const result = parse(tokens, 0, 1, d);
  return result && result[1] === tokens.length ? result[0] : undefined;
}

/** Splits an argument list at its top-level commas (outside quotes and parentheses). */
export function splitArgs(src: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quote) {
      if (c === '\\') { current += c + (src[i + 1] ?? ''); i++; continue; }
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
    } else if (c === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

/** How the language prints a number: Python shows floats with `.0`. */
export function format(v: Value, d: Dialect): string {
  if (isString(v)) return v;
  if (typeof v === 'number') return String(v);
  const text = String(v.float);
  return d.python && Number.isInteger(v.float) && !text.includes('e') ? `${text}.0` : text;
}
