// Runs a parsed program: lists, and-or chains, buffered pipelines and simple commands.
// Every function is a generator, so a program that returns a running Process suspends the whole
// line and the rest runs when it ends (`sleep 5; kubectl get pods`).

import { resolvePath } from '../../fs/virtual-fs.ts';
import { EXIT_STATUS } from '../exit-status.ts';
import type { AndOr, Pipeline, Program, SimpleCommand } from '../parse/ast.ts';
import type { CommandContext, CommandSpec, ShellVariables } from '../types.ts';
import { Expander } from './expand.ts';
import { applyRedirects } from './redirect.ts';
import { homeOf, normalizeExitCode, subshell } from './state.ts';
import type { Fds, ShellState, Step } from './state.ts';
import { BufferSink } from './streams.ts';
import { commandText } from './background.ts';
import { Job } from './job.ts';
import { OverlayVariables } from './variables.ts';

export function* runProgram(program: Program, state: ShellState, fds: Fds): Step<number> {
  for (const item of program.items) {
    if (item.background) startBackground(item, state, fds);
    else yield* runAndOr(item, state, fds);
  }
  return state.lastExitCode;
}

/** `cmd &`: a job of its own in a subshell, its input empty; `$!` is its pid. */
function startBackground(item: AndOr, state: ShellState, fds: Fds): void {
  const job = state.jobs.add(commandText(item), () => new Job(runAndOr(item, subshell(state), { ...fds, stdin: '' }), fds.stderr, () => undefined));
  if (state.interactive) fds.stderr.write(`[${job.id}] ${job.pid}\n`);
  state.lastExitCode = 0;
}

function* runAndOr(item: AndOr, state: ShellState, fds: Fds): Step<number> {
  let code = yield* runPipeline(item.first, state, fds);
  for (const { op, pipeline } of item.rest) {
    if ((op === '&&') === (code === 0)) code = yield* runPipeline(pipeline, state, fds);
  }
  return code;
}

/** Deviation from upstream: stages run one after another, each reading the previous one's whole output. */
function* runPipeline(pipeline: Pipeline, state: ShellState, fds: Fds): Step<number> {
  let stdin = fds.stdin;
  let code = 0;
  const stages = pipeline.commands;
  for (const [index, command] of stages.entries()) {
    const last = index === stages.length - 1;
    const out = last ? fds.stdout : new BufferSink();
    const stageState = stages.length > 1 ? subshell(state) : state;
    code = yield* runSimple(command, stageState, { ...fds, stdin, stdout: out });
    if (out instanceof BufferSink) stdin = out.text;
  }
  state.lastExitCode = pipeline.negated ? Number(code === 0) : code;
  return state.lastExitCode;
}

function* runSimple(command: SimpleCommand, state: ShellState, fds: Fds): Step<number> {
  const expander = new Expander(state, fds, runProgram);
  const argv = yield* expander.commandWords(command.words);
  const assignments: Array<readonly [string, string]> = [];
  for (const { name, value } of command.assignments) assignments.push([name, yield* expander.assignmentValue(value)]);
  const redirected = yield* applyRedirects(command.redirects, state, fds, expander);
  if (typeof redirected === 'number') return redirected;
  if (argv.length === 0) {
    for (const [name, value] of assignments) state.vars.set(name, value);
    return expander.lastSubstitutionExit ?? 0;
  }
  return yield* invoke(argv, assignments, state, redirected);
}

/** A name with a slash runs the program installed at that path, if any. */
function findCommand(state: ShellState, name: string): CommandSpec | undefined {
  if (!name.includes('/')) return state.commands.get(name);
  const path = resolvePath(state.cwd, name, homeOf(state));
  return [...state.commands.values()].find((spec) => spec.path === path);
}

function notFound(state: ShellState, name: string): { message: string; code: number } {
  if (!name.includes('/')) return { message: `${name}: command not found`, code: EXIT_STATUS.notFound };
  const type = state.fs.stat(resolvePath(state.cwd, name, homeOf(state)))?.type;
  if (type === 'dir') return { message: `${name}: Is a directory`, code: EXIT_STATUS.cannotExecute };
  if (type === 'file') return { message: `${name}: Permission denied`, code: EXIT_STATUS.cannotExecute };
  return { message: `${name}: No such file or directory`, code: EXIT_STATUS.notFound };
}

function contextFor(argv: readonly string[], vars: ShellVariables, state: ShellState, fds: Fds): CommandContext {
  return {
    argv,
    io: { stdin: fds.stdin, stdout: fds.stdout, stderr: fds.stderr, stdoutIsTerminal: fds.stdout === fds.tty },
    fs: state.fs,
    vars,
    get cwd() {
      return state.cwd;
    },
    setCwd(path: string) {
      state.vars.set('OLDPWD', state.cwd);
      state.cwd = path;
      state.vars.set('PWD', path);
    },
    nowMs: () => state.nowMs(),
    lookup: (name) => findCommand(state, name)?.run,
    findCommand: (name) => findCommand(state, name),
    history: state.history,
    jobs: state.jobs,
    clearScreen: () => state.clearScreen(),
    ...(state.shells ? { shells: state.shells } : {}),
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function* invoke(argv: readonly string[], assignments: ReadonlyArray<readonly [string, string]>, state: ShellState, fds: Fds): Step<number> {
  const name = argv[0] ?? '';
  const spec = findCommand(state, name);
  if (spec === undefined) {
    const { message, code } = notFound(state, name);
    fds.stderr.write(`bash: ${message}\n`);
    return code;
  }
  const vars = assignments.length === 0 ? state.vars : new OverlayVariables(state.vars, assignments);
  try {
    const result = spec.run(contextFor(argv, vars, state, fds));
    if (typeof result === 'number') return normalizeExitCode(result);
    return normalizeExitCode(result.done ? result.exitCode : yield result);
  } catch (error) {
    fds.stderr.write(`${name}: ${errorText(error)}\n`);
    return 1;
  }
}
