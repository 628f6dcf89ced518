// The sed program over an abstract machine — files read and written through callbacks, standard
// input taken whole — so the containers' busybox and the workstation's GNU shell share it.

import { parseSedArgs, SED_USAGE } from './args.ts';
import { runSed } from './run.ts';
import { parseSedScript, SedSyntaxError, type SedCommand } from './script.ts';

export interface SedIo {
  /** A file's text, or the error's text (`No such file or directory`). */
  read(path: string): { readonly text: string } | { readonly error: string };
  write(path: string, text: string): { readonly error: string } | undefined;
  /** Standard input, whole (read only when a `-` or no file is given). */
  stdin(): string;
}

export interface SedOutcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/** True when the command reads standard input (no file operand, or `-`). */
export function sedReadsStdin(argv: readonly string[]): boolean {
  const parsed = parseSedArgs(argv);
  return 'ok' in parsed && parsed.ok.inPlace === undefined && (parsed.ok.files.length === 0 || parsed.ok.files.includes('-'));
}

export function sedProgram(argv: readonly string[], io: SedIo): SedOutcome {
  const parsed = parseSedArgs(argv);
  if ('error' in parsed) return { stdout: '', stderr: parsed.error === '' ? SED_USAGE : `sed: ${parsed.error}\n${SED_USAGE}`, code: 1 };
  const args = parsed.ok;
  const texts: string[] = [];
  for (const source of args.scripts) {
    if ('text' in source) {
      texts.push(source.text);
      continue;
    }
    const file = io.read(source.file);
    if ('error' in file) return { stdout: '', stderr: `sed: couldn't open file ${source.file}: ${file.error}\n`, code: 1 };
    texts.push(file.text.replace(/\n$/, ''));
  }
  let commands: SedCommand[];
  try {
    commands = parseSedScript(texts.join('\n'), args.extended);
  } catch (e) {
    if (e instanceof SedSyntaxError) return { stdout: '', stderr: `sed: ${e.message}\n`, code: 1 };
    throw e;
  }
  const opts = { quiet: args.quiet };
  let stderr = '';
  let failed = false;
  if (args.inPlace !== undefined) {
    if (args.files.length === 0) return { stdout: '', stderr: 'sed: no input files\n', code: 1 };
    for (const path of args.files) {
      const file = io.read(path);
      if ('error' in file) {
        stderr += `sed: can't read ${path}: ${file.error}\n`;
        failed = true;
        continue;
      }
      const result = runSed(commands, file.text, opts);
      if (args.inPlace !== '') io.write(`${path}${args.inPlace}`, file.text);
      const written = io.write(path, result.output);
      if (written !== undefined) {
        stderr += `sed: couldn't open temporary file ${path}: ${written.error}\n`;
        failed = true;
      }
      if (result.exitCode !== 0) return { stdout: '', stderr, code: result.exitCode };
    }
    return { stdout: '', stderr, code: failed ? 2 : 0 };
  }
  let input = '';
  for (const path of args.files.length === 0 ? ['-'] : args.files) {
    const file = path === '-' ? { text: io.stdin() } : io.read(path);
    if ('error' in file) {
      stderr += `sed: can't read ${path}: ${file.error}\n`;
      failed = true;
      continue;
    }
    input += input !== '' && !input.endsWith('\n') ? `\n${file.text}` : file.text;
  }
  const result = runSed(commands, input, opts);
  return { stdout: result.output, stderr, code: result.exitCode !== 0 ? result.exitCode : failed ? 2 : 0 };
}
