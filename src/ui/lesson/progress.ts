// The student's lesson progress as this browser remembers it (one JSON entry in localStorage): the
// steps completed per lesson, and the lesson and step being followed, to resume after a reload.
// Reading never throws: a missing or damaged entry is no progress.

export const STORED_LESSONS_KEY = 'kubelab-lessons';

export interface LessonProgress {
  /** Lesson id → ids of its completed steps. */
  readonly done: Readonly<Record<string, readonly string[]>>;
  /** The lesson followed when the page was left, and its step. */
  readonly current: { readonly lessonId: string; readonly stepIndex: number } | null;
}

export const NO_PROGRESS: LessonProgress = { done: {}, current: null };

/** The part of `Storage` we use; its calls may throw (storage disabled, quota exceeded). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function parseProgress(text: string | null): LessonProgress {
  let value: unknown;
  try {
    value = JSON.parse(text ?? 'null');
  } catch {
    return NO_PROGRESS;
  }
  if (typeof value !== 'object' || value === null) return NO_PROGRESS;
  const { done, current } = value as Record<string, unknown>;
  const doneOk = typeof done === 'object' && done !== null ? Object.fromEntries(Object.entries(done).filter(([, steps]) => isStrings(steps))) : {};
  const c = current as Record<string, unknown> | null | undefined;
  const currentOk = typeof c === 'object' && c !== null && typeof c['lessonId'] === 'string' && Number.isInteger(c['stepIndex']) && (c['stepIndex'] as number) >= 0
    ? { lessonId: c['lessonId'], stepIndex: c['stepIndex'] as number }
    : null;
  return { done: doneOk as Record<string, string[]>, current: currentOk };
}

export function readProgress(storage: ProgressStorage | undefined): LessonProgress {
  try {
    return parseProgress(storage?.getItem(STORED_LESSONS_KEY) ?? null);
  } catch {
    return NO_PROGRESS;
  }
}

export function writeProgress(storage: ProgressStorage | undefined, progress: LessonProgress): void {
  try {
    storage?.setItem(STORED_LESSONS_KEY, JSON.stringify(progress));
  } catch {
    // A browser that refuses to store simply forgets: the lessons still work.
  }
}

/** Adds completed steps to a lesson's, in the lesson's step order; the same object when nothing is new. */
export function withDone(progress: LessonProgress, lessonId: string, completed: readonly string[], order: readonly string[]): LessonProgress {
  const known = progress.done[lessonId] ?? [];
  if (completed.every((id) => known.includes(id))) return progress;
  const all = new Set([...known, ...completed]);
  const sorted = [...order.filter((id) => all.has(id)), ...[...all].filter((id) => !order.includes(id))];
  return { ...progress, done: { ...progress.done, [lessonId]: sorted } };
}

export function withCurrent(progress: LessonProgress, current: LessonProgress['current']): LessonProgress {
  const same = progress.current?.lessonId === current?.lessonId && progress.current?.stepIndex === current?.stepIndex;
  return same ? progress : { ...progress, current };
}
