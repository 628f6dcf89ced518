// The lesson player inside the sandbox: the lesson and step the student follows, the step's command
// history (from the terminals' history) and quiz answers, its checks evaluated after each input and
// a few times per virtual second as the clock runs, and one `lesson` event per flush when they change.
// A `HostFeature`, structurally, as sandbox.ts imports it.

import { STUDENT, type Workstation } from '../../../cli/workstation.ts';
import { clusterView, evaluateStep, type CheckContext, type HoldMemory, type Lang, type Lesson } from '../../../lessons/index.ts';
import type { HostEvent, HostSnapshot } from '../api.ts';
import type { Cluster } from '../../../engine/index.ts';
import { LessonLibrary, providedLessonFiles, type LessonFiles } from './library.ts';
import { lessonSnapshot } from './lesson-start.ts';
import type { LessonCatalogue, LessonContent, LessonStatus } from './lesson-types.ts';

/** Virtual time between two evaluations while only the clock moves. */
export const EVALUATE_EVERY_MS = 250;

/** Text as typed at the keyboard: each line ended by Enter. */
export function asTyped(text: string): string {
  return text === '' ? '' : `${text.split('\n').join('\r')}\r`;
}

/** What the player reads: the sandbox's cluster and workstation (replaced by each restore). */
interface LessonWorld {
  readonly cluster: Cluster;
  readonly workstation: Workstation;
}

export class LessonPlayer {
  private loaded: LessonLibrary | undefined;
  private world: LessonWorld | undefined;
  private current: { readonly lesson: Lesson; stepIndex: number } | undefined;
  private lang: Lang = 'fr';
  private history: string[] = [];
  private answers: Record<string, readonly string[]> = {};
  private memory: HoldMemory = {};
  private completed = new Set<string>();
  private stepStartMs = 0;
  /** A lesson was started: its first step begins in the world bound next. */
  private beginOnBind = false;
  private dirty = false;
  private lastEvalMs: number | undefined;
  private lastEmitted = 'null';

  constructor(
    private readonly emit: (event: HostEvent) => void,
    subscribe: (listener: (event: HostEvent) => void) => unknown,
    private readonly files: () => LessonFiles = providedLessonFiles,
  ) {
    subscribe((event) => {
      if (event.type !== 'history' || this.current === undefined) return;
      this.history.push(event.line);
      this.dirty = true;
    });
  }

  bind(world: LessonWorld): void {
    this.world = world;
    this.memory = {};
    this.dirty = true;
    if (this.beginOnBind) {
      this.beginOnBind = false;
      this.stepStartMs = world.cluster.nowMs;
    }
  }

  private get library(): LessonLibrary {
    return (this.loaded ??= new LessonLibrary(this.files()));
  }

  catalogue(): LessonCatalogue {
    return this.library.catalogue;
  }

  content(id: string): LessonContent | null {
    return this.library.content(id) ?? null;
  }

  /** Follows a lesson from its first step; the sandbox to restore, or undefined for an unknown id. */
  start(id: string): HostSnapshot | undefined {
    const lesson = this.library.lesson(id);
    if (lesson === undefined) return undefined;
    const snapshot = lessonSnapshot(lesson);
    this.current = { lesson, stepIndex: 0 };
    this.completed = new Set();
    this.beginStep();
    this.beginOnBind = true;
    return snapshot;
  }

  /** Follows a lesson from a step on the sandbox as it is (after a reload brought the session back). */
  resume(id: string, stepIndex: number): boolean {
    const lesson = this.library.lesson(id);
    if (lesson === undefined) return false;
    this.current = { lesson, stepIndex: 0 };
    this.completed = new Set();
    this.goTo(stepIndex);
    return true;
  }

  leave(): void {
    this.current = undefined;
    this.dirty = true;
  }

  goTo(stepIndex: number): void {
    const c = this.current;
    if (c === undefined) return;
    c.stepIndex = Math.max(0, Math.min(c.lesson.steps.length - 1, Math.trunc(stepIndex)));
    this.beginStep();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.dirty = true;
  }

  /** Records the options chosen for a quiz of the current step; says whether they are the right ones. */
  answer(quizId: string, options: readonly string[]): { readonly correct: boolean } {
    const step = this.step();
    const key = step?.quiz[quizId];
    if (key === undefined) return { correct: false };
    this.answers = { ...this.answers, [quizId]: [...options] };
    this.dirty = true;
    return { correct: options.length === key.length && key.every((k) => options.includes(k)) };
  }

  /** "Do it for me": answers the step's quizzes and gives the solution's lines as keystrokes. */
  solutionKeys(): string {
    const step = this.step();
    if (step === undefined) return '';
    this.answers = { ...this.answers, ...step.solution.answers };
    this.dirty = true;
    return asTyped(step.solution.run.join('\n'));
  }

  /** The status now (evaluated afresh), or null when no lesson is followed. */
  status(): LessonStatus | null {
    return this.current === undefined ? null : this.evaluate();
  }

  flush(): void {
    const now = this.world?.cluster.nowMs ?? 0;
    const last = this.lastEvalMs;
    const onlyTimeMoved = !this.dirty && last !== undefined && now > last && now - last < EVALUATE_EVERY_MS;
    if (onlyTimeMoved) return;
    const status = this.status();
    const text = JSON.stringify(status);
    if (text === this.lastEmitted) return;
    this.lastEmitted = text;
    this.emit({ type: 'lesson', status });
  }

  private step() {
    const c = this.current;
    return c === undefined ? undefined : c.lesson.steps[c.stepIndex];
  }

  private beginStep(): void {
    this.history = [];
    this.answers = {};
    this.memory = {};
    this.stepStartMs = this.world?.cluster.nowMs ?? 0;
    this.dirty = true;
  }

  private evaluate(): LessonStatus {
    const { lesson, stepIndex } = this.current!;
    const world = this.world!;
    const stepId = lesson.steps[stepIndex]!.id;
    let files: Record<string, string> | undefined;
    const context: CheckContext = {
      lang: this.lang,
      cluster: clusterView(world.cluster),
      nowMs: world.cluster.nowMs,
      stepStartMs: this.stepStartMs,
      history: this.history,
      home: STUDENT.home,
      readFile: (path) => (files ??= world.workstation.fs.snapshot())[path],
      answers: this.answers,
    };
    const result = evaluateStep(lesson, stepId, context, this.memory);
    this.memory = result.memory;
    this.lastEvalMs = context.nowMs;
    this.dirty = false;
    if (result.complete) this.completed.add(stepId);
    return {
      lessonId: lesson.id,
      stepIndex,
      stepId,
      lang: this.lang,
      // Whole seconds left to hold: the status changes once a second, not at every evaluation.
      checks: result.checks.map((c) => (c.remainingMs === undefined ? c : { ...c, remainingMs: Math.ceil(c.remainingMs / 1000) * 1000 })),
      complete: result.complete,
      completed: lesson.steps.map((s) => s.id).filter((id) => this.completed.has(id)),
      answers: this.answers,
    };
  }
}
