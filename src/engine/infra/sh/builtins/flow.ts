// Builtins that change what runs next: exit, return, break, continue, eval, `.`/source and wait.
// Mirrors ash's exitcmd, returncmd, breakcmd, evalcmd, dotcmd and waitcmd.

import { isFsError } from '../../fs/errors.ts';
import { exit } from '../applets/types.ts';
import { pushScript } from '../frames.ts';
import { endThread, reap, unwindTo } from '../kernel.ts';
import { MAIN_TID } from '../state.ts';
import { getVar } from '../vars.ts';
import { FLOW, type Builtin, type BuiltinCtx } from './types.ts';

function number(b: BuiltinCtx, arg: string | undefined, fallback: number): number | undefined {
  if (arg === undefined) return fallback;
  if (/^\d+$/.test(arg)) return Number(arg);
  b.fail(b.shell === 'bash' ? `${arg}: numeric argument required` : `Illegal number: ${arg}`);
  return undefined;
}

export const exitBuiltin: Builtin = (b) => {
  const code = number(b, b.argv[1], b.th.sh.status);
  if (b.m.st.interactive && b.shell === 'bash' && b.th.id === MAIN_TID) b.err('exit\n');
  endThread(b.m, b.th, code ?? 2);
  return FLOW;
};

export const returnBuiltin: Builtin = (b) => {
  const code = number(b, b.argv[1], b.th.sh.status);
  b.th.sh.status = code ?? 2;
  if (!unwindTo(b.m, b.th, 'return')) endThread(b.m, b.th, code ?? 2);
  return FLOW;
};

export const breakBuiltin: Builtin = (b) => {
  const n = number(b, b.argv[1], 1);
  if (n === undefined) return exit(2);
  b.th.sh.status = 0;
  if (!unwindTo(b.m, b.th, b.argv[0] === 'continue' ? 'continue' : 'break', Math.max(1, n))) return exit(0);
  return FLOW;
};

export const evalBuiltin: Builtin = (b, memo) => {
  if (memo !== undefined) return exit(b.th.sh.status);
  const src = b.argv.slice(1).join(' ');
  if (src.trim() === '') return exit(0);
  pushScript(b.th, src, 'eval', b.fr.io, { ee: b.fr.ee === true });
  b.fr.memo = 1;
  return FLOW;
};

export const dot: Builtin = (b, memo) => {
  if (memo !== undefined) {
    b.th.sh.args = (memo as { args: string[] }).args;
    return exit(b.th.sh.status);
  }
  const file = b.argv[1];
  if (file === undefined) return exit(b.shell === 'bash' ? 2 : 0);
  const path = file.includes('/') ? file : (getVar(b.th.sh, 'PATH') ?? '').split(':').map((d) => `${d}/${file}`).find((p) => b.fs.exists(p)) ?? file;
  const src = b.fs.readFile(path);
  if (isFsError(src)) {
    b.fail(b.shell === 'bash' ? `${file}: No such file or directory` : `can't open '${file}': No such file or directory`);
    return exit(b.shell === 'bash' ? 1 : 2);
  }
  b.fr.memo = { args: b.th.sh.args };
  if (b.argv.length > 2) b.th.sh.args = b.argv.slice(2);
  pushScript(b.th, src, 'file', b.fr.io);
  const frame = b.th.frames[b.th.frames.length - 1]!;
  if (frame.f === 'script') frame.name = path;
  return FLOW;
};

export const wait: Builtin = (b) => {
  const st = b.m.st;
  const pids = b.argv.slice(1).map(Number);
  const jobs = st.threads.filter((t) => t.bg && (pids.length === 0 || pids.includes(t.pid)));
  if (pids.length > 0 && jobs.length === 0) return exit(127);
  const running = jobs.filter((t) => t.done === undefined);
  if (running.length > 0) return { t: 'wait', tids: running.map((t) => t.id) };
  let status = 0;
  for (const t of jobs) status = reap(st, t.id);
  return exit(pids.length === 0 ? 0 : status);
};
