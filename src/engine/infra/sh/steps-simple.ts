// A simple command: expand its words, redirections and assignments (waiting for any `$(…)`), trace
// it under `set -x`, apply redirections, then either assign (no command word) or start the command.
// Mirrors ash's evalcommand.

import { startCommand } from './dispatch.ts';
import { expandFields, expandText } from './expand.ts';
import { expandIn } from './expand-step.ts';
import { writeFd, type ResolvedRedir } from './io.ts';
import { complete, endThread, type Machine } from './kernel.ts';
import { redirect } from './steps-control.ts';
import type { FrameOf, Thread } from './state.ts';
import { setVar } from './vars.ts';

export function stepSimple(m: Machine, th: Thread, fr: FrameOf<'simple'>): void {
  if (fr.phase === 1) return finishSimple(m, th, fr, th.sh.status);
  const n = fr.n;
  const r = expandIn(m, th, fr, n.line, (ctx) => ({
    argv: expandFields(ctx, n.words),
    redirs: n.redirs.map((rd): ResolvedRedir => ({ fd: rd.fd, op: rd.op, target: expandText(ctx, rd.target) })),
    assigns: n.assigns.map((a) => [a.name, expandText(ctx, a.value)] as const),
  }));
  if (!r) return;
  const subStatus = fr.x.subStatus ?? 0;
  fr.x.subStatus = undefined;
  if (th.sh.opts.x && (r.argv.length > 0 || r.assigns.length > 0)) {
    writeFd(m, th, fr.io, 2, `+ ${[...r.assigns.map(([k, v]) => `${k}=${v}`), ...r.argv].join(' ')}\n`);
  }
  const io = redirect(m, th, fr.io, r.redirs, fr.temp, n.line);
  if (!io) return finishSimple(m, th, fr, 1);
  if (r.argv.length === 0) {
    for (const [k, v] of r.assigns) setVar(th.sh, k, v);
    return finishSimple(m, th, fr, subStatus);
  }
  fr.phase = 1;
  const status = startCommand(m, th, fr, r.argv, r.assigns, io);
  if (status !== undefined && th.frames[th.frames.length - 1] === fr) finishSimple(m, th, fr, status);
}

function finishSimple(m: Machine, th: Thread, fr: FrameOf<'simple'>, status: number): void {
  if (fr.exec) return endThread(m, th, status);
  complete(m, th, status, fr.ee === true);
}
