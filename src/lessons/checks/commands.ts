// Commands the student ran during the step, read with the workstation shell's own parser (so
// quoting, `;`, `&&` and pipes split as bash splits them), then matched on meaning: the verb words,
// the target whatever way it is written (`deploy/web`, `deployment web`, `deployments.apps web`) and flags.

import { resolveResource } from '../../engine/index.ts';
import type { SimpleCommand, Word } from '../../cli/shell/parse/ast.ts';
import { parse } from '../../cli/shell/parse/parser.ts';
import type { CheckContext, Outcome } from '../context.ts';
import { catalogue } from '../messages.ts';

export interface CommandSpec {
  readonly program: string;
  readonly words: readonly string[];
  readonly target?: { readonly kind: string; readonly name?: string };
  readonly flags: Readonly<Record<string, string | true>>;
}

/** How a program's flags read (kubectl's for any program not listed here): those that take the next word as their value, and short flags by their long name. */
interface FlagTable {
  readonly values: ReadonlySet<string>;
  readonly long: Readonly<Record<string, string>>;
}

/** kubectl's flags that take a value as the next word; the others are booleans or written `--flag=value`. */
const KUBECTL: FlagTable = {
  values: new Set([
    'namespace', 'filename', 'output', 'selector', 'container', 'context', 'cluster', 'user',
    'kubeconfig', 'image', 'replicas', 'to-revision', 'type', 'field-selector', 'patch', 'revision', 'from', 'port', 'as', 'as-group',
  ]),
  long: { n: 'namespace', f: 'filename', o: 'output', l: 'selector', c: 'container', p: 'patch' },
};

/** docker's (`docker run`, `exec`, `build`…): `-t` and `-f` are `--tag` and `--file` for `build`, `--tty` and `--force` elsewhere. */
const DOCKER_VALUES = new Set(['name', 'tag', 'publish', 'env', 'volume', 'file', 'network', 'workdir', 'user', 'hostname', 'entrypoint', 'label', 'restart', 'memory', 'cpus', 'mount', 'format', 'filter']);
const DOCKER_LONG = { p: 'publish', e: 'env', v: 'volume', w: 'workdir', u: 'user', h: 'hostname', l: 'label', m: 'memory', d: 'detach', i: 'interactive', a: 'all', q: 'quiet' };

/** curl's: `-H 'Host: …'` is `--header`. */
const CURL: FlagTable = {
  values: new Set(['header', 'output', 'request', 'data', 'user-agent', 'write-out', 'resolve', 'connect-timeout', 'max-time', 'user']),
  long: { H: 'header', o: 'output', X: 'request', d: 'data', A: 'user-agent', w: 'write-out', m: 'max-time', u: 'user', s: 'silent', I: 'head', i: 'include', v: 'verbose', L: 'location', k: 'insecure' },
};

function flagTable(program: string, args: readonly string[]): FlagTable {
  if (program === 'curl') return CURL;
  if (program !== 'docker') return KUBECTL;
  const build = args.find((a) => !a.startsWith('-')) === 'build';
  return { values: DOCKER_VALUES, long: { ...DOCKER_LONG, t: build ? 'tag' : 'tty', f: build ? 'file' : 'force' } };
}

interface Invocation {
  readonly program: string;
  readonly positionals: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

/** A word as typed, quotes removed; expansions stay as written (`$NAME`). */
function textOf(word: Word): string {
  return word.parts.every((p) => p.type === 'literal') ? word.parts.map((p) => (p.type === 'literal' ? p.text : '')).join('') : word.raw;
}

function invocationOf(command: SimpleCommand): Invocation | undefined {
  const [program, ...args] = command.words.map(textOf);
  if (program === undefined) return undefined;
  const table = flagTable(program, args);
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    const flag = /^--?([^=]+)(?:=(.*))?$/.exec(arg);
    if (!flag || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const name = table.long[flag[1]!] ?? flag[1]!;
    if (flag[2] !== undefined) flags.set(name, flag[2]);
    else if (table.values.has(name) && i + 1 < args.length) flags.set(name, args[++i]!);
    else flags.set(name, true);
  }
  return { program, positionals, flags };
}

/** Every simple command of a line: each side of `;`, `&&`, `||` and every pipeline stage. */
export function invocations(line: string): Invocation[] {
  const parsed = parse(line);
  if (!parsed.ok) return [];
  return parsed.program.items
    .flatMap((item) => [item.first, ...item.rest.map((r) => r.pipeline)])
    .flatMap((pipeline) => pipeline.commands)
    .map(invocationOf)
    .filter((inv) => inv !== undefined);
}

function targetMatches(rest: readonly string[], target: NonNullable<CommandSpec['target']>): boolean {
  const [first, second] = rest;
  if (first === undefined) return false;
  const slash = first.indexOf('/');
  const [type, name] = slash >= 0 ? [first.slice(0, slash), first.slice(slash + 1)] : [first, second];
  return resolveResource(type)?.kind === target.kind && (target.name === undefined || name === target.name);
}

export function matchesCommand(inv: Invocation, spec: CommandSpec): boolean {
  if (inv.program !== spec.program) return false;
  if (!spec.words.every((w, i) => inv.positionals[i] === w)) return false;
  if (spec.target && !targetMatches(inv.positionals.slice(spec.words.length), spec.target)) return false;
  return Object.entries(spec.flags).every(([name, value]) => (value === true ? inv.flags.has(name) : inv.flags.get(name) === value));
}

export function describeCommand(spec: CommandSpec): string {
  const target = spec.target ? [spec.target.name === undefined ? spec.target.kind.toLowerCase() : `${spec.target.kind.toLowerCase()}/${spec.target.name}`] : [];
  const flags = Object.entries(spec.flags).map(([n, v]) => (v === true ? `--${n}` : `--${n}=${v}`));
  return [spec.program, ...spec.words, ...target, ...flags].join(' ');
}

export function command(spec: CommandSpec, ctx: CheckContext): Outcome {
  const t = catalogue(ctx.lang);
  const line = ctx.history.find((l) => invocations(l).some((inv) => matchesCommand(inv, spec)));
  return line === undefined ? { pass: false, says: t.noCommand(describeCommand(spec)) } : { pass: true, says: t.command(line) };
}
