// `help`: a short listing of the shell's own commands in bash's style, and `help NAME` for one.

import type { CommandContext, CommandSpec } from '../types.ts';

const HEADER = `GNU bash, version 5.1.16(1)-release (x86_64-pc-linux-gnu)
These shell commands are defined internally.  Type \`help' to see this list.
Type \`help name' to find out more about the function \`name'.

`;

const SYNOPSES: Readonly<Record<string, string>> = {
  cd: 'cd [dir]',
  echo: 'echo [-neE] [arg ...]',
  export: 'export [-n] [name[=value] ...] or export -p',
  false: 'false',
  help: 'help [pattern ...]',
  history: 'history [n]',
  pwd: 'pwd',
  true: 'true',
  type: 'type [-t] name [name ...]',
  unset: 'unset [name ...]',
};

function help(ctx: CommandContext): number {
  const topics = ctx.argv.slice(1);
  if (topics.length === 0) {
    const lines = Object.values(SYNOPSES).map((synopsis) => ` ${synopsis}\n`);
    ctx.io.stdout.write(`${HEADER}${lines.join('')}`);
    return 0;
  }
  let status = 0;
  for (const topic of topics) {
    const synopsis = SYNOPSES[topic];
    if (synopsis !== undefined) ctx.io.stdout.write(`${topic}: ${synopsis}\n`);
    else {
      ctx.io.stderr.write(`bash: help: no help topics match \`${topic}'.  Try \`help help' or \`man -k ${topic}' or \`info ${topic}'.\n`);
      status = 1;
    }
  }
  return status;
}

export const HELP: CommandSpec = { name: 'help', run: help };
