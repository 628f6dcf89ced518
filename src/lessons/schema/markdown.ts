// Reads a lesson's prose (fr.md, en.md): `# Title`, an intro, then one `## Step title {#step-id}`
// section per step holding Markdown with ```run and ```file path=… fences (click-to-run and
// open-in-editor) and :::hint, :::checks, :::quiz{#id} and :::trainer blocks closed by `:::`.

import type { Action, Lang, LessonText, QuizText, StepText } from '../types.ts';
import type { Problems } from './reader.ts';

const FENCE = /^(`{3,}|~{3,})\s*(.*)$/;
const DIRECTIVE = /^:::([a-z]+)(?:\{#([a-z0-9-]+)\})?\s*$/;
const STEP = /^##\s+(.+?)\s+\{#([a-z0-9-]+)\}\s*$/;
const TITLE = /^#\s+(.+)$/;
const FILE_INFO = /^file\s+path=(\S+)\s*$/;
const OPTION = /^-\s+\[([a-z0-9]+)\]\s+(.+)$/;
const CHECK_LABEL = /^-\s+([a-z0-9-]+):\s+(.+)$/;
const DIRECTIVES = ['hint', 'checks', 'quiz', 'trainer'] as const;

interface StepBuilder {
  id: string;
  title: string;
  body: string[];
  actions: Action[];
  hints: string[];
  checks: Record<string, string>;
  quizzes: QuizText[];
  trainer: string[];
}

function quizOf(id: string, lines: readonly string[], where: string, p: Problems): QuizText {
  const first = lines.findIndex((l) => OPTION.test(l));
  const last = lines.length - 1 - [...lines].reverse().findIndex((l) => OPTION.test(l));
  if (first < 0) p.add(where, `quiz "${id}" has no options (- [a] …)`);
  const options = first < 0 ? [] : lines.slice(first, last + 1).filter((l) => l.trim() !== '').map((l) => {
    const m = OPTION.exec(l);
    if (!m) p.add(where, `quiz "${id}": "${l}" is not an option (- [id] text)`);
    return { id: m?.[1] ?? '', text: m?.[2] ?? l };
  });
  return {
    id,
    question: lines.slice(0, first < 0 ? lines.length : first).join('\n').trim(),
    options,
    explanation: first < 0 ? '' : lines.slice(last + 1).join('\n').trim(),
  };
}

function closeDirective(step: StepBuilder, name: string, id: string | undefined, lines: string[], where: string, p: Problems): void {
  const text = lines.join('\n').trim();
  if (name === 'hint') step.hints.push(text);
  else if (name === 'trainer') step.trainer.push(text);
  else if (name === 'quiz') step.quizzes.push(quizOf(id ?? '', lines, where, p));
  else {
    for (const line of lines.filter((l) => l.trim() !== '')) {
      const m = CHECK_LABEL.exec(line);
      if (m) step.checks[m[1]!] = m[2]!;
      else p.add(where, `"${line}" is not a check label (- check-id: text)`);
    }
  }
}

function finish(b: StepBuilder): StepText {
  return { id: b.id, title: b.title, body: b.body.join('\n').trim(), actions: b.actions, hints: b.hints, checks: b.checks, quizzes: b.quizzes, trainer: b.trainer.join('\n\n') };
}

/** Parses one language's prose; problems are reported under `file`. */
export function lessonText(source: string, lang: Lang, file: string, p: Problems): LessonText {
  let title = '';
  const intro: string[] = [];
  const steps: StepBuilder[] = [];
  let fence: { marker: string; info: string; lines: string[]; line: number } | undefined;
  let directive: { name: string; id?: string; lines: string[]; line: number } | undefined;
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    const step = steps[steps.length - 1];
    const sink = directive ? directive.lines : step ? step.body : intro;
    if (fence) {
      if (line.trim() === fence.marker) {
        const text = fence.lines.join('\n');
        const file = FILE_INFO.exec(fence.info);
        if ((fence.info === 'run' || file) && !directive) {
          if (!step) p.add(where, 'click-to-run and file blocks belong in a step');
          else step.actions.push(file ? { kind: 'file', path: file[1]!, text: `${text}\n` } : { kind: 'run', text });
        }
        fence = undefined;
      } else fence.lines.push(line);
      sink.push(line);
      return;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      fence = { marker: opening[1]!, info: opening[2]!.trim(), lines: [], line: i + 1 };
      sink.push(line);
      return;
    }
    if (directive) {
      if (line.trim() === ':::') {
        if (step) closeDirective(step, directive.name, directive.id, directive.lines, `${file}:${directive.line}`, p);
        directive = undefined;
      } else directive.lines.push(line);
      return;
    }
    const open = DIRECTIVE.exec(line);
    const heading = STEP.exec(line);
    const top = TITLE.exec(line);
    if (open) {
      if (!(DIRECTIVES as readonly string[]).includes(open[1]!)) p.add(where, `unknown block :::${open[1]} (known: ${DIRECTIVES.join(', ')})`);
      if (!step) p.add(where, `:::${open[1]} belongs in a step`);
      if ((open[1] === 'quiz') !== (open[2] !== undefined)) p.add(where, open[1] === 'quiz' ? 'a quiz needs an id: :::quiz{#id}' : `:::${open[1]} takes no id`);
      directive = { name: open[1]!, ...(open[2] === undefined ? {} : { id: open[2] }), lines: [], line: i + 1 };
    } else if (heading) {
      steps.push({ id: heading[2]!, title: heading[1]!, body: [], actions: [], hints: [], checks: {}, quizzes: [], trainer: [] });
    } else if (top && title === '' && steps.length === 0) {
      title = top[1]!.trim();
    } else if (line.startsWith('## ')) {
      p.add(where, 'a step heading ends with its id: ## Title {#step-id}');
    } else {
      sink.push(line);
    }
  });
  if (fence) p.add(`${file}:${fence.line}`, 'this code block is never closed');
  if (directive) p.add(`${file}:${directive.line}`, `:::${directive.name} is never closed by :::`);
  if (title === '') p.add(file, 'the lesson has no title (# Title)');
  return { lang, title, intro: intro.join('\n').trim(), steps: steps.map(finish) };
}
