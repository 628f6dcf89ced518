// Shell arithmetic `$((…))`: C integer expressions over 64-bit signed values, with variables,
// assignments (`=`, `+=`, `++`…), comparisons, logic, bit operations, `?:` and `,`.
// Mirrors busybox shell/math.c, including its error texts ("arithmetic syntax error", "divide by zero").

export class ArithError extends Error {}

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

type Tok = { k: 'num'; v: bigint } | { k: 'name'; v: string } | { k: 'op'; v: string };

const OPS = ['<<=', '>>=', '**', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '^=', '|=',
  '+', '-', '*', '/', '%', '<', '>', '=', '&', '^', '|', '!', '~', '?', ':', '(', ')', ','];

const BINARY: ReadonlyArray<readonly string[]> = [
  ['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%'],
];

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);
const SYNTAX = 'arithmetic syntax error';

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(0[xX][0-9a-fA-F]+|\d+)/.exec(text.slice(i));
    if (num) {
      if (/^[A-Za-z_]/.test(text.slice(i + num[0].length))) throw new ArithError(SYNTAX);
      out.push({ k: 'num', v: parseNumber(num[0]) });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (name) {
      out.push({ k: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (!op) throw new ArithError(SYNTAX);
    out.push({ k: 'op', v: op });
    i += op.length;
  }
  return out;
}

function parseNumber(text: string): bigint {
  if (/^0[xX]/.test(text)) return wrap(BigInt(text));
  if (text.length > 1 && text.startsWith('0')) {
    if (/[89]/.test(text)) throw new ArithError(SYNTAX);
    return wrap(BigInt(`0o${text.slice(1)}`));
  }
  return wrap(BigInt(text));
}

/** Evaluates `text`; throws ArithError with busybox's message. */
export function evalArith(text: string, vars: ArithVars, depth = 0): string {
  if (depth > 20) throw new ArithError('expression recursion loop detected');
  const toks = tokenize(text);
  if (toks.length === 0) return '0';
  const p = new ArithParser(toks, vars, depth);
  const v = p.comma(true);
  if (p.i < toks.length) throw new ArithError(SYNTAX);
  return v.toString();
}

/** An lvalue or a value; `run` false parses without side effects (the untaken side of `&&`, `?:`). */
type Val = { v: bigint; name?: string };

class ArithParser {
  i = 0;
  constructor(private readonly toks: Tok[], private readonly vars: ArithVars, private readonly depth: number) {}

  private peekOp(): string | undefined {
    const t = this.toks[this.i];
    return t?.k === 'op' ? t.v : undefined;
  }

  private expect(op: string): void {
    if (this.peekOp() !== op) throw new ArithError(SYNTAX);
    this.i++;
  }

  comma(run: boolean): bigint {
    let v = this.assign(run).v;
    while (this.peekOp() === ',') {
      this.i++;
      v = this.assign(run).v;
    }
    return v;
  }

  private assign(run: boolean): Val {
    const start = this.i;
    const left = this.ternary(run);
    const op = this.peekOp();
    if (op === undefined || !(op === '=' || (op.endsWith('=') && op.length >= 2 && !['==', '!=', '<=', '>='].includes(op)))) return left;
    if (left.name === undefined || this.i !== start + 1) throw new ArithError(SYNTAX);
    this.i++;
    const right = this.assign(run).v;
    const v = op === '=' ? right : this.binary(op.slice(0, -1), left.v, right);
    if (run) this.vars.set(left.name, v.toString());
    return { v };
  }

  private ternary(run: boolean): Val {
    const cond = this.level(0, run);
    if (this.peekOp() !== '?') return cond;
    this.i++;
    const yes = this.comma(run && cond.v !== 0n);
    this.expect(':');
    const no = this.ternary(run && cond.v === 0n).v;
    return { v: cond.v !== 0n ? yes : no };
  }

  private level(n: number, run: boolean): Val {
    if (n >= BINARY.length) return this.power(run);
    let left = this.level(n + 1, run);
    for (let op = this.peekOp(); op !== undefined && BINARY[n]!.includes(op); op = this.peekOp()) {
      this.i++;
      if (op === '&&' || op === '||') {
        const short = op === '&&' ? left.v === 0n : left.v !== 0n;
        const right = this.level(n + 1, run && !short).v;
        left = { v: short ? (op === '||' ? 1n : 0n) : right !== 0n ? 1n : 0n };
      } else {
        const right = this.level(n + 1, run).v;
        left = { v: run ? this.binary(op, left.v, right) : 0n };
      }
    }
    return left;
  }

  private power(run: boolean): Val {
    const base = this.unary(run);
    if (this.peekOp() !== '**') return base;
    this.i++;
    const exp = this.power(run).v;
    if (exp < 0n) throw new ArithError('exponent less than 0');
    return { v: run ? wrap(base.v ** exp) : 0n };
  }

  private unary(run: boolean): Val {
    const op = this.peekOp();
    if (op === '+' || op === '-' || op === '!' || op === '~') {
      this.i++;
      const v = this.unary(run).v;
      return { v: op === '+' ? v : op === '-' ? wrap(-v) : op === '!' ? (v === 0n ? 1n : 0n) : wrap(~v) };
    }
    if (op === '++' || op === '--') {
      this.i++;
      const target = this.primary(run);
      if (target.name === undefined) throw new ArithError(SYNTAX);
      const v = wrap(target.v + (op === '++' ? 1n : -1n));
      if (run) this.vars.set(target.name, v.toString());
      return { v };
    }
    const val = this.primary(run);
    const post = this.peekOp();
    if ((post === '++' || post === '--') && val.name !== undefined) {
      this.i++;
      if (run) this.vars.set(val.name, wrap(val.v + (post === '++' ? 1n : -1n)).toString());
      return { v: val.v };
    }
    return val;
  }

  private primary(run: boolean): Val {
    const t = this.toks[this.i];
    if (!t) throw new ArithError(SYNTAX);
    this.i++;
    if (t.k === 'num') return { v: t.v };
    if (t.k === 'name') return { v: run ? this.variable(t.v) : 0n, name: t.v };
    if (t.v === '(') {
      const v = this.comma(run);
      this.expect(')');
      return { v };
    }
    throw new ArithError(SYNTAX);
  }

  private variable(name: string): bigint {
    const text = (this.vars.get(name) ?? '').trim();
    if (text === '') return 0n;
    if (/^-?(0[xX][0-9a-fA-F]+|\d+)$/.test(text)) return text.startsWith('-') ? wrap(-parseNumber(text.slice(1))) : parseNumber(text);
    return BigInt(evalArith(text, this.vars, this.depth + 1));
  }

  private binary(op: string, a: bigint, b: bigint): bigint {
    switch (op) {
      case '+': return wrap(a + b);
      case '-': return wrap(a - b);
      case '*': return wrap(a * b);
      case '/':
      case '%':
        if (b === 0n) throw new ArithError('divide by zero');
        return wrap(op === '/' ? a / b : a % b);
      case '<<': return wrap(a << (b & 63n));
      case '>>': return a >> (b & 63n);
      case '<': return a < b ? 1n : 0n;
      case '<=': return a <= b ? 1n : 0n;
      case '>': return a > b ? 1n : 0n;
      case '>=': return a >= b ? 1n : 0n;
      case '==': return a === b ? 1n : 0n;
      case '!=': return a !== b ? 1n : 0n;
      case '&': return a & b;
      case '^': return a ^ b;
      case '|': return a | b;
      default: throw new ArithError(SYNTAX);
    }
  }
}
