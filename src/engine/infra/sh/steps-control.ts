// One step of each control frame: scripts parsed line by line, lists, and-or lists, `!`, `if`, loops,
// `for`, `case`, groups, subshells, pipelines and redirected compound commands. A frame pushes its
// next child and, once the child is done, reads the status it left in `$?`.

import { expandFields, expandPattern, expandText } from './expand.ts';
import { expandIn } from './expand-step.ts';
import { cannotCreate, cannotOpen, syntaxError } from './diag.ts';
import { abortCommand, diagOf } from './failures.ts';
import { pushCommand, subshell } from './frames.ts';
import { applyRedirs, writeFd, type RedirFailure, type ResolvedRedir } from './io.ts';
import { complete, done, endThread, finish, fsOf, newPipe, reap, type Machine } from './kernel.ts';
import { isFsError } from '../fs/errors.ts';
import { cannotRead } from './shell-start.ts';
import { parseNext } from './parser.ts';
import { matchPattern } from './pattern.ts';
import type { Command } from './ast.ts';
import type { FrameOf, Io, Thread } from './state.ts';
import { MAIN_TID } from './state.ts';
import { setVar } from './vars.ts';

const BLANK_REST = /^(?:\s|#[^\n]*)*$/;
/** Ended background jobs whose status `wait PID` can still collect; older ones are forgotten. */
const ENDED_JOBS_KEPT = 16;

export function stepScript(m: Machine, th: Thread, fr: FrameOf<'script'>): void {
  if (fr.load) {
    const src = fsOf(m, th).readFile(fr.load.path);
    if (isFsError(src)) {
      const e = cannotRead(m.st.dialect ?? 'ash', fr.load.shell, fr.load.path, src.errno);
      writeFd(m, th, fr.io, 2, e.text);
      return endThread(m, th, e.code);
    }
    fr.src = src;
    fr.load = undefined;
  }
  const r = parseNext(fr.src, fr.pos);
  if (!r.ok) {
    writeFd(m, th, fr.io, 2, syntaxError(diagOf(m, th, r.line), r.msg));
    fr.pos = fr.src.length;
    abortCommand(m, th, 2);
    return;
  }
  if (r.cmd === null) {
    done(m, th, th.sh.status);
    return;
  }
  fr.pos = r.end;
  const root = th.frames.length === 1 && th.id === MAIN_TID;
  const tail = fr.kind === 'c' && root && BLANK_REST.test(fr.src.slice(r.end)) && Object.keys(th.sh.traps).length === 0;
  pushCommand(th, r.cmd, fr.io, { ee: fr.kind === 'eval' || fr.kind === 'trap' ? fr.ee : true, tail });
}

export function stepSeq(m: Machine, th: Thread, fr: FrameOf<'seq'>): void {
  const items = fr.n.items;
  if (fr.i >= items.length) return done(m, th, th.sh.status);
  const i = fr.i++;
  pushCommand(th, items[i]!, fr.io, { ee: fr.ee, tail: fr.tail && i === items.length - 1 });
}

export function stepAndOr(m: Machine, th: Thread, fr: FrameOf<'andor'>): void {
  if (fr.phase === 0) {
    fr.phase = 1;
    return pushCommand(th, fr.n.left, fr.io, {});
  }
  const status = th.sh.status;
  if (fr.phase === 1 && (fr.n.t === 'and' ? status === 0 : status !== 0)) {
    fr.phase = 2;
    return pushCommand(th, fr.n.right, fr.io, { ee: fr.ee, tail: fr.tail });
  }
  done(m, th, status);
}

export function stepNot(m: Machine, th: Thread, fr: FrameOf<'not'>): void {
  if (fr.phase === 0) {
    fr.phase = 1;
    return pushCommand(th, fr.n.body, fr.io, {});
  }
  done(m, th, th.sh.status === 0 ? 1 : 0);
}

export function stepIf(m: Machine, th: Thread, fr: FrameOf<'if'>): void {
  if (fr.phase === 0) {
    fr.phase = 1;
    return pushCommand(th, fr.n.cond, fr.io, {});
  }
  if (fr.phase === 1) {
    fr.phase = 2;
    const branch = th.sh.status === 0 ? fr.n.then : fr.n.else;
    if (branch) return pushCommand(th, branch, fr.io, { ee: fr.ee, tail: fr.tail });
    return done(m, th, 0);
  }
  done(m, th, th.sh.status);
}

export function stepLoop(m: Machine, th: Thread, fr: FrameOf<'loop'>): void {
  if (fr.phase === 0) {
    fr.phase = 1;
    return pushCommand(th, fr.n.cond, fr.io, {});
  }
  if (fr.phase === 1) {
    const go = fr.n.t === 'while' ? th.sh.status === 0 : th.sh.status !== 0;
    if (!go) return done(m, th, fr.last);
    fr.phase = 2;
    return pushCommand(th, fr.n.body, fr.io, { ee: fr.ee });
  }
  fr.last = th.sh.status;
  fr.phase = 0;
}

export function stepFor(m: Machine, th: Thread, fr: FrameOf<'for'>): void {
  if (!fr.items) {
    const words = fr.n.words;
    const items = words ? expandIn(m, th, fr, 0, (ctx) => expandFields(ctx, words)) : [...th.sh.args];
    if (!items) return;
    fr.items = items;
  } else if (fr.i > 0) fr.last = th.sh.status;
  if (fr.i >= fr.items.length) return done(m, th, fr.last);
  setVar(th.sh, fr.n.name, fr.items[fr.i++]!);
  pushCommand(th, fr.n.body, fr.io, { ee: fr.ee });
}

export function stepCase(m: Machine, th: Thread, fr: FrameOf<'case'>): void {
  if (fr.arm < 0) return done(m, th, th.sh.status);
  if (fr.value === undefined) {
    const word = fr.n.word;
    const value = expandIn(m, th, fr, 0, (ctx) => expandText(ctx, word));
    if (value === undefined) return;
    fr.value = value;
  }
  const arm = fr.n.arms[fr.arm];
  if (!arm) return done(m, th, 0);
  const pattern = expandIn(m, th, fr, 0, (ctx) => expandPattern(ctx, arm.patterns[fr.pat]!));
  if (pattern === undefined) return;
  if (matchPattern(pattern, fr.value)) {
    fr.arm = -1;
    if (arm.body) return pushCommand(th, arm.body, fr.io, { ee: fr.ee, tail: fr.tail });
    return done(m, th, 0);
  }
  if (++fr.pat >= arm.patterns.length) {
    fr.pat = 0;
    fr.arm++;
  }
}

export function stepGroup(m: Machine, th: Thread, fr: FrameOf<'group'>): void {
  if (fr.phase === 0) {
    fr.phase = 1;
    return pushCommand(th, fr.n, fr.io, { ee: fr.ee, tail: fr.tail });
  }
  done(m, th, th.sh.status);
}

export function stepSub(m: Machine, th: Thread, fr: FrameOf<'sub'>): void {
  if (fr.bg) {
    const child = subshell(m, th, fr.n, { ...fr.io, 0: m.st.interactive ? fr.io[0]! : { k: 'null' } }, literalText(fr.n) ?? th.cmdline);
    child.bg = true;
    m.st.lastBgPid = child.pid;
    const ended = m.st.threads.filter((t) => t.bg && t.done !== undefined);
    for (const t of ended.slice(0, Math.max(0, ended.length - ENDED_JOBS_KEPT))) reap(m.st, t.id);
    return done(m, th, 0);
  }
  if (fr.tid === undefined) {
    fr.tid = subshell(m, th, fr.n, fr.io, th.cmdline).id;
    th.wait = { k: 'join', tids: [fr.tid] };
    return;
  }
  const status = reap(m.st, fr.tid);
  fr.tid = undefined;
  complete(m, th, status, fr.ee === true);
}

/** A simple command's text when its words are plain (what `ps` shows once the job execs it). */
function literalText(cmd: Command): string | undefined {
  if (cmd.t !== 'simple' || cmd.assigns.length > 0) return undefined;
  const words = cmd.words.map((w) => (w.every((p) => p.k === 'lit') ? w.map((p) => (p.k === 'lit' ? p.v : '')).join('') : undefined));
  return words.every((w) => w !== undefined) ? words.join(' ') : undefined;
}

export function stepPipe(m: Machine, th: Thread, fr: FrameOf<'pipe'>): void {
  if (fr.tids === undefined) {
    const cmds = fr.n.cmds;
    const pipes = cmds.slice(1).map(() => newPipe(m.st));
    fr.tids = cmds.map((cmd, i) => {
      const io: Io = { ...fr.io, 0: i === 0 ? fr.io[0]! : { k: 'pipe', id: pipes[i - 1]! }, 1: i === cmds.length - 1 ? fr.io[1]! : { k: 'pipe', id: pipes[i]! } };
      const child = subshell(m, th, cmd, io, th.cmdline);
      if (i > 0) child.owns.push({ pipe: pipes[i - 1]!, end: 'r' });
      if (i < cmds.length - 1) child.owns.push({ pipe: pipes[i]!, end: 'w' });
      return child.id;
    });
    th.wait = { k: 'join', tids: fr.tids };
    return;
  }
  const statuses = fr.tids.map((t) => reap(m.st, t));
  fr.tids = [];
  complete(m, th, statuses[statuses.length - 1]!, fr.ee === true);
}

export function stepRedir(m: Machine, th: Thread, fr: FrameOf<'redir'>): void {
  if (fr.phase === 1) return done(m, th, th.sh.status);
  const redirs = fr.n.redirs;
  const resolved = expandIn(m, th, fr, 0, (ctx) => redirs.map((r): ResolvedRedir => ({ fd: r.fd, op: r.op, target: expandText(ctx, r.target) })));
  if (!resolved) return;
  const io = redirect(m, th, fr.io, resolved, fr.temp, 0);
  if (!io) return done(m, th, 1);
  fr.phase = 1;
  pushCommand(th, fr.n.body, io, { ee: fr.ee });
}

/** Applies redirections, printing the shell's message when one fails. */
export function redirect(m: Machine, th: Thread, io: Io, redirs: readonly ResolvedRedir[], temp: number[], line: number): Io | undefined {
  const r = applyRedirs(m, th, io, redirs, temp);
  if (!isFailure(r)) return r;
  const c = diagOf(m, th, line);
  const text = r.kind === 'badfd' ? `${c.arg0}: ${r.fd}: Bad file descriptor\n` : r.kind === 'create' ? cannotCreate(c, r.file, r.err) : cannotOpen(c, r.file, r.err);
  writeFd(m, th, io, 2, text);
  return undefined;
}

function isFailure(r: Io | RedirFailure): r is RedirFailure {
  return typeof r.kind === 'string';
}

export function stepTrap(m: Machine, th: Thread, fr: FrameOf<'trap'>): void {
  th.frames.pop();
  th.sh.status = fr.status;
  if (fr.exitCode !== undefined) finish(m, th, fr.exitCode);
  else if (th.frames.length === 0) endThread(m, th, fr.status);
}

export function stepFail(m: Machine, th: Thread, fr: FrameOf<'fail'>): void {
  writeFd(m, th, fr.io, 2, fr.text);
  endThread(m, th, fr.code);
}

export function stepJoin(m: Machine, th: Thread, fr: FrameOf<'join'>): void {
  const t = m.st.threads.find((x) => x.id === fr.tid);
  if (t && t.done === undefined) {
    th.wait = { k: 'join', tids: [fr.tid] };
    return;
  }
  done(m, th, reap(m.st, fr.tid));
}

export function stepCall(m: Machine, th: Thread, fr: FrameOf<'call'>): void {
  if (fr.phase === 0) {
    fr.phase = 1;
    return pushCommand(th, fr.body, fr.io, { ee: fr.ee });
  }
  done(m, th, th.sh.status);
}
