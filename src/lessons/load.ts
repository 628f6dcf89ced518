// Loads a lesson from its three texts (lesson.yaml, fr.md, en.md), checking each on its own and
// against the others: the same steps in the same order, a label for every check, the same quizzes
// and options, the same commands in every language.

import { load, YAMLException } from 'js-yaml';
import { lessonData } from './schema/lesson-data.ts';
import { lessonText } from './schema/markdown.ts';
import { Problems } from './schema/reader.ts';
import { LANGS, type Lang, type Lesson, type LessonText, type StepData } from './types.ts';

export interface LessonSource {
  /** The lesson's folder under lessons/, e.g. `jour2/deployment`. */
  readonly dir: string;
  readonly yaml: string;
  readonly prose: Readonly<Record<Lang, string>>;
}

export type LoadResult = { readonly ok: true; readonly lesson: Lesson } | { readonly ok: false; readonly problems: readonly string[] };

function parseYaml(text: string, p: Problems): unknown {
  try {
    return load(text);
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    p.add('(parse)', e.message.split('\n')[0] ?? '');
    return {};
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function crossCheck(steps: readonly StepData[], text: LessonText, file: string, p: Problems): void {
  const ids = text.steps.map((s) => s.id);
  if (ids.join() !== steps.map((s) => s.id).join()) p.add(file, `steps [${ids.join(', ')}] differ from lesson.yaml's [${steps.map((s) => s.id).join(', ')}]`);
  steps.forEach((step, i) => {
    const prose = text.steps[i];
    if (prose === undefined || prose.id !== step.id) return;
    const where = `${file} step ${step.id}`;
    if (!sameIds(Object.keys(prose.checks), step.checks.map((c) => c.id))) p.add(where, `:::checks labels [${Object.keys(prose.checks).join(', ')}] differ from the checks [${step.checks.map((c) => c.id).join(', ')}]`);
    if (!sameIds(prose.quizzes.map((q) => q.id), Object.keys(step.quiz))) p.add(where, `quizzes [${prose.quizzes.map((q) => q.id).join(', ')}] differ from lesson.yaml's keys [${Object.keys(step.quiz).join(', ')}]`);
    for (const quiz of prose.quizzes) {
      const missing = (step.quiz[quiz.id] ?? []).filter((o) => !quiz.options.some((opt) => opt.id === o));
      if (missing.length > 0) p.add(where, `quiz ${quiz.id} has no option ${missing.join(', ')}`);
    }
    if (prose.hints.length === 0) p.add(where, 'give at least one :::hint');
  });
}

function sameActions(a: LessonText, b: LessonText, p: Problems): void {
  a.steps.forEach((step, i) => {
    const other = b.steps[i];
    if (other === undefined) return;
    const key = (s: typeof step) => s.actions.map((x) => (x.kind === 'run' ? `run:${x.text}` : `file:${x.path}`)).join('\n');
    if (key(step) !== key(other)) p.add(`${b.lang}.md step ${other.id}`, `its run and file blocks differ from ${a.lang}.md's`);
    if (step.hints.length !== other.hints.length) p.add(`${b.lang}.md step ${other.id}`, `${other.hints.length} hints where ${a.lang}.md has ${step.hints.length}`);
  });
}

export function loadLesson(source: LessonSource): LoadResult {
  const yamlProblems = new Problems();
  const data = lessonData(parseYaml(source.yaml, yamlProblems), yamlProblems);
  const p = new Problems();
  for (const m of yamlProblems.list) p.list.push(`lesson.yaml: ${m}`);
  const [first, ...others] = LANGS.map((lang) => lessonText(source.prose[lang], lang, `${lang}.md`, p));
  const texts = [first!, ...others];
  for (const text of texts) crossCheck(data.steps, text, `${text.lang}.md`, p);
  for (const text of others) sameActions(first!, text, p);
  if (p.list.length > 0) return { ok: false, problems: p.list.map((m) => `${source.dir}/${m}`) };
  const text = Object.fromEntries(texts.map((t) => [t.lang, t])) as Record<Lang, LessonText>;
  return { ok: true, lesson: { ...data, dir: source.dir, text } };
}
