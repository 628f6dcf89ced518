// What a shell does when a command fails hard (a syntax error, an expansion error, a special
// builtin's error): a script ends with the status; an interactive shell goes back to its prompt.

import type { DiagCtx } from './diag.ts';
import { endThread, pop, top, type Machine } from './kernel.ts';
import { MAIN_TID, type Thread } from './state.ts';

/** The context of a diagnostic printed by `th` at `line`. */
export function diagOf(m: Machine, th: Thread, line: number): DiagCtx {
  const script = [...th.frames].reverse().find((f) => f.f === 'script' && f.kind === 'file');
  const file = script?.f === 'script' ? script.name ?? th.sh.arg0 : undefined;
  return { dialect: m.st.dialect ?? 'ash', arg0: th.sh.arg0, line, ...(file !== undefined ? { file } : {}), interactive: m.st.interactive && file === undefined };
}

export function atPrompt(m: Machine, th: Thread): boolean {
  return m.st.interactive && th.id === MAIN_TID && th.frames.some((f) => f.f === 'repl');
}

export function abortCommand(m: Machine, th: Thread, status: number): void {
  if (!atPrompt(m, th)) {
    endThread(m, th, status);
    return;
  }
  while (top(th)?.f !== 'repl') pop(m, th);
  th.sh.status = status;
}
