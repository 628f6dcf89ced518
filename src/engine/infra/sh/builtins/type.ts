// type NAME... and command [-v|-V] NAME [ARG]...: what a name is, or running it past functions.
// Mirrors ash's typecmd/commandcmd output (`ls is /bin/ls`, `cd is a shell builtin`).

import { exit } from '../applets/types.ts';
import { describe } from '../commands.ts';
import type { Builtin, BuiltinCtx } from './types.ts';

function what(b: BuiltinCtx, name: string): ReturnType<typeof describe> {
  return describe(b.m.st, b.th, name, (n) => b.m.sys.external(n) !== undefined);
}

export const type: Builtin = (b) => {
  let status = 0;
  for (const name of b.argv.slice(1)) {
    const d = what(b, name);
    if (!d) {
      if (b.shell === 'bash') b.err(`${b.errPrefix}${name}: not found\n`);
      else b.out(`${name}: not found\n`);
      status = b.shell === 'bash' ? 1 : 127;
    } else if (d.kind === 'function') b.out(`${name} is a function\n`);
    else if (d.kind === 'builtin') b.out(`${name} is a shell builtin\n`);
    else b.out(`${name} is ${d.path}\n`);
  }
  return exit(status);
};

export const command: Builtin = (b) => {
  const args = b.argv.slice(1);
  if (args[0] === '-v' || args[0] === '-V') {
    let status = 0;
    for (const name of args.slice(1)) {
      const d = what(b, name);
      if (!d) status = 1;
      else b.out(args[0] === '-v' ? `${d.path}\n` : `${name} is ${d.kind === 'builtin' ? 'a shell builtin' : d.kind === 'function' ? 'a function' : d.path}\n`);
    }
    return exit(status);
  }
  if (args.length === 0) return exit(0);
  return { t: 'exec', argv: args };
};

export const umask: Builtin = (b) => {
  if (b.argv.length === 1) b.out('0022\n');
  return exit(0);
};

export const noop: Builtin = () => exit(0);
