// File descriptors of a running command: writing to the terminal, pipes, files and /dev/null;
// reading from stdin and pipes; and applying redirections (`>`, `>>`, `<`, `2>&1`, here-documents)
// to a descriptor table. A write to a pipe nobody reads breaks the writer (SIGPIPE).

import { isFsError, type FsError } from '../fs/errors.ts';
import { DEV_NULL } from '../fs/vfs.ts';
import type { RedirOp } from './ast.ts';
import { fsOf, newPipe, type Machine } from './kernel.ts';
import type { Fd, Io, ProcState, Thread } from './state.ts';

export const TTY_IO: Io = { 0: { k: 'stdin' }, 1: { k: 'tty', fd: 1 }, 2: { k: 'tty', fd: 2 } };

export function writeFd(m: Machine, th: Thread, io: Io, fd: number, text: string): void {
  if (text === '') return;
  const target = io[fd];
  if (!target) return;
  if (target.k === 'tty') m.sys.write(target.fd, text);
  else if (target.k === 'pipe') {
    const p = m.st.pipes[target.id];
    if (!p) th.broken = true;
    else p.buf += text;
  } else if (target.k === 'file') fsOf(m, th).writeFile(target.path, text, { append: true });
}

/** Whether a read from `fd` would not block (data waiting, or end of file). */
export function canRead(st: ProcState, fd: Fd | undefined): boolean {
  if (!fd) return true;
  if (fd.k === 'stdin') return st.stdin.buf !== '' || st.stdin.eof;
  if (fd.k === 'pipe') {
    const p = st.pipes[fd.id];
    return !p || p.buf !== '' || p.wclosed;
  }
  return true;
}

/** Takes what `fd` holds now; `eof` once nothing more can come. */
export function readFd(st: ProcState, fd: Fd | undefined, upTo?: 'line'): { data: string; eof: boolean } {
  const take = (buf: string): [string, string] => {
    if (upTo !== 'line') return [buf, ''];
    const nl = buf.indexOf('\n');
    return nl < 0 ? [buf, ''] : [buf.slice(0, nl + 1), buf.slice(nl + 1)];
  };
  if (fd?.k === 'stdin') {
    const [data, rest] = take(st.stdin.buf);
    st.stdin.buf = rest;
    return { data, eof: st.stdin.eof && rest === '' };
  }
  if (fd?.k === 'pipe') {
    const p = st.pipes[fd.id];
    if (!p) return { data: '', eof: true };
    const [data, rest] = take(p.buf);
    p.buf = rest;
    return { data, eof: p.wclosed && rest === '' };
  }
  return { data: '', eof: true };
}

/** A redirection with its target expanded. */
export interface ResolvedRedir {
  readonly fd: number;
  readonly op: RedirOp;
  readonly target: string;
}

export type RedirFailure = { readonly kind: 'create' | 'open'; readonly file: string; readonly err: FsError } | { readonly kind: 'badfd'; readonly fd: string };

/**
 * Applies redirections to a copy of `io`. Input files and here-documents become pipes holding their
 * text, recorded in `temp` (the frame closes them when it ends).
 */
export function applyRedirs(m: Machine, th: Thread, io: Io, redirs: readonly ResolvedRedir[], temp: number[]): Io | RedirFailure {
  const out: Record<string, Fd> = { ...io };
  const fs = fsOf(m, th);
  for (const r of redirs) {
    const fd = String(r.fd);
    if (r.op === '<<') {
      const id = newPipe(m.st, r.target, true);
      temp.push(id);
      out[fd] = { k: 'pipe', id };
      continue;
    }
    if ((r.op === '>&' || r.op === '<&') && /^(\d+|-)$/.test(r.target)) {
      if (r.target === '-') delete out[fd];
      else if (out[r.target]) out[fd] = out[r.target]!;
      else return { kind: 'badfd', fd: r.target };
      continue;
    }
    const special = devicePath(out, r.target);
    if (r.op === '<' || r.op === '<&' || r.op === '<>') {
      if (special) {
        out[fd] = special;
        continue;
      }
      const data = fs.readFile(r.target);
      if (isFsError(data)) {
        if (!(r.op === '<>' && data.errno === 'ENOENT')) return { kind: 'open', file: r.target, err: data };
        const made = fs.writeFile(r.target, '');
        if (made) return { kind: 'open', file: r.target, err: made };
      }
      const id = newPipe(m.st, isFsError(data) ? '' : data, true);
      temp.push(id);
      out[fd] = { k: 'pipe', id };
      continue;
    }
    const target = special ?? openForWrite(m, th, r.target, r.op === '>>');
    if ('errno' in target) return { kind: 'create', file: r.target, err: target };
    if (r.op === '&>' || r.op === '>&') {
      out['1'] = target;
      out['2'] = target;
    } else out[fd] = target;
  }
  return out;
}

function devicePath(io: Record<string, Fd>, path: string): Fd | undefined {
  if (path === DEV_NULL) return { k: 'null' };
  const m = /^\/dev\/(stdin|stdout|stderr|fd\/(\d))$/.exec(path);
  if (!m) return undefined;
  const n = m[2] ?? (m[1] === 'stdin' ? '0' : m[1] === 'stdout' ? '1' : '2');
  return io[n] ?? { k: 'null' };
}

function openForWrite(m: Machine, th: Thread, path: string, append: boolean): Fd | FsError {
  const fs = fsOf(m, th);
  const err = fs.writeFile(path, '', { append });
  return err ?? { k: 'file', path: fs.abs(path) };
}
