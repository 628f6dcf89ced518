// The machine under the shell: threads (the shell, its subshells, pipeline stages, `$(…)` and
// background jobs) and their lifecycle, pipes between them, and unwinding frame stacks for `exit`,
// `break`, `return` and interrupts. A thread's end closes its pipe ends and wakes whoever joins it.

import type { ProcSys } from '../process.ts';
import { Vfs } from '../fs/vfs.ts';
import type { Frame, Io, ProcState, ShellEnv, Thread } from './state.ts';
import { MAIN_TID } from './state.ts';
import { setVar, unsetVar } from './vars.ts';

/** One `run`: the process, its host, the time it runs at, and the steps it has taken. */
export interface Machine {
  readonly st: ProcState;
  readonly sys: ProcSys;
  readonly nowMs: number;
  /** The files as seen from each working directory, made once per run. */
  readonly views: Map<string, Vfs>;
}

export function copyEnv(sh: ShellEnv): ShellEnv {
  return JSON.parse(JSON.stringify(sh)) as ShellEnv;
}

export function newThread(st: ProcState, sh: ShellEnv, frames: Frame[], io: Io, cmdline: string, main = false): Thread {
  const th: Thread = {
    id: main ? MAIN_TID : st.nextTid++, pid: main ? st.pid : st.nextPid++, frames, sh, io, owns: [], cmdline,
  };
  st.threads.push(th);
  return th;
}

export function threadOf(st: ProcState, tid: number): Thread | undefined {
  return st.threads.find((t) => t.id === tid);
}

export function mainThread(st: ProcState): Thread | undefined {
  return threadOf(st, MAIN_TID);
}

export function top(th: Thread): Frame | undefined {
  return th.frames[th.frames.length - 1];
}

/** The thread's view of the files from its working directory. */
export function fsOf(m: Machine, th: Thread): Vfs {
  let fs = m.views.get(th.sh.cwd);
  if (!fs) m.views.set(th.sh.cwd, (fs = m.sys.fs.at(th.sh.cwd)));
  return fs;
}

export function newPipe(st: ProcState, buf = '', wclosed = false): number {
  const id = st.nextPipe++;
  st.pipes[id] = { buf, wclosed, rclosed: false };
  return id;
}

export function closePipe(st: ProcState, id: number, end: 'r' | 'w'): void {
  const p = st.pipes[id];
  if (!p) return;
  if (end === 'w') p.wclosed = true;
  else delete st.pipes[id];
}

/** The thread ended with `status`: its pipes close, its parent may collect it. */
export function finish(m: Machine, th: Thread, status: number): void {
  for (const f of [...th.frames].reverse()) dropFrame(m, f);
  th.frames = [];
  th.done = status & 255;
  th.wait = undefined;
  for (const o of th.owns) closePipe(m.st, o.pipe, o.end);
  th.owns = [];
  if (th.id === MAIN_TID) m.st.exited = th.done;
}

/** Removes an ended thread and returns its status. */
export function reap(st: ProcState, tid: number): number {
  const th = threadOf(st, tid);
  st.threads = st.threads.filter((t) => t.id !== tid);
  return th?.done ?? 0;
}

/** Ends a thread at once (its frames dropped, its children with it). */
export function kill(m: Machine, tid: number, status: number): void {
  const th = threadOf(m.st, tid);
  if (th && th.done === undefined) finish(m, th, status);
  reap(m.st, tid);
}

/** Releases what a frame holds: threads it waits for, temporary pipes. */
export function dropFrame(m: Machine, f: Frame): void {
  if (f.f === 'pipe') for (const t of f.tids ?? []) kill(m, t, 130);
  if ((f.f === 'sub' && f.tid !== undefined) || f.f === 'join') kill(m, f.tid!, 130);
  if ('x' in f && f.x.sub) {
    kill(m, f.x.sub.tid, 130);
    closePipe(m.st, f.x.sub.pipe, 'r');
    f.x.sub = undefined;
  }
  if ('temp' in f) {
    for (const id of f.temp) closePipe(m.st, id, 'r');
    f.temp = [];
  }
}

/** Pops the top frame, releasing what it holds; a function call restores the caller's parameters. */
export function pop(m: Machine, th: Thread): void {
  const f = th.frames.pop();
  if (!f) return;
  dropFrame(m, f);
  if (f.f === 'call') restoreCall(th, f);
}

function restoreCall(th: Thread, f: Extract<Frame, { f: 'call' }>): void {
  th.sh.args = f.args;
  th.sh.arg0 = f.arg0;
  for (const [name, value] of Object.entries(f.locals)) {
    if (value === null) unsetVar(th.sh, name);
    else setVar(th.sh, name, value);
  }
}

/** A frame finished with `status`. */
export function done(m: Machine, th: Thread, status: number): void {
  th.sh.status = status;
  pop(m, th);
  if (th.frames.length === 0) endThread(m, th, status);
}

/** A command finished: like `done`, and under `set -e` a failure (where it counts) ends the shell. */
export function complete(m: Machine, th: Thread, status: number, ee: boolean): void {
  th.sh.status = status;
  pop(m, th);
  if (th.frames.length === 0 || (ee && status !== 0 && th.sh.opts.e)) endThread(m, th, status);
}

/** `exit`: the thread ends; the shell's EXIT trap runs first. */
export function endThread(m: Machine, th: Thread, status: number): void {
  const trap = th.sh.traps.EXIT;
  if (trap !== undefined && trap !== '') {
    delete th.sh.traps.EXIT;
    while (th.frames.length > 0) pop(m, th);
    th.sh.status = status;
    th.frames.push({ f: 'trap', status, exitCode: status, io: th.io });
    th.frames.push({ f: 'script', src: trap, pos: 0, kind: 'trap', io: th.io });
    return;
  }
  finish(m, th, status);
}

/**
 * Unwinds for `break n`/`continue n` (to the n-th enclosing loop) or `return` (to the function):
 * returns false when there is no such frame.
 */
export function unwindTo(m: Machine, th: Thread, kind: 'break' | 'continue' | 'return', n = 1): boolean {
  let count = 0;
  for (let i = th.frames.length - 1; i >= 0; i--) {
    const f = th.frames[i]!;
    if (kind === 'return' ? f.f === 'call' || (f.f === 'script' && f.kind === 'file' && i > 0) : f.f === 'call') {
      if (kind !== 'return') return false;
      while (th.frames.length > i + 1) pop(m, th);
      if (f.f === 'script') f.pos = f.src.length;
      return true;
    }
    if (kind !== 'return' && (f.f === 'loop' || f.f === 'for') && ++count === n) {
      while (th.frames.length > i + 1) pop(m, th);
      if (kind === 'break') {
        pop(m, th);
        if (th.frames.length === 0) endThread(m, th, 0);
      } else if (f.f === 'loop') f.phase = 0;
      return true;
    }
  }
  return false;
}
