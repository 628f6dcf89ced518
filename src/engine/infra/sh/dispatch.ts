// Running a simple command once its words are expanded: `exec`, special builtins, functions, regular
// builtins, then programs — applets, shells, the image's own programs (after PATH search, by base
// name), shell scripts on the container's files — else `not found` (status 127).
// Mirrors ash's evalcommand/find_command order.

import { isFsError } from '../fs/errors.ts';
import { appletFor, baseName, REGULAR_BUILTINS, shellFor, SPECIAL_BUILTINS } from './commands.ts';
import { notFound, permissionDenied } from './diag.ts';
import { diagOf } from './failures.ts';
import { writeFd } from './io.ts';
import { newThread, fsOf, type Machine } from './kernel.ts';
import { startShell } from './shell-start.ts';
import type { FrameOf, Io, ShellDialect, Thread } from './state.ts';
import { MAIN_TID } from './state.ts';
import { DEFAULT_PATH, environ, getVar, initShellVars, newShellEnv, own, put, setVar } from './vars.ts';

type Assigns = ReadonlyArray<readonly [string, string]>;

/** A program's environment: given outright, or the shell's exported variables plus the command's assignments. */
export type EnvSpec = { readonly env: readonly string[] } | { readonly assigns: Assigns };

function envOf(m: Machine, th: Thread, spec: EnvSpec, name: string): string[] {
  return 'env' in spec ? [...spec.env] : environ(th.sh, m.st.dialect, spec.assigns, `/usr/bin/${baseName(name)}`);
}

/** Starts `argv`; returns its status when it finished at once, undefined when a frame now runs it. */
export function startCommand(m: Machine, th: Thread, fr: FrameOf<'simple'>, argv: string[], assigns: Assigns, io: Io): number | undefined {
  const st = m.st;
  const name = argv[0]!;
  if (st.dialect !== null) {
    if (name === 'exec') return execBuiltin(m, th, fr, argv, assigns, io);
    if (SPECIAL_BUILTINS.has(name)) {
      for (const [k, v] of assigns) setVar(th.sh, k, v);
      return pushBuiltin(th, name, argv, [], io, fr.ee === true);
    }
    const body = own(th.sh.funcs, name);
    if (body) {
      const locals: Record<string, string | null> = {};
      for (const [k, v] of assigns) {
        if (!Object.hasOwn(locals, k)) put(locals, k, getVar(th.sh, k) ?? null);
        setVar(th.sh, k, v);
      }
      th.frames.push({ f: 'call', body, args: th.sh.args, arg0: th.sh.arg0, locals, phase: 0, io, ...(fr.ee ? { ee: true } : {}) });
      th.sh.args = argv.slice(1);
      return undefined;
    }
    if (REGULAR_BUILTINS.has(name)) return pushBuiltin(th, name, argv, assigns, io, false);
  }
  const started = startProgram(m, th, argv, { assigns }, io, fr.tail === true);
  if (started !== 'not found') return started;
  if (st.dialect !== null) writeFd(m, th, io, 2, notFound(diagOf(m, th, fr.n.line), name));
  return 127;
}

function pushBuiltin(th: Thread, name: string, argv: string[], assigns: Assigns, io: Io, ee: boolean): undefined {
  th.frames.push({ f: 'cmd', kind: 'builtin', name, argv, assigns: assigns.map(([k, v]) => [k, v]), io, ...(ee ? { ee: true } : {}) });
  return undefined;
}

function execBuiltin(m: Machine, th: Thread, fr: FrameOf<'simple'>, argv: string[], assigns: Assigns, io: Io): number | undefined {
  if (argv.length === 1) {
    for (const f of th.frames) f.io = { ...f.io, ...io };
    fr.temp = [];
    for (const [k, v] of assigns) setVar(th.sh, k, v, true);
    return 0;
  }
  fr.exec = true;
  const rest = argv.slice(1);
  const started = startProgram(m, th, rest, { assigns }, io, true);
  if (started !== 'not found') return started;
  writeFd(m, th, io, 2, notFound(diagOf(m, th, fr.n.line), rest[0]!));
  return 127;
}

/**
 * Starts a program (no builtins, no functions): an applet, a shell, the image's program, or a
 * script file. `tail`: the shell execs it, so it is the process `ps` and signals see.
 */
export function startProgram(m: Machine, th: Thread, argv: readonly string[], spec: EnvSpec, io: Io, tail: boolean): number | 'not found' | undefined {
  const st = m.st;
  const name = argv[0]!;
  const mark = (): void => {
    if (tail && th.id === MAIN_TID) st.execd = [...argv];
    else if (th.id !== MAIN_TID && th.frames.length === 1) th.cmdline = argv.join(' ');
  };
  const applet = appletFor(st, name);
  if (applet) {
    mark();
    th.frames.push({ f: 'cmd', kind: 'applet', name: applet, argv: [...argv], assigns: 'env' in spec ? [] : spec.assigns.map(([k, v]) => [k, v]), ...('env' in spec ? { env: [...spec.env] } : {}), io });
    return undefined;
  }
  const env = envOf(m, th, spec, name);
  const shell = shellFor(st, name);
  if (shell) {
    mark();
    return startShellThread(m, th, shell, argv, env, io);
  }
  if (m.sys.external(baseName(name))) {
    mark();
    th.frames.push({ f: 'ext', name: baseName(name), args: argv.slice(1), env, phase: 0, io });
    return undefined;
  }
  const path = findFile(m, th, name);
  if (path === undefined) return 'not found';
  const fs = fsOf(m, th);
  const stat = fs.stat(path);
  const src = fs.readFile(path);
  if (isFsError(stat) || isFsError(src) || stat.kind !== 'file' || (stat.mode & 0o111) === 0) {
    writeFd(m, th, io, 2, permissionDenied(diagOf(m, th, 0), name));
    return 126;
  }
  mark();
  return runScript(m, th, argv, path, src, env, io);
}

/** A path naming a file, or a bare name found in a PATH directory of the container's files. */
function findFile(m: Machine, th: Thread, name: string): string | undefined {
  const fs = fsOf(m, th);
  if (name.includes('/')) return fs.exists(name) ? name : undefined;
  const dirs = (getVar(th.sh, 'PATH') ?? DEFAULT_PATH).split(':');
  return dirs.map((d) => `${d || '.'}/${name}`).find((p) => !isFsError(fs.stat(p)) && (fs.stat(p) as { kind: string }).kind === 'file');
}

function runScript(m: Machine, th: Thread, argv: readonly string[], path: string, src: string, env: readonly string[], io: Io): number | 'not found' | undefined {
  const bang = /^#!\s*(\S+)(?:[ \t]+([^\n]*?))?[ \t]*(?:\n|$)/.exec(src);
  if (!bang) return startShellThread(m, th, m.st.dialect ?? 'ash', ['sh', path, ...argv.slice(1)], env, io, argv[0]);
  let interp = bang[1]!;
  let arg = bang[2];
  if (baseName(interp) === 'env' && arg) [interp, arg] = [arg.split(/\s+/)[0]!, arg.split(/\s+/).slice(1).join(' ') || undefined];
  const shell = shellFor(m.st, interp);
  if (shell) return startShellThread(m, th, shell, [baseName(interp), ...(arg ? [arg] : []), path, ...argv.slice(1)], env, io, argv[0]);
  if (m.sys.external(baseName(interp))) {
    th.frames.push({ f: 'ext', name: baseName(interp), args: [...(arg ? [arg] : []), path, ...argv.slice(1)], env: [...env], phase: 0, io });
    return undefined;
  }
  return 'not found';
}

/** A nested shell: a new thread with a fresh shell (exported variables only), joined by this one. */
function startShellThread(m: Machine, th: Thread, dialect: ShellDialect, argv: readonly string[], env: readonly string[], io: Io, scriptName?: string): number | undefined {
  const start = startShell(argv, dialect, io);
  if ('error' in start) {
    writeFd(m, th, io, 2, start.error);
    return start.code;
  }
  const sh = newShellEnv(env, th.sh.cwd, scriptName ?? start.arg0, start.args);
  initShellVars(sh, dialect, th.pid);
  Object.assign(sh.opts, start.opts);
  const child = newThread(m.st, sh, [start.frame], io, argv.join(' '));
  th.frames.push({ f: 'join', tid: child.id, io });
  return undefined;
}

