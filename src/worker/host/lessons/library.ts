// The lessons a sandbox offers: the course outline and every lesson folder's texts, given by the host
// (the Worker bundles lessons/ at build time; Node reads the folder), loaded once, by id.

import { lessonCatalogue, loadLesson, parseCourse, type Lesson, type LessonSource } from '../../../lessons/index.ts';
import type { LessonCatalogue, LessonContent } from './lesson-types.ts';

/** lessons/course.yaml and each lesson folder's lesson.yaml, fr.md and en.md. */
export interface LessonFiles {
  readonly course: string;
  readonly lessons: readonly LessonSource[];
}

const NO_LESSONS: LessonFiles = { course: 'days: []\n', lessons: [] };
let provided: LessonFiles = NO_LESSONS;

/** The host says where the lessons come from; sandboxes created afterwards offer them. */
export function provideLessonFiles(files: LessonFiles): void {
  provided = files;
}

export function providedLessonFiles(): LessonFiles {
  return provided;
}

/**
 * Groups files by lesson folder from their paths under `lessons/` (as a bundler lists them:
 * `/lessons/jour2/deployment/fr.md`); folders without a lesson.yaml are left out.
 */
export function lessonFilesFromPaths(files: Readonly<Record<string, string>>): LessonFiles {
  const folders = new Map<string, Record<string, string>>();
  let course = NO_LESSONS.course;
  for (const [path, text] of Object.entries(files)) {
    const relative = path.replace(/^.*?lessons\//, '');
    if (relative === 'course.yaml') course = text;
    const slash = relative.lastIndexOf('/');
    if (slash < 0) continue;
    const dir = relative.slice(0, slash);
    folders.set(dir, { ...folders.get(dir), [relative.slice(slash + 1)]: text });
  }
  const lessons = [...folders.entries()]
    .filter(([, texts]) => texts['lesson.yaml'] !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([dir, texts]) => ({ dir, yaml: texts['lesson.yaml']!, prose: { fr: texts['fr.md'] ?? '', en: texts['en.md'] ?? '' } }));
  return { course, lessons };
}

export class LessonLibrary {
  readonly catalogue: LessonCatalogue;
  private readonly byId = new Map<string, Lesson>();

  constructor(files: LessonFiles) {
    const problems: string[] = [];
    for (const source of files.lessons) {
      const loaded = loadLesson(source);
      if (loaded.ok) this.byId.set(loaded.lesson.id, loaded.lesson);
      else problems.push(...loaded.problems);
    }
    const course = parseCourse(files.course);
    if (!course.ok) problems.push(...course.problems);
    const days = course.ok ? lessonCatalogue(course.course, [...this.byId.values()]) : [];
    this.catalogue = {
      days: days.map((day) => ({
        day: day.day,
        title: day.title,
        modules: day.lessons.map(({ module, lessons }) => ({
          id: module.id,
          title: module.title,
          lessons: lessons.map((l) => ({ id: l.id, title: { fr: l.text.fr.title, en: l.text.en.title }, steps: l.steps.map((s) => s.id) })),
        })),
      })),
      problems,
    };
  }

  lesson(id: string): Lesson | undefined {
    return this.byId.get(id);
  }

  content(id: string): LessonContent | undefined {
    const lesson = this.byId.get(id);
    if (lesson === undefined) return undefined;
    return {
      id: lesson.id,
      day: lesson.day,
      module: lesson.module,
      text: lesson.text,
      steps: lesson.steps.map((s) => ({ id: s.id, solution: s.solution.run })),
    };
  }
}
