// kubectl's entry point: finds the (sub)command, parses its flags with the global ones, builds the
// context from the kubeconfig in the student's files, runs it, and prints failures as kubectl does.

import type { Cluster } from '../../engine/index.ts';
import { resolvePath } from '../fs/virtual-fs.ts';
import type { CommandContext, CommandResult, CommandSpec } from '../shell/types.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from './command.ts';
import { formatError } from './errors.ts';
import { FlagError, flagString, parseFlags, type FlagSpec, type ParsedArgs } from './flags.ts';
import { GLOBAL_FLAGS } from './global-flags.ts';
import { currentContext, emptyKubeconfig, parseKubeconfig, type Kubeconfig } from './kubeconfig.ts';
import { KUBECTL_COMMANDS, ROOT_HELP } from './registry.ts';
import { requestIdentity } from './cmd/auth/identity.ts';
import { refuseUnreachable } from './util/unreachable.ts';
import { orInCluster, type LoadedConfig } from './in-pod/in-cluster.ts';

export interface KubectlHost {
  readonly cluster: Cluster;
  /** The student's home directory (for ~/.kube/config). */
  readonly home: string;
  /** Inside a pod: the in-cluster config client-go falls back to when the kubeconfig names no server. */
  readonly inCluster?: (shell: CommandContext) => Kubeconfig | undefined;
}

const CONFIG_COMMAND_PATH = 'kubectl config';
const HELP_FLAG: FlagSpec = { name: 'help', shorthand: 'h', type: 'bool', default: false, usage: 'help for kubectl' };
const VALUE_GLOBALS = new Set(GLOBAL_FLAGS.filter((f) => f.type !== 'bool').flatMap((f) => [`--${f.name}`, ...(f.shorthand ? [`-${f.shorthand}`] : [])]));

export function kubectlProgram(host: KubectlHost): CommandSpec {
  return { name: 'kubectl', path: '/usr/bin/kubectl', run: (ctx) => runKubectl(host, ctx) };
}

export function runKubectl(host: KubectlHost, shell: CommandContext): CommandResult {
  const argv = shell.argv.slice(1);
  const { command, path, rest } = findCommand(argv);
  const commandPath = ['kubectl', ...path].join(' ');
  if (!command) {
    const first = firstPositional(argv);
    if (first === undefined) {
      shell.io.stdout.write(ROOT_HELP);
      return 0;
    }
    shell.io.stderr.write(`error: unknown command "${first}" for "kubectl"\n${suggestions(first)}`);
    return 1;
  }
  try {
    // cobra: a local flag shadows the global one of the same name, shorthand included.
    const globals = GLOBAL_FLAGS.filter((g) => !command.flags.some((f) => f.name === g.name));
    const parsed = parseFlags(rest, [...globals, HELP_FLAG, ...command.flags]);
    if (parsed.flags.get('help') === true) {
      shell.io.stdout.write(command.help);
      return 0;
    }
    const ctx = buildContext(host, shell, parsed, commandPath);
    return refuseUnreachable(ctx, path[0]!, parsed) ?? command.run(ctx, parsed);
  } catch (err) {
    return reportError(err, commandPath, shell);
  }
}

function reportError(err: unknown, commandPath: string, shell: CommandContext): number {
  try {
    const { text, exitCode } = formatError(err, commandPath);
    shell.io.stderr.write(text);
    return exitCode;
  } catch (unexpected) {
    // Invariant: no bug in a command may take the shell down; it surfaces as an error line.
    shell.io.stderr.write(`error: ${unexpected instanceof Error ? unexpected.message : String(unexpected)}\n`);
    return 1;
  }
}

function findCommand(argv: readonly string[]): { command?: KubectlCommand; path: string[]; rest: string[] } {
  const rest = [...argv];
  const path: string[] = [];
  let commands: readonly KubectlCommand[] = KUBECTL_COMMANDS;
  let command: KubectlCommand | undefined;
  for (;;) {
    const index = positionalIndex(rest);
    if (index < 0) break;
    const name = rest[index]!;
    const next = commands.find((c) => c.name === name || c.aliases?.includes(name));
    if (!next) break;
    command = next;
    path.push(next.name);
    rest.splice(index, 1);
    if (!next.subcommands?.length) break;
    commands = next.subcommands;
  }
  return command ? { command, path, rest } : { path, rest };
}

function positionalIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return -1;
    if (!a.startsWith('-') || a === '-') return i;
    if (VALUE_GLOBALS.has(a)) i++;
  }
  return -1;
}

function firstPositional(argv: readonly string[]): string | undefined {
  const i = positionalIndex(argv);
  return i < 0 ? undefined : argv[i];
}

/** cobra's SuggestionsFor: distance ≤ 2 or a prefix, in kubectl's registration order. */
function suggestions(typed: string): string {
  const lower = typed.toLowerCase();
  const close = KUBECTL_COMMAND_ORDER.filter((n) => levenshtein(n, lower) <= 2 || n.startsWith(lower));
  return close.length === 0 ? '' : `\nDid you mean this?\n${close.map((n) => `\t${n}`).join('\n')}\n`;
}

/** Every kubectl v1.31 command in the order kubectl registers them (it turns cobra's sorting off). */
const KUBECTL_COMMAND_ORDER: readonly string[] = [
  'create', 'expose', 'run', 'set', 'explain', 'get', 'edit', 'delete', 'rollout', 'scale', 'autoscale',
  'certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint', 'describe', 'logs', 'attach',
  'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events', 'diff', 'apply', 'patch', 'replace', 'wait',
  'kustomize', 'label', 'annotate', 'completion', 'alpha', 'config', 'plugin', 'version', 'api-versions',
  'api-resources', 'options', 'help',
];

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

function buildContext(host: KubectlHost, shell: CommandContext, parsed: ParsedArgs, commandPath: string): KubectlContext {
  const loaded = loadKubeconfig(host, shell, flagString(parsed, 'kubeconfig'), commandPath);
  const { kubeconfig, kubeconfigPath } = host.inCluster && !commandPath.startsWith(CONFIG_COMMAND_PATH)
    ? orInCluster(loaded, host.inCluster(shell), flagString(parsed, 'context')) : loaded;
  const context = currentContext(kubeconfig, flagString(parsed, 'context'));
  const explicit = flagString(parsed, 'namespace');
  // `kubectl config` never talks to the server, so a broken user entry must not stop it.
  const identity = commandPath.startsWith(CONFIG_COMMAND_PATH)
    ? undefined
    : requestIdentity({ kubeconfig, context, kubeconfigPath, fs: shell.fs, cwd: shell.cwd, home: host.home }, parsed);
  return {
    io: shell.io,
    fs: shell.fs,
    cwd: shell.cwd,
    home: host.home,
    cluster: host.cluster,
    client: identity ? host.cluster.clientFor(identity) : host.cluster.client(),
    kubeconfig,
    kubeconfigPath,
    namespace: explicit || context?.context.namespace || 'default',
    namespaceExplicit: explicit !== '',
    commandPath,
    shell,
    nowMs: () => host.cluster.nowMs,
  };
}

function loadKubeconfig(host: KubectlHost, shell: CommandContext, flag: string, commandPath: string): LoadedConfig {
  const path = resolvePath(shell.cwd, flag || shell.vars.get('KUBECONFIG') || '~/.kube/config', host.home);
  if (!shell.fs.exists(path)) {
    // `kubectl config` edits create the file named by --kubeconfig; other commands need it to exist.
    if (flag && !commandPath.startsWith(CONFIG_COMMAND_PATH)) throw new KubectlError(`stat ${flag}: no such file or directory`);
    return { kubeconfig: emptyKubeconfig(), kubeconfigPath: path };
  }
  try {
    const cfg = parseKubeconfig(shell.fs.readFile(path));
    // kubectl writes empty lists as null (`contexts: null`).
    return { kubeconfig: { ...cfg, clusters: cfg.clusters ?? [], contexts: cfg.contexts ?? [], users: cfg.users ?? [] }, kubeconfigPath: path };
  } catch {
    throw new KubectlError(`error loading config file "${path}": yaml: line 1: did not find expected key`);
  }
}

export { FlagError };
