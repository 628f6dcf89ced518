// A lesson's sandbox for the verifier: the headless runner started as the lesson says, the lines
// typed during the current step (the command history checks read), quiz answers, and waiting on
// the virtual clock until a step's checks hold or its timeout passes. A fork restores a snapshot of
// the runner (cluster and files); after a line that changes the shell itself, it replays every input.

import { isComplete } from '../cli/shell/parse/complete.ts';
import { parse } from '../cli/shell/parse/parser.ts';
import { nodeCommands } from '../cli/node/node-shell.ts';
import { createWorkstation, STUDENT } from '../cli/workstation.ts';
import { clusterView, evaluateStep, fileAsShellLines, lessonStart, type CheckContext, type HoldMemory, type Lang, type Lesson, type StepStatus } from '../lessons/index.ts';
import { HeadlessRunner } from '../worker/host/headless.ts';

const POLL_MS = 1000;
/** Output that means a command failed, where a lesson's own commands should not. */
const FAILURE_OUTPUT = /^(error: |Error from server|bash: )|command not found|: No such file or directory/m;

type Input = { readonly text: string } | { readonly advanceMs: number } | { readonly beginStep: true };

/** Programs that change the shell session (directory, variables, jobs, the shell typed into), which a snapshot does not hold. */
const SHELL_STATE_PROGRAMS = new Set(['cd', 'export', 'unset', 'sudo', 'ssh', 'exit', 'fg', 'kill', 'wait']);

/** The text changes the workstation shell's own state: a snapshot of the runner would lose it. */
export function changesShell(text: string): boolean {
  const parsed = parse(text);
  if (!parsed.ok) return false;
  return parsed.program.items.some((item) => item.background === true || [item.first, ...item.rest.map((r) => r.pipeline)]
    .flatMap((p) => p.commands)
    .some((c) => (c.words.length === 0 && c.assignments.length > 0) || SHELL_STATE_PROGRAMS.has(c.words[0]?.raw ?? '')));
}

/** The programs a student can run: on the workstation, and in a node's shell once `ssh NODE` opened one. */
export interface KnownPrograms {
  readonly workstation: readonly string[];
  readonly node: readonly string[];
}

export class LessonSandbox {
  private readonly runner: HeadlessRunner;
  private readonly tape: Input[] = [];
  /** Some input changed the shell itself: forks must replay the tape. */
  private shellChanged = false;
  private history: string[] = [];
  private pending: string[] = [];
  private stepStartMs: number;
  answers: Readonly<Record<string, readonly string[]>> = {};

  private constructor(private readonly lesson: Lesson, from?: HeadlessRunner) {
    const start = lessonStart(lesson);
    const options = { seed: start.seed, profile: start.profile };
    this.runner = from ? new HeadlessRunner(options, from.snapshot()) : new HeadlessRunner(options);
    this.stepStartMs = this.runner.cluster.nowMs;
  }

  /** The lesson's starting state: profile, seed, files, then setup and faults, then time to settle. */
  static start(lesson: Lesson): { sandbox: LessonSandbox; failures: string[] } {
    const sandbox = new LessonSandbox(lesson);
    const start = lessonStart(lesson);
    const files = Object.entries(start.files).flatMap(([path, text]) => fileAsShellLines({ kind: 'file', path, text }));
    const failures = sandbox.type([...files, ...start.lines].join('\n'));
    sandbox.advance(start.settleMs);
    return { sandbox, failures };
  }

  /** An independent copy at this very moment: the runner's snapshot restored, or every input replayed. */
  fork(): LessonSandbox {
    if (!this.shellChanged && this.pending.length === 0) {
      const copy = new LessonSandbox(this.lesson, this.runner);
      copy.tape.push(...this.tape);
      copy.history = [...this.history];
      copy.stepStartMs = this.stepStartMs;
      copy.answers = this.answers;
      return copy;
    }
    return this.replay();
  }

  private replay(): LessonSandbox {
    const copy = LessonSandbox.start(this.lesson).sandbox;
    for (const input of this.tape.slice(copy.tape.length)) {
      if ('text' in input) copy.type(input.text);
      else if ('advanceMs' in input) copy.advance(input.advanceMs);
      else copy.beginStep();
    }
    copy.answers = this.answers;
    return copy;
  }

  beginStep(): void {
    this.tape.push({ beginStep: true });
    this.history = [];
    this.answers = {};
    this.stepStartMs = this.runner.cluster.nowMs;
  }

  /** Types text into the terminal line by line; returns the outputs that show a failed command. */
  type(text: string): string[] {
    this.tape.push({ text });
    this.shellChanged ||= changesShell(text);
    const failures: string[] = [];
    for (const line of text === '' ? [] : text.split('\n')) {
      this.pending.push(line);
      const out = this.runner.feedLine(line);
      if (isComplete(this.pending.join('\n'))) {
        this.history.push(this.pending.join('\n'));
        this.pending = [];
      }
      if (FAILURE_OUTPUT.test(out)) failures.push(`${line}\n${out.trimEnd()}`);
    }
    return failures;
  }

  private advance(ms: number): void {
    this.tape.push({ advanceMs: ms });
    this.runner.cluster.advance(ms);
  }

  get programs(): KnownPrograms {
    const cluster = this.runner.cluster;
    const node = cluster.machines.nodes()[0];
    return {
      workstation: createWorkstation(cluster).programs,
      node: node === undefined ? [] : nodeCommands({ cluster, node }, 'root').map((c) => c.name),
    };
  }

  context(lang: Lang): CheckContext {
    let files: Record<string, string> | undefined;
    return {
      lang,
      cluster: clusterView(this.runner.cluster),
      nowMs: this.runner.cluster.nowMs,
      stepStartMs: this.stepStartMs,
      history: this.history,
      home: STUDENT.home,
      readFile: (path) => (files ??= this.runner.snapshot().files)[path],
      answers: this.answers,
    };
  }

  evaluate(stepId: string, lang: Lang, memory: HoldMemory = {}): StepStatus {
    return evaluateStep(this.lesson, stepId, this.context(lang), memory);
  }

  /** Lets virtual time pass until the step is complete or `timeoutMs` has gone by; the last status. */
  waitFor(stepId: string, timeoutMs: number, lang: Lang = 'fr'): StepStatus {
    const end = this.runner.cluster.nowMs + timeoutMs;
    let status = this.evaluate(stepId, lang);
    while (!status.complete && this.runner.cluster.nowMs < end) {
      this.advance(POLL_MS);
      status = this.evaluate(stepId, lang, status.memory);
    }
    return status;
  }
}
