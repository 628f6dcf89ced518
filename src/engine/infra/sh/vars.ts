// Shell variables: lookup, assignment, export, and the environment a shell passes to the programs it
// starts, in the order that shell lists it. Ash and dash keep variables in a 39-bucket hash table and
// list them bucket by bucket, newest first within a bucket (ash.c hashvar/listvars); bash here keeps
// creation order.

import type { ShellDialect, ShellEnv } from './state.ts';

const VTABSIZE = 39;
/** ash's built-in variables, created first (so they sit last in their buckets). */
const VARINIT = ['IFS', 'MAIL', 'MAILPATH', 'PATH', 'PS1', 'PS2', 'PS4', 'OPTIND', 'LINENO', 'FUNCNAME', 'RANDOM', 'SECONDS'];

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
export const DEFAULT_IFS = ' \t\n';

export function splitEnv(kv: string): [string, string] {
  const i = kv.indexOf('=');
  return i < 0 ? [kv, ''] : [kv.slice(0, i), kv.slice(i + 1)];
}

export function newShellEnv(env: readonly string[], cwd: string, arg0: string, args: readonly string[]): ShellEnv {
  const sh: ShellEnv = {
    vars: {}, exported: {}, born: {}, seq: 0, funcs: {}, args: [...args], arg0, status: 0, cwd,
    opts: { e: false, x: false, u: false, f: false }, traps: {},
  };
  for (const kv of env) {
    const [k, v] = splitEnv(kv);
    setVar(sh, k, v, true);
  }
  return sh;
}

/** The variables a shell sets for itself at startup (SHLVL, PWD…), after importing the environment. */
export function initShellVars(sh: ShellEnv, dialect: ShellDialect, ppid: number): void {
  setVar(sh, 'PPID', String(ppid));
  if (dialect !== 'dash') setVar(sh, 'SHLVL', String((Number(getVar(sh, 'SHLVL')) || 0) + 1), true);
  setVar(sh, 'PWD', sh.cwd, true);
  if (getVar(sh, 'PATH') === undefined) setVar(sh, 'PATH', DEFAULT_PATH);
}

/** The own entry `key` of a record (never one inherited from Object.prototype, such as `valueOf`). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets an own entry, even one named `__proto__` (a valid shell name). */
export function put<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}

export function getVar(sh: ShellEnv, name: string): string | undefined {
  return own(sh.vars, name);
}

export function setVar(sh: ShellEnv, name: string, value: string, exported = false): void {
  if (!Object.hasOwn(sh.vars, name)) put(sh.born, name, ++sh.seq);
  put(sh.vars, name, value);
  if (exported) put(sh.exported, name, true);
}

export function unsetVar(sh: ShellEnv, name: string): void {
  delete sh.vars[name];
  delete sh.exported[name];
  delete sh.born[name];
}

export function exportVar(sh: ShellEnv, name: string): void {
  if (!Object.hasOwn(sh.vars, name)) put(sh.born, name, ++sh.seq);
  put(sh.exported, name, true as const);
}

function bucket(name: string): number {
  let h = (name.charCodeAt(0) & 0xff) << 4;
  for (let i = 0; i < name.length; i++) h += name.charCodeAt(i) & 0xff;
  return h % VTABSIZE;
}

/** Names in the order the shell lists them (`env`, `export -p` before sorting). */
export function listOrder(sh: ShellEnv, names: readonly string[], dialect: ShellDialect | null): string[] {
  if (dialect !== 'ash' && dialect !== 'dash') return [...names].sort((a, b) => (sh.born[a] ?? 0) - (sh.born[b] ?? 0));
  const key = (n: string): [number, number, number] => {
    const init = VARINIT.indexOf(n);
    return [bucket(n), init >= 0 ? 1 : 0, init >= 0 ? -init : -(sh.born[n] ?? 0)];
  };
  return [...names].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  });
}

/**
 * The environment passed to a program: exported variables, then the command's own assignments;
 * bash adds `_`, the program's path.
 */
export function environ(sh: ShellEnv, dialect: ShellDialect | null, extra: ReadonlyArray<readonly [string, string]> = [], path = '/usr/bin/env'): string[] {
  const extraNames = new Set(extra.map(([k]) => k));
  const names = Object.keys(sh.exported).filter((n) => sh.vars[n] !== undefined && !extraNames.has(n));
  const out = listOrder(sh, names, dialect).map((n) => `${n}=${sh.vars[n]}`);
  for (const [k, v] of extra) out.push(`${k}=${v}`);
  if (dialect === 'bash') out.push(`_=${path}`);
  return out;
}
