// Running an expansion from a frame: when it needs a command substitution, the `$(…)` starts in a
// subshell whose output goes to a pipe and the frame waits; when it is back, the output is memoised
// and the expansion is retried. Expansion errors end a script (or return to the prompt).

import { expandCtx, ExpandError, NeedSub, type ExpandCtx } from './expand.ts';
import { prefix } from './diag.ts';
import { abortCommand, diagOf } from './failures.ts';
import { writeFd } from './io.ts';
import { subshell } from './frames.ts';
import { closePipe, fsOf, newPipe, reap, type Machine } from './kernel.ts';
import type { Expansion, Frame, Thread } from './state.ts';

/** Result of the expansion, or undefined when the frame must wait (or the command failed). */
export function expandIn<T>(m: Machine, th: Thread, fr: Frame & { x: Expansion }, line: number, fn: (ctx: ExpandCtx) => T): T | undefined {
  const x = fr.x;
  if (x.sub) {
    const { tid, pipe, slot } = x.sub;
    const out = m.st.pipes[pipe]?.buf ?? '';
    closePipe(m.st, pipe, 'r');
    x.subStatus = reap(m.st, tid);
    while (x.memo.length <= slot) x.memo.push(null);
    x.memo[slot] = { v: [{ t: out.replace(/\n+$/, '') }], n: slot + 1 };
    x.sub = undefined;
  }
  const ctx = expandCtx(th.sh, m.st.pid, m.st.lastBgPid, fsOf(m, th), x, () => m.sys.random());
  try {
    const v = fn(ctx);
    x.memo = [];
    return v;
  } catch (e) {
    if (e instanceof NeedSub) {
      const pipe = newPipe(m.st);
      const child = subshell(m, th, e.body, { ...fr.io, 1: { k: 'pipe', id: pipe } }, th.cmdline);
      child.owns.push({ pipe, end: 'w' });
      x.sub = { tid: child.id, pipe, slot: e.slot };
      th.wait = { k: 'join', tids: [child.id] };
      return undefined;
    }
    if (e instanceof ExpandError) {
      x.memo = [];
      writeFd(m, th, fr.io, 2, `${prefix(diagOf(m, th, line))}${e.message}\n`);
      abortCommand(m, th, 2);
      return undefined;
    }
    throw e;
  }
}
