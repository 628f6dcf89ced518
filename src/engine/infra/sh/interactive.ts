// A shell reading commands from its standard input: line by line, asking for more (PS2) while a
// command is incomplete. Interactive (a tty): it shows prompts and survives errors; otherwise
// (`sh` fed by a pipe) it stops at the first syntax error and at end of input.
// Prompts as the shells draw them: busybox ash's `\w \$ `, Debian bash's `\u@\h:\w\$ `, dash's `# `.

import { prefix, syntaxError } from './diag.ts';
import { diagOf } from './failures.ts';
import { pushScript } from './frames.ts';
import { canRead, readFd, writeFd } from './io.ts';
import { done, mainThread, top, type Machine } from './kernel.ts';
import { checkComplete } from './parser.ts';
import type { FrameOf, ProcState, ShellDialect, Thread } from './state.ts';
import { getVar } from './vars.ts';

export const DEFAULT_PS1: Readonly<Record<ShellDialect, string>> = { ash: '\\w \\$ ', bash: '\\u@\\h:\\w\\$ ', dash: '# ' };

export function stepRepl(m: Machine, th: Thread, fr: FrameOf<'repl'>): void {
  const stdin = fr.io[0];
  if (!canRead(m.st, stdin)) {
    th.wait = { k: 'read', fd: stdin ?? { k: 'null' } };
    return;
  }
  const r = readFd(m.st, stdin, 'line');
  if (r.data === '') {
    if (fr.buf !== '' && m.st.dialect === 'bash') writeFd(m, th, fr.io, 2, `${prefix(diagOf(m, th, fr.lines))}syntax error: unexpected end of file\n`);
    if (m.st.interactive && m.st.dialect === 'bash') writeFd(m, th, fr.io, 2, 'exit\n');
    return done(m, th, th.sh.status);
  }
  fr.buf += r.data.endsWith('\n') ? r.data : `${r.data}\n`;
  fr.lines++;
  const check = checkComplete(fr.buf);
  if (check.state === 'more' && !r.eof) return;
  const src = fr.buf;
  fr.buf = '';
  if (check.state === 'error' && m.st.interactive) {
    writeFd(m, th, fr.io, 2, syntaxError(diagOf(m, th, fr.lines), check.msg));
    th.sh.status = 2;
    return;
  }
  pushScript(th, src, 'line', fr.io);
}

/** The prompt to show now: PS1, PS2 inside an incomplete command, '' while a command runs. */
export function promptOf(st: ProcState): string {
  const main = mainThread(st);
  const fr = main && top(main);
  if (!main || !st.interactive || st.exited !== undefined || fr?.f !== 'repl' || st.stdin.buf !== '') return '';
  if (fr.buf !== '') return getVar(main.sh, 'PS2') ?? '> ';
  return expandPrompt(getVar(main.sh, 'PS1') ?? DEFAULT_PS1[st.dialect ?? 'ash'], main);
}

function expandPrompt(ps1: string, th: Thread): string {
  const home = getVar(th.sh, 'HOME') ?? '';
  const cwd = th.sh.cwd;
  const w = home !== '' && home !== '/' && (cwd === home || cwd.startsWith(`${home}/`)) ? `~${cwd.slice(home.length)}` : cwd;
  const host = getVar(th.sh, 'HOSTNAME') ?? 'localhost';
  return ps1.replace(/\\([wWuhH$n\\])/g, (_, c: string) => {
    switch (c) {
      case 'w': return w;
      case 'W': return cwd === '/' ? '/' : w === '~' ? '~' : cwd.slice(cwd.lastIndexOf('/') + 1);
      case 'u': return 'root';
      case 'h': return host.split('.')[0]!;
      case 'H': return host;
      case '$': return '#';
      case 'n': return '\n';
      default: return '\\';
    }
  });
}
