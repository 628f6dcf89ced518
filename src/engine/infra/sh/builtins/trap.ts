// trap [ACTION] [SIGNAL]...: sets what the shell does on a signal ('' ignores it, '-' restores the
// default), or lists the traps. Mirrors ash's trapcmd (`trap -- 'action' TERM`).

import { exit } from '../applets/types.ts';
import { signalName } from '../applets/kill.ts';
import { shellQuote } from './vars.ts';
import type { Builtin } from './types.ts';
import { put } from '../vars.ts';

export const trap: Builtin = (b) => {
  const traps = b.th.sh.traps;
  const args = b.argv.slice(1).filter((a, i) => !(i === 0 && a === '--'));
  if (args.length === 0 || (args.length === 1 && args[0] === '-p')) {
    b.out(Object.entries(traps).map(([sig, action]) => `trap -- ${shellQuote(action)} ${sig}\n`).join(''));
    return exit(0);
  }
  const first = args[0]!;
  const resetOnly = signalName(first) !== undefined && /^\d+$/.test(first);
  const action = resetOnly ? '-' : first;
  let status = 0;
  for (const spec of resetOnly ? args : args.slice(1)) {
    const sig = signalName(spec);
    if (sig === undefined) {
      b.fail(b.shell === 'bash' ? `${spec}: invalid signal specification` : `${spec}: bad trap`);
      status = 1;
      continue;
    }
    if (action === '-') delete traps[sig];
    else put(traps, sig, action);
  }
  return exit(status);
};
