import { afterEach, describe, expect, it } from 'vitest';
import type { HostEvent, LessonCatalogue, LessonStatus } from '../../worker/host/api.ts';
import { applyLessonEvents, connectLessons, leaveLesson, resetLessonStore, showNextHint, startLesson, useLessonStore, type LessonHost } from './lesson-store.ts';
import { readProgress, type ProgressStorage } from './progress.ts';

const CATALOGUE: LessonCatalogue = {
  days: [{ day: 2, title: { fr: 'Jour 2', en: 'Day 2' }, modules: [{ id: 'deployment', title: { fr: 'Deployment', en: 'Deployment' }, lessons: [{ id: 'l', title: { fr: 'L', en: 'L' }, steps: ['a', 'b'] }] }] }],
  problems: [],
};

function fakeHost(calls: string[]): LessonHost {
  const files = { ok: false as const, code: 'ENOENT' as const, path: '' };
  return {
    lessonCatalogue: () => CATALOGUE,
    lessonContent: (id) => ({ id, day: 2, module: 'deployment', text: { fr: { lang: 'fr', title: 'L', intro: '', steps: [] }, en: { lang: 'en', title: 'L', intro: '', steps: [] } }, steps: [] }),
    startLesson: (id) => { calls.push(`start ${id}`); return true; },
    resumeLesson: (id, step) => { calls.push(`resume ${id} ${step}`); return true; },
    leaveLesson: () => calls.push('leave'),
    goToStep: (i) => calls.push(`step ${i}`),
    setLessonLang: (lang) => calls.push(`lang ${lang}`),
    answerQuiz: () => ({ correct: true }),
    runBlock: () => undefined,
    doItForMe: () => undefined,
    listFiles: () => ({ home: '/home/student', files: [], edits: [] }),
    readFile: () => files,
    writeFile: () => ({ ok: true, value: null }),
  };
}

function memoryStorage(): ProgressStorage {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

const status = (stepIndex: number, completed: string[]): HostEvent => ({
  type: 'lesson',
  status: { lessonId: 'l', stepIndex, stepId: ['a', 'b'][stepIndex]!, lang: 'fr', checks: [], complete: false, completed, answers: {} } satisfies LessonStatus,
});

afterEach(resetLessonStore);

describe('the lesson store', () => {
  it('remembers completed steps and the followed step, and resumes that step after a reload', async () => {
    const storage = memoryStorage();
    const calls: string[] = [];
    await connectLessons(fakeHost(calls), storage, 'en');
    expect(calls).toEqual(['lang en']);
    await startLesson('l');
    applyLessonEvents([status(0, []), status(1, ['a'])]);
    expect(readProgress(storage)).toEqual({ done: { l: ['a'] }, current: { lessonId: 'l', stepIndex: 1 } });
    resetLessonStore();
    const after: string[] = [];
    await connectLessons(fakeHost(after), storage, 'fr');
    expect(after).toEqual(['lang fr', 'resume l 1']);
    expect(useLessonStore.getState().content?.id).toBe('l');
    await leaveLesson();
    expect(readProgress(storage).current).toBeNull();
    expect(readProgress(storage).done).toEqual({ l: ['a'] });
  });

  it('starts each step with its hints folded', async () => {
    await connectLessons(fakeHost([]), memoryStorage(), 'fr');
    applyLessonEvents([status(0, [])]);
    showNextHint();
    expect(useLessonStore.getState().hints).toBe(1);
    applyLessonEvents([status(0, [])]);
    expect(useLessonStore.getState().hints).toBe(1);
    applyLessonEvents([status(1, [])]);
    expect(useLessonStore.getState().hints).toBe(0);
  });
});
