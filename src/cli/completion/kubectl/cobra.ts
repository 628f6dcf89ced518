// kubectl's bash completion as `kubectl completion bash` (cobra's v1 script) runs it: walk the
// words to the (sub)command, skipping flags and their values; then complete flag names (`--x=` for
// flags that take a value, listed with and without `=`), a flag's value, or the arguments
// (subcommands and the command's ValidArgsFunction). With nothing to offer, bash lists files.

import type { FlagSpec } from '../../kubectl/flags.ts';
import { GLOBAL_FLAGS } from '../../kubectl/global-flags.ts';
import type { KubectlCommand } from '../../kubectl/command.ts';
import { KUBECTL_COMMANDS } from '../../kubectl/registry.ts';
import { clusterSource, type ClusterSource, type ConnectionFlags, type KubectlMachine } from './cluster-source.ts';
import { flagCompletion, type FlagCompletion } from './flag-values.ts';
import { VALID_ARGS } from './valid-args.ts';

export type KubectlReply =
  | { readonly kind: 'words'; readonly start: number; readonly matches: readonly string[]; readonly noSpace: boolean }
  /** Filenames for `word` (bash's `-o default` fallback, or `_filedir` with extensions). */
  | { readonly kind: 'files'; readonly start: number; readonly word: string; readonly extensions?: readonly string[] };

interface FoundFlag {
  readonly flag: FlagSpec;
  readonly global: boolean;
}

interface Walk {
  readonly command: KubectlCommand | undefined;
  readonly path: string;
  readonly nouns: readonly string[];
  /** The word being completed is the value of this flag (`-n <Tab>`). */
  readonly valueOf: FoundFlag | undefined;
  readonly connection: ConnectionFlags;
}

/** Completes `current` (starting at `start` in the line) after `kubectl` and `args`. */
export function completeKubectl(machine: KubectlMachine, args: readonly string[], current: string, start: number): KubectlReply {
  const walk = walkWords(args);
  const source = (): ClusterSource => clusterSource(machine, walk.connection);
  if (current.startsWith('-')) {
    const eq = current.indexOf('=');
    if (current.startsWith('--') && eq > 0) {
      const found = findFlag(current.slice(0, eq), walk.command);
      const completion = found && flagCompletion(walk.path, found.flag, found.global);
      const value = current.slice(eq + 1);
      return completion ? fromFlag(completion, walk, source, value, start + eq + 1) : { kind: 'files', start: start + eq + 1, word: value };
    }
    const matches = flagWords(walk.command).filter((w) => w.startsWith(current));
    if (matches.length === 0) return { kind: 'files', start, word: current };
    return { kind: 'words', start, matches, noSpace: matches[0]!.endsWith('=') };
  }
  if (walk.valueOf) {
    const completion = flagCompletion(walk.path, walk.valueOf.flag, walk.valueOf.global);
    return completion ? fromFlag(completion, walk, source, current, start) : { kind: 'files', start, word: current };
  }
  const subcommands = (walk.command ? walk.command.subcommands ?? [] : KUBECTL_COMMANDS).map((c) => c.name);
  const complete = walk.command && Object.hasOwn(VALID_ARGS, walk.path) ? VALID_ARGS[walk.path] : undefined;
  const reply = complete ? complete(source(), walk.nouns, current) : { matches: [] };
  const matches = [...subcommands, ...reply.matches].filter((m) => m.startsWith(current));
  if (matches.length === 0 && !reply.noFile) return { kind: 'files', start, word: current };
  const lonePrefixFlag = matches.length === 1 && /^--.*=$/.test(matches[0]!);
  return { kind: 'words', start, matches, noSpace: (reply.noSpace ?? false) || lonePrefixFlag };
}

function fromFlag(completion: FlagCompletion, walk: Walk, source: () => ClusterSource, value: string, start: number): KubectlReply {
  if (completion.kind === 'files') return { kind: 'files', start, word: value, extensions: completion.extensions };
  const reply = completion.complete(source(), walk.nouns, value);
  const matches = reply.matches.filter((m) => m.startsWith(value));
  if (matches.length === 0 && !reply.noFile) return { kind: 'files', start, word: value };
  return { kind: 'words', start, matches, noSpace: reply.noSpace ?? false };
}

function walkWords(args: readonly string[]): Walk {
  let command: KubectlCommand | undefined;
  const path: string[] = [];
  const nouns: string[] = [];
  const connection: Record<string, string> = {};
  let valueOf: FoundFlag | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word.startsWith('-')) {
      const eq = word.indexOf('=');
      const attached = /^-[^-]./.test(word) && eq < 0 ? { name: word.slice(0, 2), value: word.slice(2) } : undefined;
      const found = findFlag(attached?.name ?? (eq < 0 ? word : word.slice(0, eq)), command);
      if (!found) continue;
      if (eq > 0) noteConnection(connection, found, word.slice(eq + 1));
      else if (attached && takesValue(found.flag)) noteConnection(connection, found, attached.value);
      else if (!attached && takesValue(found.flag)) {
        if (i + 1 === args.length) valueOf = found;
        else noteConnection(connection, found, args[i + 1]!);
        i++;
      }
      continue;
    }
    const sub = (command ? command.subcommands ?? [] : KUBECTL_COMMANDS).find((c) => c.name === word || c.aliases?.includes(word));
    if (sub) {
      command = sub;
      path.push(sub.name);
    } else {
      nouns.push(word);
    }
  }
  return { command, path: path.join(' '), nouns, valueOf, connection };
}

const CONNECTION_FLAGS = new Set(['namespace', 'context', 'kubeconfig', 'as']);

function noteConnection(connection: Record<string, string>, found: FoundFlag, value: string): void {
  if (found.global && CONNECTION_FLAGS.has(found.flag.name)) connection[found.flag.name] = value;
}

/** pflag: a flag with neither a bool type nor a NoOptDefVal reads the next word. */
function takesValue(flag: FlagSpec): boolean {
  return flag.type !== 'bool' && flag.noOptDefault === undefined;
}

/** `--name` or `-x` of the command's flags, then of kubectl's global ones it does not shadow. */
function findFlag(word: string, command: KubectlCommand | undefined): FoundFlag | undefined {
  const matches = (f: FlagSpec): boolean => (word.startsWith('--') ? word === `--${f.name}` : f.shorthand !== undefined && word === `-${f.shorthand}`);
  const local = command?.flags.find(matches);
  if (local) return { flag: local, global: false };
  const global = GLOBAL_FLAGS.find((g) => matches(g) && !command?.flags.some((f) => f.name === g.name || (g.shorthand !== undefined && f.shorthand === g.shorthand)));
  return global ? { flag: global, global: true } : undefined;
}

/** The script's `flags` then `two_word_flags`: the command's own flags, then inherited ones, each sorted by name. */
function flagWords(command: KubectlCommand | undefined): string[] {
  const byName = (a: FlagSpec, b: FlagSpec): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const own = [...(command ? command.flags : GLOBAL_FLAGS)].sort(byName);
  const inherited = command ? GLOBAL_FLAGS.filter((g) => !own.some((f) => f.name === g.name)).sort(byName) : [];
  const oneWord: string[] = [];
  const twoWord: string[] = [];
  for (const flag of [...own, ...inherited]) {
    const value = takesValue(flag);
    oneWord.push(`--${flag.name}${value ? '=' : ''}`);
    if (value) twoWord.push(`--${flag.name}`);
    if (flag.shorthand) (value ? twoWord : oneWord).push(`-${flag.shorthand}`);
  }
  return [...oneWord, ...twoWord];
}
