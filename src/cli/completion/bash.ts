// Tab completion on the workstation, as bash with bash-completion and kubectl's completion script
// does it: command names for the first word, kubectl's own completion after `kubectl`, directories
// after `cd`, commands after `which`/`type`, and filenames everywhere else (`complete -o default`).

import type { Cluster } from '../../engine/index.ts';
import type { VirtualFs } from '../fs/virtual-fs.ts';
import type { Completions } from '../line-editor/completion.ts';
import { completeKubectl } from './kubectl/cobra.ts';
import { completePaths, type PathOptions } from './files.ts';
import { commandWords, rawIndex, type CommandWords } from './words.ts';

/** What completion reads of the machine the shell runs on. */
export interface CompletionMachine {
  readonly fs: VirtualFs;
  /** The shell's working directory, now. */
  readonly cwd: string;
  readonly home: string;
  /** The programs and builtins the shell runs, for the first word. */
  readonly commands: readonly string[];
  /** The cluster kubectl talks to, when kubectl is installed. */
  readonly cluster?: Cluster;
}

const COMMAND_ARGUMENT = new Set(['which', 'type', 'command']);

/** The completer of a bash line: what Tab offers for the word before `cursor`. */
export function completeBash(machine: CompletionMachine, line: string, cursor: number): Completions {
  const w = commandWords(line, cursor);
  if (w.unsupported) return { start: cursor, matches: [] };
  if (w.afterRedirection) return files(machine, w, w.start, w.current);
  if (w.words.length === 0) return commandNames(machine, w);
  const program = w.words[0]!.slice(w.words[0]!.lastIndexOf('/') + 1);
  if (program === 'kubectl' && machine.cluster && w.quote === undefined) {
    const reply = completeKubectl({ cluster: machine.cluster, fs: machine.fs, cwd: machine.cwd, home: machine.home }, w.words.slice(1), w.current, w.start);
    if (reply.kind === 'words') return { start: reply.start, matches: reply.matches, noSpace: reply.noSpace };
    return files(machine, w, reply.start, reply.word, reply.extensions ? { extensions: reply.extensions } : {});
  }
  if (program === 'cd') return files(machine, w, w.start, w.current, { directoriesOnly: true });
  if (COMMAND_ARGUMENT.has(program)) return { start: w.start, matches: machine.commands.filter((c) => c.startsWith(w.current)) };
  return files(machine, w, w.start, w.current);
}

/** The first word: a path, or the shell's commands and the working directory's subdirectories. */
function commandNames(machine: CompletionMachine, w: CommandWords): Completions {
  if (w.current.includes('/')) return files(machine, w, w.start, w.current);
  const dirs = completePaths(machine.fs, machine.cwd, machine.home, w.current, { directoriesOnly: true });
  const commands = machine.commands.filter((c) => c.startsWith(w.current));
  return { start: w.start, matches: [...commands, ...dirs.matches], directories: dirs.directories, ...quoted(w) };
}

/** Filenames for `word`, which starts at `start`; the default completion also splits at `=` and `:` (COMP_WORDBREAKS). */
function files(machine: CompletionMachine, w: CommandWords, start: number, word: string, options: PathOptions = {}): Completions {
  const cut = w.quote === undefined ? Math.max(word.lastIndexOf('='), word.lastIndexOf(':')) + 1 : 0;
  const found = completePaths(machine.fs, machine.cwd, machine.home, word.slice(cut), options);
  const offset = start === w.start ? rawIndex(w.raw, cut) : cut;
  return { start: start + offset, matches: found.matches, directories: found.directories, ...quoted(w) };
}

function quoted(w: CommandWords): { quote?: '"' | "'" } {
  return w.quote === undefined ? {} : { quote: w.quote };
}
