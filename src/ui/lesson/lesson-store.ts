// The lesson player's store and actions: the catalogue, the followed lesson's texts and live status
// (from `lesson` host events), the progress this browser remembers, and what the student opened of
// the step (hints, solution, quiz verdicts). Host calls go through `LessonHost` (the Worker, or a fake).

import { create } from 'zustand';
import type { FileResult, FilesState, HostEvent, LessonCatalogue, LessonContent, LessonLang, LessonStatus, SessionId } from '../../worker/host/api.ts';
import { openFile } from '../editor/editor-store.ts';
import { showStage } from '../store/layout-store.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { NO_PROGRESS, readProgress, withCurrent, withDone, writeProgress, type LessonProgress, type ProgressStorage } from './progress.ts';

type Async<T> = T | Promise<T>;

/** The host calls the player makes; every one may be async. */
export interface LessonHost {
  lessonCatalogue(): Async<LessonCatalogue>;
  lessonContent(id: string): Async<LessonContent | null>;
  startLesson(id: string): Async<boolean>;
  resumeLesson(id: string, stepIndex: number): Async<boolean>;
  leaveLesson(): unknown;
  goToStep(stepIndex: number): unknown;
  setLessonLang(lang: LessonLang): unknown;
  answerQuiz(quizId: string, options: readonly string[]): Async<{ readonly correct: boolean }>;
  runBlock(sessionId: SessionId, text: string): unknown;
  doItForMe(sessionId: SessionId): unknown;
  listFiles(): Async<FilesState>;
  readFile(path: string): Async<FileResult<string>>;
  writeFile(path: string, text: string, options?: { readonly create?: boolean }): Async<FileResult<null>>;
}

export interface LessonState {
  readonly catalogue: LessonCatalogue | null;
  /** The texts of the lesson being followed (or starting). */
  readonly content: LessonContent | null;
  readonly status: LessonStatus | null;
  readonly progress: LessonProgress;
  /** The lesson being started: its sandbox is being built. */
  readonly starting: string | null;
  /** For the step in front: how many hints are shown, whether the solution is, each quiz's verdict. */
  readonly hints: number;
  readonly solution: boolean;
  readonly verdicts: Readonly<Record<string, boolean>>;
}

const INITIAL: LessonState = { catalogue: null, content: null, status: null, progress: NO_PROGRESS, starting: null, hints: 0, solution: false, verdicts: {} };
const FRESH_STEP = { hints: 0, solution: false, verdicts: {} } as const;

export const useLessonStore = create<LessonState>()(() => INITIAL);

/** A lesson with no step done (one array, so that selectors return the same value each time). */
export const NONE_DONE: readonly string[] = [];

let host: LessonHost | null = null;
let storage: ProgressStorage | undefined;

const get = (): LessonState => useLessonStore.getState();
const set = (change: Partial<LessonState>): void => useLessonStore.setState(change);

function remember(progress: LessonProgress): void {
  if (progress === get().progress) return;
  set({ progress });
  writeProgress(storage, progress);
}

/** Ties the player to the sandbox (once): the catalogue, and the lesson followed before a reload. */
export async function connectLessons(h: LessonHost, store: ProgressStorage | undefined, lang: LessonLang): Promise<void> {
  if (host !== null) return;
  host = h;
  storage = store;
  const progress = readProgress(store);
  set({ progress });
  await h.setLessonLang(lang);
  set({ catalogue: await h.lessonCatalogue() });
  const current = progress.current;
  if (current !== null && (await h.resumeLesson(current.lessonId, current.stepIndex))) set({ content: await h.lessonContent(current.lessonId) });
}

export function resetLessonStore(): void {
  host = null;
  storage = undefined;
  useLessonStore.setState(INITIAL, true);
}

/** Builds the lesson's starting sandbox and follows its first step (also: reset the lesson). */
export async function startLesson(id: string): Promise<void> {
  if (host === null || get().starting !== null) return;
  set({ starting: id, ...FRESH_STEP });
  try {
    const content = await host.lessonContent(id);
    if (content !== null && (await host.startLesson(id))) set({ content });
  } finally {
    set({ starting: null });
  }
}

/** Back to the catalogue; the sandbox stays as it is. */
export async function leaveLesson(): Promise<void> {
  set({ content: null, ...FRESH_STEP });
  remember(withCurrent(get().progress, null));
  await host?.leaveLesson();
}

export async function goToStep(stepIndex: number): Promise<void> {
  await host?.goToStep(stepIndex);
}

export function setLessonLang(lang: LessonLang): void {
  void host?.setLessonLang(lang);
}

export async function answerQuiz(quizId: string, options: readonly string[]): Promise<void> {
  if (host === null) return;
  const { correct } = await host.answerQuiz(quizId, options);
  set({ verdicts: { ...get().verdicts, [quizId]: correct } });
}

const activeSession = (): SessionId | null => useSandboxStore.getState().sessionId;

/** A click-to-run block, typed into the terminal in front. */
export function runBlock(text: string): void {
  const session = activeSession();
  if (host !== null && session !== null) void host.runBlock(session, text);
}

export function doItForMe(): void {
  const session = activeSession();
  if (host !== null && session !== null) void host.doItForMe(session);
}

/** An open-in-editor block: the file gets the block's text unless the student already has it, then shows in the editor. */
export async function openInEditor(relativePath: string, text: string): Promise<void> {
  if (host === null) return;
  const { home } = await host.listFiles();
  const path = `${home}/${relativePath}`;
  if (!(await host.readFile(path)).ok) await host.writeFile(path, text, { create: true });
  await openFile(path);
  showStage('editor');
}

export function showNextHint(): void {
  set({ hints: get().hints + 1 });
}

export function toggleSolution(): void {
  set({ solution: !get().solution });
}

/** A lesson's step ids from the catalogue. */
export function lessonSteps(catalogue: LessonCatalogue | null, id: string): readonly string[] {
  for (const day of catalogue?.days ?? []) {
    for (const module of day.modules) {
      const found = module.lessons.find((l) => l.id === id);
      if (found !== undefined) return found.steps;
    }
  }
  return [];
}

/** The host event sink: the last `lesson` event of a batch says it all. */
export function applyLessonEvents(events: readonly HostEvent[]): void {
  let last: { status: LessonStatus | null } | undefined;
  for (const event of events) if (event.type === 'lesson') last = { status: event.status };
  if (last === undefined) return;
  const status = last.status;
  const before = get().status;
  const moved = before?.lessonId !== status?.lessonId || before?.stepIndex !== status?.stepIndex;
  set({ status, ...(moved ? FRESH_STEP : {}) });
  if (status === null) return;
  const order = lessonSteps(get().catalogue, status.lessonId);
  remember(withCurrent(withDone(get().progress, status.lessonId, status.completed, order), { lessonId: status.lessonId, stepIndex: status.stepIndex }));
}
