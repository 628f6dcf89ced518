// Signals reaching the process: PID 1 ignores what it has no handler for (Linux's rule for a PID
// namespace's init); a `trap` runs its action at the next command boundary (ash runs it once the
// foreground command ends); an interactive shell's Ctrl-C abandons the command; the image's
// programs decide for themselves when they are the process (exec'd).

import type { Signal } from '../process.ts';
import { signalName, SIGNALS } from './applets/kill.ts';
import { done, finish, mainThread, pop, top, type Machine } from './kernel.ts';
import { programSys } from './program-sys.ts';
import type { PsEntry, Thread } from './state.ts';
import { own } from './vars.ts';

function signum(name: string): number {
  return SIGNALS.find(([, n]) => n === name)?.[0] ?? 15;
}

/** Delivers signal `name` (`TERM`, `INT`, `KILL`, `HUP`…) to the process. */
export function deliver(m: Machine, name: string): void {
  const st = m.st;
  const main = mainThread(st);
  if (!main || st.exited !== undefined) return;
  const num = signum(name);
  if (name === 'KILL') {
    if (st.pid !== 1) killAll(m, 137);
    return;
  }
  const trap = st.dialect !== null ? own(main.sh.traps, name) : undefined;
  if (trap === '') return;
  if (trap !== undefined) {
    st.pending.push(name);
    const fr = top(main);
    if (fr?.f === 'cmd' && fr.kind === 'builtin' && fr.name === 'wait') {
      main.wait = undefined;
      done(m, main, 128 + num);
    }
    return;
  }
  if (st.interactive && name === 'INT') return interrupt(m, main);
  if (st.interactive && (name === 'TERM' || name === 'QUIT')) return;
  const fg = top(main);
  if (fg?.f === 'ext' && (st.execd !== undefined || st.dialect === null)) return askProgram(m, main, fg, name, num);
  if (st.pid !== 1) killAll(m, 128 + num);
}

function askProgram(m: Machine, main: Thread, fg: Extract<Thread['frames'][number], { f: 'ext' }>, name: string, num: number): void {
  const prog = m.sys.external(fg.name);
  const sig = `SIG${name}`;
  const answer = prog?.signal && (sig === 'SIGTERM' || sig === 'SIGINT') ? prog.signal(sig as Signal, fg.args, programSys(m, main, fg)) : 'ignore';
  if (answer === 'ignore') {
    if (m.st.pid !== 1) killAll(m, 128 + num);
    return;
  }
  fg.exitAtMs = m.nowMs + answer.exitAfterMs;
  fg.exitCode = answer.code;
  main.wait = { k: 'sleep', untilMs: fg.exitAtMs };
}

/** Ctrl-C in an interactive shell (the terminal has echoed `^C`): the command is abandoned, a fresh prompt follows. */
function interrupt(m: Machine, main: Thread): void {
  while (main.frames.length > 0 && top(main)!.f !== 'repl') pop(m, main);
  const repl = top(main);
  if (repl?.f === 'repl') repl.buf = '';
  main.wait = undefined;
  main.sh.status = 130;
}

function killAll(m: Machine, code: number): void {
  const main = mainThread(m.st)!;
  for (const t of m.st.threads) if (t !== main && t.done === undefined) finish(m, t, code);
  m.st.threads = [main];
  finish(m, main, code);
}

/** `kill PID` from inside: the process itself (PID 1, `$$`) or one of its background jobs. */
export function signalFromInside(m: Machine, pid: number, spec: string): boolean {
  const st = m.st;
  const name = signalName(spec) ?? spec;
  if (pid === st.pid || pid === 0 || pid === -1) {
    if (name !== 'EXIT') deliver(m, name);
    return true;
  }
  const job = st.threads.find((t) => t.pid === pid && t.done === undefined);
  if (!job) return false;
  if (name !== 'EXIT') finish(m, job, 128 + signum(name));
  return true;
}

/** The processes `ps` shows: the container's others, this process (or what it exec'd), its jobs, and ps itself. */
export function processList(m: Machine, th: Thread, argv: readonly string[]): PsEntry[] {
  const st = m.st;
  const out = new Map<number, PsEntry>();
  for (const p of st.peers) out.set(p.pid, p);
  out.set(st.pid, { pid: st.pid, user: 'root', args: (st.execd ?? st.argv).join(' ') });
  for (const t of st.threads) if (t.bg && t.done === undefined) out.set(t.pid, { pid: t.pid, user: 'root', args: t.cmdline });
  if (st.dialect !== null && st.execd === undefined) out.set(th.id === 0 ? st.nextPid : th.pid, { pid: th.id === 0 ? st.nextPid : th.pid, user: 'root', args: argv.join(' ') });
  return [...out.values()];
}
