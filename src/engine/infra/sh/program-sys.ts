// What one of the image's programs sees of its machine when a shell runs it: its output goes where
// the shell's redirections say, and it gets its environment and working directory.

import type { ProcSys } from '../process.ts';
import { writeFd } from './io.ts';
import { fsOf, type Machine } from './kernel.ts';
import type { FrameOf, Thread } from './state.ts';

export function programSys(m: Machine, th: Thread, fr: FrameOf<'ext'>): ProcSys {
  return {
    nowMs: () => m.nowMs, random: () => m.sys.random(), fs: fsOf(m, th), hostname: m.sys.hostname,
    write: (fd, text) => writeFd(m, th, fr.io, fd, text), external: (n) => m.sys.external(n), env: fr.env, cwd: th.sh.cwd,
    tty: m.st.tty && fr.io[1]?.k === 'tty',
    ...(m.sys.net ? { net: m.sys.net } : {}),
  };
}
