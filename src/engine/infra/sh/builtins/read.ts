// read [-r] [-p PROMPT] [NAME]...: one line of standard input split on IFS into the names (the last
// takes the rest); waits while no whole line has arrived. Status 1 at end of input.
// Mirrors busybox shell_builtin_read.

import { exit } from '../applets/types.ts';
import { DEFAULT_IFS, setVar } from '../vars.ts';
import type { Builtin } from './types.ts';

export const read: Builtin = (b, memo) => {
  let raw = false;
  const names: string[] = [];
  const args = b.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-r') raw = true;
    else if (a === '-p') {
      if (memo === undefined) b.err(args[i + 1] ?? '');
      i++;
    } else if (a === '-s') continue;
    else names.push(a);
  }
  let line = (memo as string | undefined) ?? '';
  for (;;) {
    const r = b.read('line');
    line += r.data;
    const complete = line.endsWith('\n') && !(!raw && line.endsWith('\\\n'));
    if (complete || r.eof) {
      assign(b, names.length > 0 ? names : ['REPLY'], line.replace(/\n$/, ''), raw);
      return exit(complete ? 0 : 1);
    }
    if (r.data === '') return { t: 'read', memo: line };
  }
};

function assign(b: Parameters<Builtin>[0], names: readonly string[], line: string, raw: boolean): void {
  const text = raw ? line : line.replace(/\\\n/g, '').replace(/\\(.)/g, '$1');
  const ifs = b.lookup('IFS') ?? DEFAULT_IFS;
  const white = [...ifs].filter((c) => ' \t\n'.includes(c)).join('');
  const isWhite = (c: string): boolean => white.includes(c);
  let rest = text;
  while (rest !== '' && isWhite(rest[0]!)) rest = rest.slice(1);
  names.forEach((name, i) => {
    if (i === names.length - 1) {
      let end = rest.length;
      while (end > 0 && isWhite(rest[end - 1]!)) end--;
      setVar(b.th.sh, name, rest.slice(0, end));
      return;
    }
    let j = 0;
    while (j < rest.length && !ifs.includes(rest[j]!)) j++;
    setVar(b.th.sh, name, rest.slice(0, j));
    rest = rest.slice(j);
    if (rest !== '' && !isWhite(rest[0]!)) rest = rest.slice(1);
    while (rest !== '' && isWhite(rest[0]!)) rest = rest.slice(1);
  });
}
