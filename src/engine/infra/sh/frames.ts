// Starting a command: the frame that will run it, pushed on the thread's stack. Function definitions
// and background jobs take effect at once instead (nothing to wait for).

import type { Command } from './ast.ts';
import { copyEnv, newThread, type Machine } from './kernel.ts';
import type { Expansion, Frame, Io, ScriptKind, Thread } from './state.ts';
import { put } from './vars.ts';

export interface StartFlags {
  /** `set -e` applies to it. */
  readonly ee?: boolean;
  /** It is the last command of `sh -c` (the shell would exec it). */
  readonly tail?: boolean;
}

export function newExpansion(): Expansion {
  return { memo: [] };
}

function flags(o: StartFlags): { ee?: true; tail?: true } {
  return { ...(o.ee ? { ee: true as const } : {}), ...(o.tail ? { tail: true as const } : {}) };
}

export function commandFrame(cmd: Command, io: Io, o: StartFlags): Frame | undefined {
  const base = { io, ...flags(o) };
  switch (cmd.t) {
    case 'simple': return { f: 'simple', n: cmd, x: newExpansion(), phase: 0, temp: [], ...base };
    case 'seq': return { f: 'seq', n: cmd, i: 0, ...base };
    case 'and':
    case 'or': return { f: 'andor', n: cmd, phase: 0, ...base };
    case 'not': return { f: 'not', n: cmd, phase: 0, ...base };
    case 'pipe': return { f: 'pipe', n: cmd, ...base };
    case 'if': return { f: 'if', n: cmd, phase: 0, ...base };
    case 'while':
    case 'until': return { f: 'loop', n: cmd, phase: 0, last: 0, ...base };
    case 'for': return { f: 'for', n: cmd, x: newExpansion(), i: 0, last: 0, ...base };
    case 'case': return { f: 'case', n: cmd, x: newExpansion(), arm: 0, pat: 0, ...base };
    case 'group': return { f: 'group', n: cmd.body, phase: 0, ...base };
    case 'subshell': return { f: 'sub', n: cmd.body, ...base };
    case 'redir': return { f: 'redir', n: cmd, x: newExpansion(), phase: 0, temp: [], ...base };
    case 'bg': return { f: 'sub', n: cmd.body, bg: true, ...base };
    case 'func': return undefined;
  }
}

/** Pushes the frame that runs `cmd`; a function definition is made at once (status 0). */
export function pushCommand(th: Thread, cmd: Command, io: Io, o: StartFlags): void {
  if (cmd.t === 'func') {
    put(th.sh.funcs, cmd.name, cmd.body);
    th.sh.status = 0;
    return;
  }
  th.frames.push(commandFrame(cmd, io, o)!);
}

export function pushScript(th: Thread, src: string, kind: ScriptKind, io: Io, o: StartFlags = {}): void {
  th.frames.push({ f: 'script', src, pos: 0, kind, io, ...flags(o) });
}

/** Starts `cmd` in a subshell thread (a copy of the shell), returning the thread. */
export function subshell(m: Machine, th: Thread, cmd: Command | null, io: Io, cmdline: string): Thread {
  const frames: Frame[] = [];
  const child = newThread(m.st, copyEnv(th.sh), frames, io, cmdline);
  child.sh.traps = Object.fromEntries(Object.entries(child.sh.traps).filter(([, v]) => v === ''));
  if (cmd) pushCommand(child, cmd, io, { ee: true });
  return child;
}
