// The course's outline (lessons/course.yaml): days, and the modules of each day as the course names
// them; and the catalogue a player shows, with every lesson under its day and module.

import { load } from 'js-yaml';
import { at, int, list, object, onlyKeys, str, type Obj, Problems } from './schema/reader.ts';
import { id } from './schema/lesson-data.ts';
import { LANGS, type Lang, type Lesson } from './types.ts';

export type Titles = Readonly<Record<Lang, string>>;

export interface CourseModule {
  readonly id: string;
  readonly title: Titles;
}

export interface CourseDay {
  readonly day: number;
  readonly title: Titles;
  readonly modules: readonly CourseModule[];
}

export interface Course {
  readonly days: readonly CourseDay[];
}

function titles(obj: Obj, path: string, p: Problems): Titles {
  const t = object(obj['title'], at(path, 'title'), p) ?? {};
  return Object.fromEntries(LANGS.map((lang) => [lang, str(t, lang, at(path, 'title'), p)])) as Record<Lang, string>;
}

export function parseCourse(text: string): { ok: true; course: Course } | { ok: false; problems: readonly string[] } {
  const p = new Problems();
  const root = object(load(text), 'course.yaml', p) ?? {};
  const days = list(root['days'], 'days', p).map((d, i): CourseDay => {
    const path = at('days', i);
    const obj = object(d, path, p) ?? {};
    onlyKeys(obj, ['day', 'title', 'modules'], path, p);
    const modules = list(obj['modules'], at(path, 'modules'), p).map((m, j) => {
      const mp = at(at(path, 'modules'), j);
      const mo = object(m, mp, p) ?? {};
      onlyKeys(mo, ['id', 'title'], mp, p);
      return { id: id(mo, 'id', mp, p), title: titles(mo, mp, p) };
    });
    return { day: int(obj, 'day', path, p), title: titles(obj, path, p), modules };
  });
  return p.list.length > 0 ? { ok: false, problems: p.list.map((m) => `course.yaml: ${m}`) } : { ok: true, course: { days } };
}

export interface CatalogueDay extends CourseDay {
  readonly lessons: ReadonlyArray<{ readonly module: CourseModule; readonly lessons: readonly Lesson[] }>;
}

/** Lessons grouped as the course is: by day, then module in the course's order, then `order`. */
export function lessonCatalogue(course: Course, lessons: readonly Lesson[]): CatalogueDay[] {
  return course.days.map((day) => ({
    ...day,
    lessons: day.modules
      .map((module) => ({ module, lessons: lessons.filter((l) => l.day === day.day && l.module === module.id).sort((a, b) => a.order - b.order) }))
      .filter((m) => m.lessons.length > 0),
  }));
}

/** Lessons whose day or module the course does not have. */
export function strayLessons(course: Course, lessons: readonly Lesson[]): string[] {
  return lessons
    .filter((l) => !course.days.some((d) => d.day === l.day && d.modules.some((m) => m.id === l.module)))
    .map((l) => `${l.dir}/lesson.yaml: day ${l.day} has no module "${l.module}" in course.yaml`);
}
