// The shells' own error lines: prefix (`sh: `, `sh: cd: line 1: `, `sh: 1: `, `bash: line 1: `) and
// the wording of each dialect for "not found", syntax errors and redirection failures.
// Mirrors ash.c ash_vmsg/errmsg, dash's error.c and bash's error messages.

import { ERRNO_TEXT, type FsError } from '../fs/errors.ts';
import type { ShellDialect } from './state.ts';

export interface DiagCtx {
  readonly dialect: ShellDialect;
  /** `$0`: `sh`, `/bin/sh`, or the script's path. */
  readonly arg0: string;
  readonly line: number;
  /** The script file running (ash then names it, unless it is `$0`, and the line). */
  readonly file?: string;
  readonly interactive: boolean;
}

export function prefix(c: DiagCtx, builtin?: string): string {
  const b = builtin ? `${builtin}: ` : '';
  if (c.dialect === 'ash') {
    if (builtin) return `${c.arg0}: ${b}${c.interactive ? '' : `line ${c.line}: `}`;
    if (c.file === undefined) return `${c.arg0}: `;
    return `${c.arg0}: ${c.file !== c.arg0 ? `${c.file}: ` : ''}line ${c.line}: `;
  }
  if (c.dialect === 'dash') return `${c.arg0}: ${c.interactive ? '' : `${c.line}: `}${b}`;
  return `${c.arg0}: ${c.interactive ? '' : `line ${c.line}: `}${b}`;
}

export function notFound(c: DiagCtx, name: string): string {
  if (c.dialect === 'bash') return `${prefix(c)}${name}: ${name.includes('/') ? 'No such file or directory' : 'command not found'}\n`;
  return `${prefix(c)}${name}: not found\n`;
}

export function permissionDenied(c: DiagCtx, name: string): string {
  return `${prefix(c)}${name}: Permission denied\n`;
}

/** A parse error, given in ash's words (`syntax error: unexpected "done"`). */
export function syntaxError(c: DiagCtx, ashText: string): string {
  if (c.dialect === 'ash') return `${prefix(c)}${ashText}\n`;
  const m = /^syntax error: unexpected (.+?)(?: \(expecting (.+)\))?$/.exec(ashText);
  if (c.dialect === 'dash') {
    const text = m ? `Syntax error: ${m[1]} unexpected${m[2] ? ` (expecting ${m[2]})` : ''}` : ashText.replace(/^syntax error: (.)/, (_, ch: string) => `Syntax error: ${ch.toUpperCase()}`);
    return `${prefix(c)}${text}\n`;
  }
  const where = c.interactive ? `${c.arg0}: ` : `${c.arg0}: ${c.file !== undefined ? '' : '-c: '}line ${c.line}: `;
  if (m && m[1] !== 'end of file') return `${where}syntax error near unexpected token \`${m[1]!.replace(/^"|"$/g, '')}'\n`;
  return `${where}syntax error: unexpected end of file\n`;
}

/** `> file` failed. */
export function cannotCreate(c: DiagCtx, file: string, err: FsError): string {
  const missing = err.errno === 'ENOENT' || err.errno === 'ENOTDIR';
  if (c.dialect === 'ash') return `${prefix(c)}can't create ${file}: ${missing ? 'nonexistent directory' : ERRNO_TEXT[err.errno]}\n`;
  if (c.dialect === 'dash') return `${prefix(c)}cannot create ${file}: ${missing ? 'Directory nonexistent' : ERRNO_TEXT[err.errno]}\n`;
  return `${prefix(c)}${file}: ${ERRNO_TEXT[err.errno]}\n`;
}

/** `< file` failed. */
export function cannotOpen(c: DiagCtx, file: string, err: FsError): string {
  const missing = err.errno === 'ENOENT' || err.errno === 'ENOTDIR';
  if (c.dialect === 'ash') return `${prefix(c)}can't open ${file}: ${missing ? 'no such file' : ERRNO_TEXT[err.errno]}\n`;
  if (c.dialect === 'dash') return `${prefix(c)}cannot open ${file}: ${missing ? 'No such file' : ERRNO_TEXT[err.errno]}\n`;
  return `${prefix(c)}${file}: ${ERRNO_TEXT[err.errno]}\n`;
}
