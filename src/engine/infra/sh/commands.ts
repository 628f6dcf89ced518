// Which commands a shell knows and where they live: its special and regular builtins, the applets
// the image has, and the executable directories a path must name for an applet to answer.

import { appletPath, hasApplet, SHELL_APPLETS } from './applets/registry.ts';
import type { ProcState, Thread } from './state.ts';
import { own } from './vars.ts';

/** POSIX special builtins: their assignments persist, their errors end a script. */
export const SPECIAL_BUILTINS: ReadonlySet<string> = new Set([':', '.', 'break', 'continue', 'eval', 'exec', 'exit', 'export', 'readonly', 'return', 'set', 'shift', 'source', 'trap', 'unset', 'local']);
export const REGULAR_BUILTINS: ReadonlySet<string> = new Set(['cd', 'read', 'wait', 'type', 'command', 'umask', 'alias', 'unalias', 'hash', 'jobs', 'ulimit', 'getopts']);
const BIN_DIRS = new Set(['/bin', '/usr/bin', '/sbin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin']);
export const SHELL_NAMES: ReadonlySet<string> = new Set(['sh', 'ash', 'bash', 'dash']);

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Whether the applet answers to `name` (bare, or by its path in a bin directory). */
export function appletFor(st: ProcState, name: string): string | undefined {
  const base = baseName(name);
  if (name.includes('/') && !BIN_DIRS.has(name.slice(0, name.lastIndexOf('/')) || '/')) return undefined;
  if (hasApplet(st.toolbox, base)) return base;
  return st.dialect !== null && !name.includes('/') && SHELL_APPLETS.has(base) ? base : undefined;
}

/** Whether the image has the shell `name` (`sh`, `bash`…). */
export function shellFor(st: ProcState, name: string): 'ash' | 'dash' | 'bash' | undefined {
  const base = baseName(name);
  if (!SHELL_NAMES.has(base)) return undefined;
  if (base === 'bash') return st.flavour === 'bash' ? 'bash' : undefined;
  if (base === 'ash') return st.toolbox === 'busybox' ? 'ash' : undefined;
  if (base === 'dash') return st.flavour === 'bash' || st.flavour === 'dash' ? 'dash' : undefined;
  if (st.flavour === null) return st.toolbox === 'busybox' ? 'ash' : undefined;
  return st.flavour === 'ash' ? 'ash' : 'dash';
}

/** What `command -v`/`type` say a name is. */
export function describe(st: ProcState, th: Thread, name: string, external: (n: string) => boolean): { kind: 'builtin' | 'function' | 'file'; path: string } | undefined {
  if (own(th.sh.funcs, name)) return { kind: 'function', path: name };
  if (SPECIAL_BUILTINS.has(name) || REGULAR_BUILTINS.has(name) || (SHELL_APPLETS.has(name) && st.dialect !== null)) return { kind: 'builtin', path: name };
  if (name.includes('/')) return { kind: 'file', path: name };
  const shell = shellFor(st, name);
  if (shell) return { kind: 'file', path: name === 'bash' ? '/usr/bin/bash' : `/bin/${name}` };
  if (appletFor(st, name)) return { kind: 'file', path: appletPath(name, st.toolbox === 'busybox') };
  if (external(name)) return { kind: 'file', path: `/usr/bin/${name}` };
  return undefined;
}
