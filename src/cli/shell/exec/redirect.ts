// Applies a command's redirections left to right, so `>out 2>&1` and `2>&1 >out` differ as in bash.
// A failure (missing directory, ambiguous target) is printed as bash prints it and the command
// does not run.

import { FsError, resolvePath } from '../../fs/virtual-fs.ts';
import type { Redirect } from '../parse/ast.ts';
import type { OutputStream } from '../types.ts';
import type { Expander } from './expand.ts';
import { homeOf } from './state.ts';
import type { Fds, ShellState, Step } from './state.ts';
import { FileSink, NULL_SINK } from './streams.ts';
import { fsErrorText } from './messages.ts';

interface Table {
  stdin: string;
  stdout: OutputStream;
  stderr: OutputStream;
}

class RedirectError extends Error {
  override readonly name = 'RedirectError';
}

function openForWrite(state: ShellState, target: string, append: boolean, table: Table): OutputStream {
  const path = resolvePath(state.cwd, target, homeOf(state));
  if (path === '/dev/null') return NULL_SINK;
  if (path === '/dev/stdout') return table.stdout;
  if (path === '/dev/stderr') return table.stderr;
  if (state.fs.stat(path)?.type === 'dir') throw new RedirectError(`${target}: Is a directory`);
  try {
    if (append) state.fs.appendFile(path, '');
    else state.fs.writeFile(path, '');
  } catch (error) {
    if (error instanceof FsError) throw new RedirectError(`${target}: ${fsErrorText(error.code)}`);
    throw error;
  }
  return new FileSink(state.fs, path);
}

function readForInput(state: ShellState, target: string): string {
  const path = resolvePath(state.cwd, target, homeOf(state));
  if (path === '/dev/null') return '';
  try {
    return state.fs.readFile(path);
  } catch (error) {
    if (error instanceof FsError) throw new RedirectError(`${target}: ${fsErrorText(error.code)}`);
    throw error;
  }
}

function duplicate(table: Table, fd: number, target: string): void {
  const source = target === '0' ? undefined : target === '1' ? table.stdout : target === '2' ? table.stderr : undefined;
  const sink = target === '-' ? NULL_SINK : source;
  if (sink === undefined) throw new RedirectError(`${target}: Bad file descriptor`);
  if (fd === 1) table.stdout = sink;
  else if (fd === 2) table.stderr = sink;
}

function* applyOne(redirect: Redirect, state: ShellState, table: Table, expander: Expander): Step<void> {
  const { fd, op } = redirect;
  if (redirect.heredoc !== undefined) {
    table.stdin = yield* expander.single(redirect.heredoc.body);
    return;
  }
  if (op === '<<<') {
    table.stdin = `${yield* expander.assignmentValue(redirect.target)}\n`;
    return;
  }
  const fields = yield* expander.fields(redirect.target);
  const target = fields[0];
  if (fields.length !== 1 || target === undefined) throw new RedirectError(`${redirect.target.raw}: ambiguous redirect`);
  const isDup = (op === '>&' || op === '<&') && /^([0-9]+|-)$/.test(target);
  if (isDup) duplicate(table, fd, target);
  else if (op === '<&' || (op === '>&' && fd !== 1)) throw new RedirectError(`${target}: ambiguous redirect`);
  else if (op === '<') table.stdin = readForInput(state, target);
  else if (op === '&>' || op === '&>>' || (op === '>&' && fd === 1)) {
    table.stdout = openForWrite(state, target, op === '&>>', table);
    table.stderr = table.stdout;
  } else {
    const sink = openForWrite(state, target, op === '>>', table);
    if (fd === 1) table.stdout = sink;
    else if (fd === 2) table.stderr = sink;
  }
}

/** The streams after `redirects`, or the exit status 1 when one fails (its message printed). */
export function* applyRedirects(
  redirects: readonly Redirect[],
  state: ShellState,
  fds: Fds,
  expander: Expander,
): Step<Fds | number> {
  const table: Table = { stdin: fds.stdin, stdout: fds.stdout, stderr: fds.stderr };
  for (const redirect of redirects) {
    try {
      yield* applyOne(redirect, state, table, expander);
    } catch (error) {
      if (!(error instanceof RedirectError)) throw error;
      table.stderr.write(`bash: ${error.message}\n`);
      return 1;
    }
  }
  return { ...fds, ...table };
}
