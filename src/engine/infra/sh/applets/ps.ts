// ps: the container's processes the program can see, in busybox's default format
// (`PID   USER     TIME  COMMAND`). Mirrors busybox procps/ps.c with the desktop defaults.

import { exit, type Applet } from './types.ts';

export const ps: Applet = (ctx) => {
  const rows = [...ctx.procs()].sort((a, b) => a.pid - b.pid);
  const out = ['PID   USER     TIME  COMMAND', ...rows.map((p) => `${String(p.pid).padStart(5)} ${p.user.padEnd(8)}  0:00 ${p.args}`)];
  ctx.out(`${out.join('\n')}\n`);
  return exit(0);
};
