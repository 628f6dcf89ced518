// Running a program's frame: applets and builtins step by step (done, or waiting for the clock, for
// input, for jobs), and the image's own programs through their start/resume/signal interface.

import { APPLETS, SHELL_APPLETS } from './applets/registry.ts';
import type { AppletCtx, AppletStep } from './applets/types.ts';
import { BUILTINS } from './builtins/registry.ts';
import type { BuiltinStep } from './builtins/types.ts';
import { baseName } from './commands.ts';
import { prefix } from './diag.ts';
import { startProgram } from './dispatch.ts';
import { diagOf } from './failures.ts';
import { readFd, writeFd } from './io.ts';
import { done, finish, fsOf, type Machine } from './kernel.ts';
import { programSys } from './program-sys.ts';
import { processList, signalFromInside } from './signals.ts';
import type { FrameOf, Thread } from './state.ts';
import { environ, getVar } from './vars.ts';

function appletCtx(m: Machine, th: Thread, fr: FrameOf<'cmd'>, line: number): AppletCtx {
  const st = m.st;
  const asBuiltin = st.dialect !== null && (fr.kind === 'builtin' || SHELL_APPLETS.has(fr.name)) && !fr.argv[0]!.includes('/');
  const shell = asBuiltin ? st.dialect : null;
  const errPrefix = !asBuiltin ? `${baseName(fr.argv[0]!)}: ` : shell === 'ash' ? `${baseName(th.sh.arg0)}: ` : prefix(diagOf(m, th, line), fr.name);
  return {
    argv: fr.argv, fs: fsOf(m, th), cwd: th.sh.cwd, nowMs: m.nowMs, hostname: m.sys.hostname,
    env: () => fr.env ?? environ(th.sh, st.dialect, fr.assigns, `/usr/bin/${baseName(fr.argv[0]!)}`),
    gnu: st.toolbox === 'coreutils', shell, tty: st.tty && fr.io[1]?.k === 'tty', pid: th.pid, errPrefix,
    out: (t) => writeFd(m, th, fr.io, 1, t),
    err: (t) => writeFd(m, th, fr.io, 2, t),
    read: (upTo) => readFd(st, fr.io[0], upTo),
    random: () => m.sys.random(),
    procs: () => processList(m, th, fr.argv),
    signal: (pid, sig) => signalFromInside(m, pid, sig),
    ...(m.sys.net ? { net: m.sys.net } : {}),
  };
}

function lineOf(th: Thread): number {
  for (let i = th.frames.length - 1; i >= 0; i--) {
    const f = th.frames[i]!;
    if (f.f === 'simple') return f.n.line;
  }
  return 1;
}

export function stepCmd(m: Machine, th: Thread, fr: FrameOf<'cmd'>): void {
  const line = lineOf(th);
  const ctx = appletCtx(m, th, fr, line);
  let step: BuiltinStep;
  if (fr.kind === 'builtin') {
    const lookup = (name: string): string | undefined => fr.assigns.find(([k]) => k === name)?.[1] ?? getVar(th.sh, name);
    const fail = (msg: string): void => writeFd(m, th, fr.io, 2, `${prefix(diagOf(m, th, line), fr.name)}${msg}\n`);
    step = BUILTINS[fr.name]!({ ...ctx, m, th, fr, fail, lookup }, fr.memo);
  } else {
    step = APPLETS[fr.name]!(ctx, fr.memo);
  }
  if (th.done !== undefined || m.st.exited !== undefined) return;
  if (th.broken) return finish(m, th, 141);
  settle(m, th, fr, step);
}

function settle(m: Machine, th: Thread, fr: FrameOf<'cmd'>, step: BuiltinStep): void {
  switch (step.t) {
    case 'exit': return done(m, th, step.code);
    case 'flow': return;
    case 'wait':
      th.wait = { k: 'join', tids: step.tids };
      return;
    case 'exec': return execFrom(m, th, fr, step);
    default:
      fr.memo = step.memo;
      th.wait = step.t === 'sleep' ? { k: 'sleep', untilMs: step.untilMs } : step.t === 'read' ? { k: 'read', fd: fr.io[0] ?? { k: 'null' } } : { k: 'forever' };
  }
}

/** `env … cmd`, `busybox cmd`, `command cmd`: the frame is replaced by the program it names. */
function execFrom(m: Machine, th: Thread, fr: FrameOf<'cmd'>, step: Extract<AppletStep, { t: 'exec' }>): void {
  th.frames.pop();
  const r = startProgram(m, th, step.argv, step.env ? { env: step.env } : fr.env ? { env: fr.env } : { assigns: fr.assigns }, fr.io, false);
  if (r === undefined) return;
  if (r === 'not found') {
    const who = baseName(fr.argv[0]!);
    writeFd(m, th, fr.io, 2, who === 'busybox' ? `${step.argv[0]}: applet not found\n` : `${who}: can't execute '${step.argv[0]}': No such file or directory\n`);
  }
  th.sh.status = r === 'not found' ? 127 : r;
  if (th.frames.length === 0) finish(m, th, th.sh.status);
}

export function stepExt(m: Machine, th: Thread, fr: FrameOf<'ext'>): void {
  const prog = m.sys.external(fr.name);
  if (!prog) return done(m, th, 127);
  if (fr.exitAtMs !== undefined) {
    if (m.nowMs >= fr.exitAtMs) return done(m, th, fr.exitCode ?? 0);
    th.wait = { k: 'sleep', untilMs: fr.exitAtMs };
    return;
  }
  const sys = programSys(m, th, fr);
  let r: ReturnType<typeof prog.start>;
  if (fr.phase === 0) {
    fr.phase = 1;
    r = prog.start(fr.args, sys);
  } else if (prog.resume) r = prog.resume(fr.args, fr.memo, sys);
  else {
    th.wait = { k: 'forever' };
    return;
  }
  fr.memo = r.memo;
  if (th.done !== undefined || m.st.exited !== undefined) return;
  if (th.broken) return finish(m, th, 141);
  if (r.status.state === 'exited') return done(m, th, r.status.code);
  th.wait = r.status.state === 'sleeping' ? { k: 'sleep', untilMs: r.status.wakeMs } : { k: 'forever' };
}
