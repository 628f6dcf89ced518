// Renders a command's `--help` the way kubectl's templater does (pkg/util/templates): long text,
// aliases, examples, subcommands, options, usage line, tips. The text is what a non-terminal sees
// (no word wrapping to the terminal width).

import type { KubectlCommand } from '../command.ts';
import type { FlagSpec } from '../flags.ts';

/** A command's help data, as kubectl v1.31 defines it (long text already rendered from markdown). */
export interface CommandHelp {
  readonly short: string;
  readonly long: string;
  readonly aliases?: readonly string[];
  /** The examples without their two-space indent. */
  readonly examples?: string;
  readonly usage: string;
  readonly flags: readonly FlagSpec[];
}

export interface SubcommandEntry {
  readonly name: string;
  readonly short: string;
}

/** cobra pads subcommand names to at least this width. */
const MIN_NAME_PADDING = 11;
const GLOBAL_OPTIONS_TIP = 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';

/** The full `--help` text of the command at `path` (e.g. `kubectl create deployment`). */
export function renderHelp(path: string, help: CommandHelp, subcommands: readonly SubcommandEntry[] = []): string {
  const name = path.split(' ').pop() ?? path;
  const sections: string[] = [help.long.trim()];
  if (help.aliases && help.aliases.length > 0) sections.push(`Aliases:\n${[name, ...help.aliases].join(', ')}`);
  if (help.examples) sections.push(`Examples:\n${indentExamples(help.examples)}`);
  if (subcommands.length > 0) sections.push(`Available Commands:\n${subcommandRows(subcommands)}`);
  if (help.flags.length > 0) sections.push(`Options:\n${flagUsages(help.flags)}`);
  sections.push(`Usage:\n  ${help.usage}`);
  const tips = subcommands.length > 0 ? `Use "${path} <command> --help" for more information about a given command.\n` : '';
  return `${sections.join('\n\n')}\n\n${tips}${GLOBAL_OPTIONS_TIP}`;
}

function indentExamples(examples: string): string {
  return examples.split('\n').map((line) => `  ${line.trim()}`).join('\n').trimEnd();
}

function subcommandRows(subcommands: readonly SubcommandEntry[]): string {
  const padding = Math.max(MIN_NAME_PADDING, ...subcommands.map((s) => s.name.length));
  return subcommands.map((s) => `  ${s.name.padEnd(padding)}   ${s.short}`).join('\n');
}

/** pflag's order (sorted by name) and kubectl's HelpFlagPrinter layout. */
function flagUsages(flags: readonly FlagSpec[]): string {
  const sorted = [...flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sorted.map((f) => {
    const names = f.shorthand ? `-${f.shorthand}, --${f.name}` : `--${f.name}`;
    return `    ${names}=${defaultText(f)}:\n\t${f.usage}`;
  }).join('\n\n');
}

function defaultText(f: FlagSpec): string {
  switch (f.type) {
    case 'bool': return String(f.default ?? false);
    case 'int': return String(f.default ?? 0);
    case 'string': return `'${String(f.default ?? '')}'`;
    case 'duration': return String(f.default ?? '0s');
    case 'stringArray':
    case 'stringSlice': return `[${String(f.default ?? '')}]`;
  }
}

/** A command whose short text, flags and `--help` all come from its help data. */
export function commandFromHelp(name: string, help: CommandHelp, run: KubectlCommand['run'], path = `kubectl ${name}`): KubectlCommand {
  return { name, short: help.short, help: renderHelp(path, help), flags: help.flags, run };
}
