// kill [-s SIG|-SIG|-NUM] PID... and kill -l: signals processes of the container the program can
// see (in practice itself, PID 1 when it is the main process). Mirrors busybox procps/kill.c, and
// the bash and dash builtins' messages.

import { exit, type Applet, type AppletCtx } from './types.ts';

export const SIGNALS: ReadonlyArray<readonly [number, string]> = [
  [1, 'HUP'], [2, 'INT'], [3, 'QUIT'], [4, 'ILL'], [5, 'TRAP'], [6, 'ABRT'], [7, 'BUS'], [8, 'FPE'], [9, 'KILL'], [10, 'USR1'],
  [11, 'SEGV'], [12, 'USR2'], [13, 'PIPE'], [14, 'ALRM'], [15, 'TERM'], [16, 'STKFLT'], [17, 'CHLD'], [18, 'CONT'], [19, 'STOP'],
  [20, 'TSTP'], [21, 'TTIN'], [22, 'TTOU'], [23, 'URG'], [24, 'XCPU'], [25, 'XFSZ'], [26, 'VTALRM'], [27, 'PROF'], [28, 'WINCH'],
  [29, 'POLL'], [30, 'PWR'], [31, 'SYS'],
];

/** A signal name from `TERM`, `SIGTERM` or `15`; undefined when unknown. */
export function signalName(spec: string): string | undefined {
  const s = spec.toUpperCase().replace(/^SIG/, '');
  if (s === 'EXIT') return 'EXIT';
  if (/^\d+$/.test(s)) return Number(s) === 0 ? 'EXIT' : SIGNALS.find(([n]) => n === Number(s))?.[1];
  return SIGNALS.find(([, name]) => name === s)?.[1];
}

export const kill: Applet = (ctx) => {
  const args = ctx.argv.slice(1);
  if (args[0] === '-l' || args[0] === '-L') {
    ctx.out(`${SIGNALS.map(([n, name]) => `${String(n).padStart(2)}) SIG${name}`).join('\n')}\n`);
    return exit(0);
  }
  let sig = 'TERM';
  if (args[0] === '-s' || args[0] === '-n') {
    args.shift();
    const spec = args.shift() ?? '';
    const name = signalName(spec);
    if (!name) return badSignal(ctx, spec);
    sig = name;
  } else if (args[0]?.startsWith('-') && args[0] !== '--') {
    const spec = args.shift()!.slice(1);
    const name = signalName(spec);
    if (!name) return badSignal(ctx, spec);
    sig = name;
  }
  if (args[0] === '--') args.shift();
  if (args.length === 0) {
    ctx.err(ctx.shell === 'bash' ? `${ctx.errPrefix}usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n` : `${ctx.errPrefix}you need to specify whom to kill\n`);
    return exit(ctx.shell === 'bash' ? 2 : 1);
  }
  let status = 0;
  for (const a of args) {
    if (!/^-?\d+$/.test(a)) {
      ctx.err(ctx.shell === 'bash' ? `${ctx.errPrefix}${a}: arguments must be process or job IDs\n` : `${ctx.errPrefix}invalid number '${a}'\n`);
      status = 1;
      continue;
    }
    if (!ctx.signal(Number(a), sig)) {
      if (ctx.shell === 'bash') ctx.err(`${ctx.errPrefix}(${a}) - No such process\n`);
      else if (ctx.shell === 'dash') ctx.err(`${ctx.errPrefix}No such process\n`);
      else ctx.err(`${ctx.errPrefix}can't kill pid ${a}: No such process\n`);
      status = 1;
    }
  }
  return exit(status);
};

function badSignal(ctx: AppletCtx, spec: string): ReturnType<Applet> {
  ctx.err(ctx.shell === 'bash' ? `${ctx.errPrefix}${spec}: invalid signal specification\n` : `${ctx.errPrefix}bad signal name '${spec}'\n`);
  return exit(1);
}
