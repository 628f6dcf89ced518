// `npm run lessons:verify`: loads lessons/course.yaml and every lesson folder under lessons/ (one
// with a lesson.yaml), checks each lesson's format, then plays it headlessly (lessons-verify-run.ts).
// Prints one line per lesson and every problem; exits 1 when there is any.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadLesson, parseCourse, strayLessons, type Lesson, type LessonSource } from '../lessons/index.ts';
import { verifyLesson } from './lessons-verify-run.ts';

export const LESSONS_DIR = join(import.meta.dirname, '../../lessons');

/** Every folder under `root` that holds a lesson.yaml, with its texts. */
export function readLessonSources(root: string): LessonSource[] {
  const found: LessonSource[] = [];
  const walk = (dir: string): void => {
    if (existsSync(join(dir, 'lesson.yaml'))) {
      const read = (name: string): string => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
      found.push({ dir: relative(root, dir), yaml: read('lesson.yaml'), prose: { fr: read('fr.md'), en: read('en.md') } });
      return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
    }
  };
  walk(root);
  return found;
}

export interface VerifyReport {
  readonly lessons: number;
  readonly problems: readonly string[];
}

export function verifyLessons(root: string, log: (line: string) => void, only?: string): VerifyReport {
  const course = parseCourse(readFileSync(join(root, 'course.yaml'), 'utf8'));
  const problems: string[] = course.ok ? [] : [...course.problems];
  const lessons: Lesson[] = [];
  for (const source of readLessonSources(root).filter((s) => only === undefined || s.dir.includes(only))) {
    const loaded = loadLesson(source);
    if (!loaded.ok) {
      log(`✗ ${source.dir} (format)`);
      problems.push(...loaded.problems);
      continue;
    }
    lessons.push(loaded.lesson);
    const found = verifyLesson(loaded.lesson);
    log(`${found.length === 0 ? '✓' : '✗'} ${source.dir} (${loaded.lesson.steps.length} steps)`);
    problems.push(...found);
  }
  const ids = lessons.map((l) => l.id);
  ids.forEach((id, i) => { if (ids.indexOf(id) !== i) problems.push(`lesson id "${id}" is used twice`); });
  if (course.ok) problems.push(...strayLessons(course.course, lessons));
  return { lessons: lessons.length, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = verifyLessons(LESSONS_DIR, (line) => process.stdout.write(`${line}\n`), process.argv[2]);
  for (const problem of report.problems) process.stdout.write(`\n${problem}\n`);
  process.stdout.write(`\n${report.lessons} lessons, ${report.problems.length} problems\n`);
  process.exitCode = report.problems.length === 0 ? 0 : 1;
}
