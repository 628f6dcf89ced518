// test EXPR and [ EXPR ]: files (-e -f -d -s -r -w -x…), strings (= != -z -n), integers
// (-eq -ne -lt -le -gt -ge), `!`, `-a`, `-o` and parentheses, with POSIX's rules for 1–4 arguments.
// Mirrors busybox coreutils/test.c and its messages; bash's and dash's wording as their builtins.

import { isFsError } from '../../fs/errors.ts';
import { exit, type Applet, type AppletCtx } from './types.ts';

class TestError extends Error {}

const UNARY = new Set(['-n', '-z', '-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-b', '-c', '-p', '-S', '-t', '-g', '-u', '-k', '-O', '-G']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

export const test: Applet = (ctx) => {
  let args = ctx.argv.slice(1);
  if (ctx.argv[0]!.endsWith('[')) {
    if (args[args.length - 1] !== ']') {
      ctx.err(`${ctx.errPrefix}${ctx.shell === 'bash' ? "missing `]'" : 'missing ]'}\n`);
      return exit(2);
    }
    args = args.slice(0, -1);
  }
  try {
    return exit(new Eval(ctx, args).run() ? 0 : 1);
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    ctx.err(`${ctx.errPrefix}${e.message}\n`);
    return exit(2);
  }
};

class Eval {
  private i = 0;
  constructor(private readonly ctx: AppletCtx, private readonly args: readonly string[]) {}

  run(): boolean {
    const a = this.args;
    if (a.length === 0) return false;
    if (a.length === 1) return a[0] !== '';
    if (a.length === 2 && a[0] === '!') return a[1] === '';
    if (a.length === 2 && UNARY.has(a[0]!)) return this.unary(a[0]!, a[1]!);
    if (a.length === 3 && BINARY.has(a[1]!)) return this.binary(a[0]!, a[1]!, a[2]!);
    if (a.length === 3 && a[0] === '!') return !new Eval(this.ctx, a.slice(1)).run();
    if (a.length === 3 && a[0] === '(' && a[2] === ')') return a[1] !== '';
    if (a.length === 4 && a[0] === '!') return !new Eval(this.ctx, a.slice(1)).run();
    const v = this.or();
    if (this.i < a.length) throw new TestError(this.ctx.shell === 'bash' ? 'too many arguments' : `${a[this.i]}: unknown operand`);
    return v;
  }

  private or(): boolean {
    let v = this.and();
    while (this.args[this.i] === '-o') {
      this.i++;
      v = this.and() || v;
    }
    return v;
  }

  private and(): boolean {
    let v = this.not();
    while (this.args[this.i] === '-a') {
      this.i++;
      v = this.not() && v;
    }
    return v;
  }

  private not(): boolean {
    if (this.args[this.i] === '!') {
      this.i++;
      return !this.not();
    }
    return this.primary();
  }

  private primary(): boolean {
    const a = this.args;
    const t = a[this.i];
    if (t === undefined) throw new TestError(this.ctx.shell === 'bash' ? 'argument expected' : `${a[this.i - 1] ?? ''}: argument expected`);
    if (t === '(') {
      this.i++;
      const v = this.or();
      if (a[this.i++] !== ')') throw new TestError(this.ctx.shell === 'bash' ? "`)' expected" : 'closing paren expected');
      return v;
    }
    if (UNARY.has(t) && a[this.i + 1] !== undefined && !BINARY.has(a[this.i + 1]!)) {
      this.i += 2;
      return this.unary(t, a[this.i - 1]!);
    }
    if (a[this.i + 1] !== undefined && BINARY.has(a[this.i + 1]!)) {
      if (a[this.i + 2] === undefined) throw new TestError(`${a[this.i + 1]}: argument expected`);
      this.i += 3;
      return this.binary(t, a[this.i - 2]!, a[this.i - 1]!);
    }
    this.i++;
    return t !== '';
  }

  private unary(op: string, x: string): boolean {
    if (op === '-n') return x !== '';
    if (op === '-z') return x === '';
    if (op === '-t') return false;
    const st = this.ctx.fs.stat(x);
    if (isFsError(st)) return false;
    switch (op) {
      case '-e': case '-r': case '-w': return true;
      case '-f': return st.kind === 'file';
      case '-d': return st.kind === 'dir';
      case '-c': return st.kind === 'chardev';
      case '-s': return st.size > 0;
      case '-x': return st.kind === 'dir' || (st.mode & 0o111) !== 0;
      case '-k': return (st.mode & 0o1000) !== 0;
      case '-O': case '-G': return true;
      default: return false;
    }
  }

  private binary(a: string, op: string, b: string): boolean {
    switch (op) {
      case '=': case '==': return a === b;
      case '!=': return a !== b;
      case '<': return a < b;
      case '>': return a > b;
      case '-nt': case '-ot': case '-ef': return this.compareFiles(a, op, b);
      default: {
        const x = this.int(a);
        const y = this.int(b);
        return op === '-eq' ? x === y : op === '-ne' ? x !== y : op === '-lt' ? x < y : op === '-le' ? x <= y : op === '-gt' ? x > y : x >= y;
      }
    }
  }

  private compareFiles(a: string, op: string, b: string): boolean {
    const sa = this.ctx.fs.stat(a);
    const sb = this.ctx.fs.stat(b);
    if (op === '-ef') return !isFsError(sa) && !isFsError(sb) && this.ctx.fs.abs(a) === this.ctx.fs.abs(b);
    const ta = isFsError(sa) ? -Infinity : sa.mtimeMs;
    const tb = isFsError(sb) ? -Infinity : sb.mtimeMs;
    return op === '-nt' ? ta > tb : ta < tb;
  }

  private int(s: string): bigint {
    if (/^\s*[-+]?\d+\s*$/.test(s)) return BigInt(s.trim());
    if (this.ctx.shell === 'bash') throw new TestError(`${s}: integer expression expected`);
    if (this.ctx.shell === 'dash') throw new TestError(`Illegal number: ${s}`);
    throw new TestError(`${s}: bad number`);
  }
}
