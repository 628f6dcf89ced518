// The run loop: picks a ready thread (round robin), steps its top frame, and stops when every thread
// waits — for the clock (sleeping until the earliest wake-up), for input or forever (blocked) — or
// when the step budget is spent (sleeping until now: run again soon). Pending traps run here.

import type { ProcStatus, ProcSys } from '../process.ts';
import { stepRepl } from './interactive.ts';
import { canRead } from './io.ts';
import { endThread, top, type Machine } from './kernel.ts';
import { stepAndOr, stepCall, stepCase, stepFail, stepFor, stepGroup, stepIf, stepJoin, stepLoop, stepNot, stepPipe, stepRedir, stepScript, stepSeq, stepSub, stepTrap } from './steps-control.ts';
import { stepCmd, stepExt } from './steps-run.ts';
import { stepSimple } from './steps-simple.ts';
import type { ProcState, Thread } from './state.ts';
import { MAIN_TID } from './state.ts';
import { own } from './vars.ts';

/** Steps one thread may take before another gets its turn. */
const QUANTUM = 64;
const BOUNDARY = new Set(['script', 'repl', 'seq', 'andor', 'not', 'if', 'loop', 'for', 'case', 'group', 'call', 'redir', 'trap']);

function ready(m: Machine, th: Thread): boolean {
  if (th.done !== undefined) return false;
  const w = th.wait;
  if (!w) return true;
  switch (w.k) {
    case 'sleep': return w.untilMs <= m.nowMs;
    case 'join': return w.tids.every((t) => {
      const child = m.st.threads.find((x) => x.id === t);
      return !child || child.done !== undefined;
    });
    case 'read': return canRead(m.st, w.fd);
    case 'forever': return false;
  }
}

function nextReady(m: Machine): Thread | undefined {
  const list = m.st.threads;
  for (let k = 0; k < list.length; k++) {
    const i = (m.st.cursor + k) % list.length;
    if (ready(m, list[i]!)) {
      m.st.cursor = i + 1;
      return list[i];
    }
  }
  return undefined;
}

function runTrap(m: Machine, th: Thread): void {
  const name = m.st.pending.shift()!;
  const action = own(th.sh.traps, name);
  if (action === undefined || action === '') return;
  th.frames.push({ f: 'trap', status: th.sh.status, io: th.io });
  th.frames.push({ f: 'script', src: action, pos: 0, kind: 'trap', io: th.io });
}

function step(m: Machine, th: Thread): void {
  const fr = top(th);
  if (!fr) return endThread(m, th, th.sh.status);
  if (th.id === MAIN_TID && m.st.pending.length > 0 && BOUNDARY.has(fr.f)) return runTrap(m, th);
  switch (fr.f) {
    case 'script': return stepScript(m, th, fr);
    case 'repl': return stepRepl(m, th, fr);
    case 'seq': return stepSeq(m, th, fr);
    case 'andor': return stepAndOr(m, th, fr);
    case 'not': return stepNot(m, th, fr);
    case 'pipe': return stepPipe(m, th, fr);
    case 'if': return stepIf(m, th, fr);
    case 'loop': return stepLoop(m, th, fr);
    case 'for': return stepFor(m, th, fr);
    case 'case': return stepCase(m, th, fr);
    case 'group': return stepGroup(m, th, fr);
    case 'sub': return stepSub(m, th, fr);
    case 'redir': return stepRedir(m, th, fr);
    case 'simple': return stepSimple(m, th, fr);
    case 'call': return stepCall(m, th, fr);
    case 'cmd': return stepCmd(m, th, fr);
    case 'ext': return stepExt(m, th, fr);
    case 'join': return stepJoin(m, th, fr);
    case 'trap': return stepTrap(m, th, fr);
    case 'fail': return stepFail(m, th, fr);
  }
}

/** Where the process stands when no thread can go on. */
function statusOf(m: Machine): ProcStatus {
  if (m.st.exited !== undefined) return { state: 'exited', code: m.st.exited };
  let wakeMs = Infinity;
  for (const th of m.st.threads) if (th.done === undefined && th.wait?.k === 'sleep') wakeMs = Math.min(wakeMs, th.wait.untilMs);
  return wakeMs < Infinity ? { state: 'sleeping', wakeMs } : { state: 'blocked' };
}

/** Runs the process for at most `budget` steps at the host's current time. */
export function runMachine(st: ProcState, sys: ProcSys, budget: number): ProcStatus {
  const m: Machine = { st, sys, nowMs: sys.nowMs(), views: new Map() };
  let steps = 0;
  while (st.exited === undefined) {
    const th = nextReady(m);
    if (!th) break;
    for (let q = 0; q < QUANTUM && st.exited === undefined && ready(m, th); q++) {
      th.wait = undefined;
      step(m, th);
      if (++steps >= budget && st.exited === undefined) return { state: 'sleeping', wakeMs: m.nowMs };
    }
  }
  return statusOf(m);
}

/** Runs `fn` against the process at the host's time (signals and input arrive this way). */
export function withMachine<T>(st: ProcState, sys: ProcSys, fn: (m: Machine) => T): T {
  return fn({ st, sys, nowMs: sys.nowMs(), views: new Map() });
}
