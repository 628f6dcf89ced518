import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HostApi, HostEvent, LessonStatus } from '../api.ts';
import { createSandbox } from '../sandbox.ts';
import { lessonFilesFromPaths, provideLessonFiles } from './library.ts';

const ROOT = join(import.meta.dirname, '../../../..');

/** Every lesson file under lessons/, keyed as the Worker's bundle keys them. */
function lessonsOnDisk(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(yaml|md)$/.test(name)) files[`/${relative(ROOT, path)}`] = readFileSync(path, 'utf8');
    }
  };
  walk(join(ROOT, 'lessons'));
  return files;
}

const COMMAND_LESSON = {
  '/lessons/test/cmd/lesson.yaml': 'id: t-cmd\nday: 2\nmodule: pods\norder: 9\ncluster: { seed: 3 }\nsteps:\n  - id: s\n    solution: [kubectl get nodes]\n    checks:\n      - id: typed\n        command: { words: [get], target: nodes }\n',
  '/lessons/test/cmd/fr.md': '# Commande\n\n## Lister {#s}\n\n```run\nkubectl get nodes\n```\n\n:::checks\n- typed: Vous avez listé les nœuds.\n:::\n\n:::hint\nkubectl get\n:::\n',
  '/lessons/test/cmd/en.md': '# Command\n\n## List {#s}\n\n```run\nkubectl get nodes\n```\n\n:::checks\n- typed: You listed the nodes.\n:::\n\n:::hint\nkubectl get\n:::\n',
};

beforeAll(() => provideLessonFiles(lessonFilesFromPaths({ ...lessonsOnDisk(), ...COMMAND_LESSON })));

function sandbox(): { host: HostApi; statuses: (LessonStatus | null)[]; session: string } {
  const host = createSandbox({ seed: 1 });
  const statuses: (LessonStatus | null)[] = [];
  host.subscribe((e: HostEvent) => {
    if (e.type === 'lesson') statuses.push(e.status);
  });
  return { host, statuses, session: host.openSession() };
}

const states = (status: LessonStatus | null | undefined) => Object.fromEntries((status?.checks ?? []).map((c) => [c.id, c.state]));

describe('lessonFilesFromPaths', () => {
  it('groups the files by lesson folder and keeps only folders with a lesson.yaml', () => {
    const files = lessonFilesFromPaths({ '/lessons/course.yaml': 'days: []', '/lessons/README.md': '#', '/lessons/a/b/lesson.yaml': 'y', '/lessons/a/b/fr.md': 'f', '/lessons/a/b/en.md': 'e', '/lessons/notes/x.md': 'x' });
    expect(files).toEqual({ course: 'days: []', lessons: [{ dir: 'a/b', yaml: 'y', prose: { fr: 'f', en: 'e' } }] });
  });
});

describe('the lesson player', () => {
  it('lists the lessons as the course is: days, then modules in the course order, titles in both languages', () => {
    const { host } = sandbox();
    const catalogue = host.lessonCatalogue();
    expect(catalogue.problems).toEqual([]);
    const day2 = catalogue.days.find((d) => d.day === 2)!;
    expect(day2.title.fr).toMatch(/^Jour 2/);
    const deployment = day2.modules.find((m) => m.id === 'deployment')!;
    expect(deployment.lessons[0]).toMatchObject({ id: 'j2-deployment', steps: ['create', 'chain', 'scale'] });
    expect(deployment.lessons[0]!.title.en).toMatch(/Deployment/);
    expect(host.lessonContent('j2-deployment')?.steps[2]?.solution).toEqual(['kubectl scale deployment frontend --replicas=5']);
    expect(host.lessonContent('nope')).toBeNull();
  });

  it('starts a lesson on its own cluster: what the student did before is gone, every check fails and explains itself', () => {
    const { host, session, statuses } = sandbox();
    host.runLine(session, 'kubectl create deployment frontend --image=nginx:1.14.2 --replicas=3');
    expect(host.startLesson('j2-deployment')).toBe(true);
    const status = statuses.at(-1)!;
    expect(status).toMatchObject({ lessonId: 'j2-deployment', stepIndex: 0, stepId: 'create', complete: false, lang: 'fr' });
    expect(states(status)).toEqual({ exists: 'fail', image: 'fail', available: 'fail' });
    const lesson = host.lessonContent('j2-deployment')!.text;
    expect(status.checks[0]!.label).toBe(lesson.fr.steps[0]!.checks['exists']);
    expect(status.checks[0]!.detail).toMatch(/frontend/);
    host.setLessonLang('en');
    expect(statuses.at(-1)!.checks[0]!.label).toBe(lesson.en.steps[0]!.checks['exists']);
    expect(statuses.at(-1)!.checks[0]!.detail).not.toBe(status.checks[0]!.detail);
    expect(host.startLesson('nope')).toBe(false);
  });

  it('passes a step once the click-to-run blocks ran and the checks held, and remembers it done', () => {
    const { host, session, statuses } = sandbox();
    host.startLesson('j2-deployment');
    const step = host.lessonContent('j2-deployment')!.text.fr.steps[0]!;
    for (const action of step.actions) {
      if (action.kind === 'file') host.writeFile(`/home/student/${action.path}`, action.text);
      else host.runBlock(session, action.text);
    }
    expect(states(statuses.at(-1))).toMatchObject({ exists: 'pass', image: 'pass' });
    for (let i = 0; i < 60 && !statuses.at(-1)!.complete; i++) host.step(500);
    expect(statuses.at(-1)).toMatchObject({ complete: true, completed: ['create'] });
    host.goToStep(1);
    expect(statuses.at(-1)).toMatchObject({ stepIndex: 1, stepId: 'chain', complete: false, completed: ['create'] });
  });

  it('checks quiz answers, and does a step for the student', () => {
    const { host, session, statuses } = sandbox();
    host.startLesson('j2-deployment');
    host.doItForMe(session);
    for (let i = 0; i < 60 && !statuses.at(-1)!.complete; i++) host.step(500);
    expect(statuses.at(-1)!.complete).toBe(true);
    host.goToStep(1);
    expect(host.answerQuiz('chain', ['a'])).toEqual({ correct: false });
    expect(states(statuses.at(-1))).toEqual({ chain: 'fail' });
    expect(host.answerQuiz('chain', ['b'])).toEqual({ correct: true });
    expect(states(statuses.at(-1))).toEqual({ chain: 'pass' });
    expect(statuses.at(-1)!.answers).toEqual({ chain: ['b'] });
    host.goToStep(2);
    expect(statuses.at(-1)!.answers).toEqual({});
  });

  it('reads the commands typed since the step began from the terminals', () => {
    const { host, session, statuses } = sandbox();
    host.runLine(session, 'kubectl get nodes');
    host.startLesson('t-cmd');
    expect(states(statuses.at(-1))).toEqual({ typed: 'fail' });
    host.runBlock(session, 'kubectl get pods\nkubectl get nodes');
    expect(states(statuses.at(-1))).toEqual({ typed: 'pass' });
    host.goToStep(0);
    expect(states(statuses.at(-1))).toEqual({ typed: 'fail' });
  });

  it('evaluates a few times per virtual second as the clock runs, not at every tick', () => {
    const { host, statuses } = sandbox();
    host.startLesson('j2-deployment');
    host.leaveLesson();
    expect(statuses.at(-1)).toBeNull();
    expect(host.resumeLesson('j2-deployment', 2)).toBe(true);
    expect(statuses.at(-1)).toMatchObject({ stepId: 'scale' });
    host.runLine(host.openSession(), 'kubectl create deployment frontend --image=nginx:1.14.2 --replicas=5');
    const before = statuses.length;
    for (let i = 0; i < 100; i++) host.step(10);
    expect(statuses.length - before).toBeLessThanOrEqual(4);
    expect(host.lessonStatus()).toMatchObject({ stepId: 'scale' });
  });
});
