import { describe, expect, it } from 'vitest';
import { NO_PROGRESS, parseProgress, readProgress, STORED_LESSONS_KEY, withCurrent, withDone, writeProgress, type ProgressStorage } from './progress.ts';

function memoryStorage(): ProgressStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('lesson progress', () => {
  it('keeps the completed steps in the lesson order, and the followed lesson, across a write and a read', () => {
    const storage = memoryStorage();
    let progress = withDone(NO_PROGRESS, 'j2-deployment', ['scale'], ['create', 'chain', 'scale']);
    progress = withDone(progress, 'j2-deployment', ['create'], ['create', 'chain', 'scale']);
    progress = withCurrent(progress, { lessonId: 'j2-deployment', stepIndex: 2 });
    writeProgress(storage, progress);
    expect(readProgress(storage)).toEqual({ done: { 'j2-deployment': ['create', 'scale'] }, current: { lessonId: 'j2-deployment', stepIndex: 2 } });
  });

  it('gives the same object back when nothing changes', () => {
    const progress = withCurrent(withDone(NO_PROGRESS, 'a', ['s'], ['s']), { lessonId: 'a', stepIndex: 0 });
    expect(withDone(progress, 'a', ['s'], ['s'])).toBe(progress);
    expect(withCurrent(progress, { lessonId: 'a', stepIndex: 0 })).toBe(progress);
  });

  it('reads a missing, damaged or foreign entry as no progress, and never throws', () => {
    expect(parseProgress(null)).toEqual(NO_PROGRESS);
    expect(parseProgress('{')).toEqual(NO_PROGRESS);
    expect(parseProgress('{"done":{"a":["s",1],"b":["t"]},"current":{"lessonId":"b","stepIndex":-1}}')).toEqual({ done: { b: ['t'] }, current: null });
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(readProgress(broken)).toEqual(NO_PROGRESS);
    expect(() => writeProgress(broken, NO_PROGRESS)).not.toThrow();
    const storage = memoryStorage();
    writeProgress(storage, NO_PROGRESS);
    expect(storage.items.has(STORED_LESSONS_KEY)).toBe(true);
  });
});
