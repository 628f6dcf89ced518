// How kubectl edit runs the editor (pkg/cmd/util/editor/editor.go): $KUBE_EDITOR, else $EDITOR,
// else vi; a value with spaces is split on them, and one with quotes or backslashes goes to
// `$SHELL -c` with the file's path appended, quoted. The editor is a program of the workstation's
// shell, run on the temp file; it may keep running (vi shows the file in the editor pane).
// Deviation from upstream: `$SHELL -c` is emulated — its words are split (quotes and backslashes
// honoured) and the first one run — since the workstation has no separate shell binary.

import { goQuote } from '../../../../engine/index.ts';
import { withArgv } from '../../../shell/builtins/context.ts';
import { EXIT_STATUS } from '../../../shell/exit-status.ts';
import type { CommandContext, Process } from '../../../shell/types.ts';

export const DEFAULT_EDITOR = 'vi';
const DEFAULT_SHELL = '/bin/bash';

export interface EditorCommand {
  /** The command line as kubectl names it in its errors (`vi`, `/bin/bash -c code --wait`). */
  readonly args: readonly string[];
  /** True when the command line goes through `$SHELL -c`. */
  readonly viaShell: boolean;
}

/** NewDefaultEditor(["KUBE_EDITOR", "EDITOR"]). */
export function editorCommand(vars: { get(name: string): string | undefined }): EditorCommand {
  const editor = vars.get('KUBE_EDITOR') || vars.get('EDITOR') || DEFAULT_EDITOR;
  if (!editor.includes(' ')) return { args: [editor], viaShell: false };
  if (!/["'\\]/.test(editor)) return { args: editor.split(' '), viaShell: false };
  return { args: [vars.get('SHELL') || DEFAULT_SHELL, '-c', editor], viaShell: true };
}

export const ERR_EDITOR_NOT_FOUND = (e: EditorCommand): string => `unable to launch the editor ${goQuote(e.args.join(' '))}`;
export const ERR_EDITOR_FAILED = (e: EditorCommand): string => `there was a problem with the editor ${goQuote(e.args.join(' '))}`;

export type Launched =
  | { readonly kind: 'exited'; readonly exitCode: number }
  | { readonly kind: 'running'; readonly process: Process }
  | { readonly kind: 'not-found' };

/** Starts the editor on `path` as the shell would run it. */
export function launchEditor(shell: CommandContext, editor: EditorCommand, path: string): Launched {
  const argv = editor.viaShell ? [...shellWords(editor.args[2]!), path] : [...editor.args, path];
  const program = findProgram(shell, argv[0]!);
  if (program === undefined) {
    if (!editor.viaShell) return { kind: 'not-found' };
    // The shell itself started, then could not find the command.
    shell.io.stderr.write(`${editor.args[0]}: line 1: ${argv[0]}: command not found\n`);
    return { kind: 'exited', exitCode: EXIT_STATUS.notFound };
  }
  const result = program(withArgv(shell, argv));
  return typeof result === 'number' ? { kind: 'exited', exitCode: result } : { kind: 'running', process: result };
}

/** A program by name, or by the path `which` gives for it (`/usr/bin/vi`). */
function findProgram(shell: CommandContext, name: string): ReturnType<CommandContext['lookup']> {
  if (!name.includes('/')) return shell.lookup(name);
  const base = name.slice(name.lastIndexOf('/') + 1);
  return shell.findCommand?.(base)?.path === name ? shell.lookup(base) : undefined;
}

/** The words of a simple command line: blanks separate, quotes group, a backslash escapes. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      else word += c;
    } else if (c === '\\' && i + 1 < line.length && (quote === null || '"\\$`'.includes(line[i + 1]!))) {
      word = (word ?? '') + line[++i]!;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (c === ' ' || c === '\t') {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}
