// Builtins that change the shell's variables and parameters: export, readonly, unset, local, shift,
// set (options, positional parameters, and the variable listing). Mirrors ash's exportcmd, unsetcmd,
// localcmd, shiftcmd and setcmd output (`export NAME='value'`, `NAME='value'`).

import { exit } from '../applets/types.ts';
import type { ShellOptions } from '../state.ts';
import { exportVar, getVar, put, setVar, unsetVar } from '../vars.ts';
import type { Builtin } from './types.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LONG_OPTIONS: Readonly<Record<string, keyof ShellOptions>> = { errexit: 'e', xtrace: 'x', nounset: 'u', noglob: 'f' };

/** Single-quotes a value as ash and dash print it. */
export function shellQuote(v: string): string {
  return `'${v.replace(/'/g, `'"'"'`)}'`;
}

export const exportBuiltin: Builtin = (b) => {
  const sh = b.th.sh;
  const args = b.argv.slice(1).filter((a) => a !== '-p' && a !== '--');
  if (args.length === 0) {
    const names = Object.keys(sh.exported).filter((n) => sh.vars[n] !== undefined).sort();
    b.out(names.map((n) => (b.shell === 'bash' ? `declare -x ${n}="${sh.vars[n]!.replace(/["\\$`]/g, '\\$&')}"\n` : `export ${n}=${shellQuote(sh.vars[n]!)}\n`)).join(''));
    return exit(0);
  }
  return exit(assignAll(b, args, (name, value) => {
    if (value !== undefined) setVar(sh, name, value, true);
    else exportVar(sh, name);
  }));
};

export const readonlyBuiltin: Builtin = (b) => exit(assignAll(b, b.argv.slice(1).filter((a) => a !== '-p'), (name, value) => {
  if (value !== undefined) setVar(b.th.sh, name, value);
}));

function assignAll(b: Parameters<Builtin>[0], args: readonly string[], apply: (name: string, value: string | undefined) => void): number {
  let status = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!NAME.test(name)) {
      b.fail(b.shell === 'bash' ? `\`${a}': not a valid identifier` : `${name}: bad variable name`);
      status = b.shell === 'ash' ? 2 : 1;
      continue;
    }
    apply(name, eq < 0 ? undefined : a.slice(eq + 1));
  }
  return status;
}

export const unset: Builtin = (b) => {
  const sh = b.th.sh;
  let functions = false;
  for (const a of b.argv.slice(1)) {
    if (a === '-f') functions = true;
    else if (a === '-v') functions = false;
    else if (functions) delete sh.funcs[a];
    else unsetVar(sh, a);
  }
  return exit(0);
};

export const local: Builtin = (b) => {
  const call = [...b.th.frames].reverse().find((f) => f.f === 'call');
  if (!call || call.f !== 'call') {
    b.fail('not in a function');
    return exit(2);
  }
  for (const a of b.argv.slice(1)) {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!Object.hasOwn(call.locals, name)) put(call.locals, name, getVar(b.th.sh, name) ?? null);
    if (eq >= 0) setVar(b.th.sh, name, a.slice(eq + 1));
  }
  return exit(0);
};

export const shift: Builtin = (b) => {
  const n = b.argv[1] === undefined ? 1 : Number(b.argv[1]);
  const sh = b.th.sh;
  if (!Number.isInteger(n) || n < 0 || n > sh.args.length) {
    if (b.shell !== 'bash') b.fail(Number.isInteger(n) ? "can't shift that many" : `Illegal number: ${b.argv[1]}`);
    return exit(b.shell === 'bash' ? 1 : 2);
  }
  sh.args = sh.args.slice(n);
  return exit(0);
};

export const set: Builtin = (b) => {
  const sh = b.th.sh;
  const args = b.argv.slice(1);
  if (args.length === 0) {
    const names = Object.keys(sh.vars).sort();
    b.out(names.map((n) => `${n}=${shellQuote(sh.vars[n]!)}\n`).join(''));
    return exit(0);
  }
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      sh.args = args.slice(i + 1);
      return exit(0);
    }
    if (!/^[-+]/.test(a) || a === '-' || a === '+') break;
    const on = a[0] === '-';
    if (a.slice(1) === 'o') {
      const name = args[++i];
      if (name === undefined) {
        b.out(Object.entries(LONG_OPTIONS).map(([long, f]) => `${long.padEnd(16)}${sh.opts[f] ? 'on' : 'off'}\n`).join(''));
        continue;
      }
      const flag = LONG_OPTIONS[name];
      if (flag) sh.opts[flag] = on;
      else if (name !== 'pipefail' && name !== 'posix') {
        b.fail(`illegal option -o ${name}`);
        return exit(2);
      }
      continue;
    }
    for (const c of a.slice(1)) {
      if (c === 'e' || c === 'x' || c === 'u' || c === 'f') sh.opts[c] = on;
      else if (!'vmCbhn'.includes(c)) {
        b.fail(`illegal option ${a[0]}${c}`);
        return exit(2);
      }
    }
  }
  if (i < args.length) sh.args = args.slice(i);
  return exit(0);
};
