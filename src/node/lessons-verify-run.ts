// Proves one lesson playable: every command parses and names a known program; at the start of each
// step every check fails; the solution and each alternative complete the step, each wrong solution
// does not; and, in every language, typing only the prose's blocks completes every step.

import { isComplete } from '../cli/shell/parse/complete.ts';
import { parse } from '../cli/shell/parse/parser.ts';
import { fileAsShellLines, invocations, LANGS, type Lang, type Lesson, type Solution, type StepData, type StepStatus } from '../lessons/index.ts';
import { LessonSandbox, type KnownPrograms } from './lessons-verify-sandbox.ts';

function failing(status: StepStatus): string {
  return status.checks.filter((c) => c.state !== 'pass').map((c) => `${c.id}: ${c.detail}`).join('; ');
}

/** The text as the commands the student types, each with the shell it runs in (`ssh NODE` opens one, `exit` closes it). */
function commandsBySession(text: string): Array<{ command: string; onNode: boolean }> {
  const out: Array<{ command: string; onNode: boolean }> = [];
  let depth = 0;
  let pending: string[] = [];
  for (const line of text.split('\n')) {
    pending.push(line);
    const command = pending.join('\n');
    if (!isComplete(command)) continue;
    pending = [];
    out.push({ command, onNode: depth > 0 });
    const [only] = invocations(command);
    if (invocations(command).length !== 1 || only === undefined) continue;
    const opensShell = (only.program === 'ssh' && only.positionals.length === 1) || (only.program === 'sudo' && (only.flags.has('i') || only.positionals.join(' ') === 'su -'));
    if (opensShell) depth++;
    else if ((only.program === 'exit' || only.program === 'logout') && depth > 0) depth--;
  }
  return out;
}

function commandProblems(text: string, programs: KnownPrograms, where: string): string[] {
  const parsed = parse(text);
  if (!parsed.ok) return [`${where}: does not parse: ${parsed.message}`];
  if (parsed.needsMoreInput) return [`${where}: is incomplete (bash would ask for more lines)`];
  return commandsBySession(text).flatMap(({ command, onNode }) =>
    invocations(command)
      .filter((inv) => !(onNode ? programs.node : programs.workstation).includes(inv.program))
      .map((inv) => `${where}: unknown program "${inv.program}"`));
}

/** Every shell text of the lesson (setup, solutions, prose blocks) parses and runs known programs. */
function checkCommands(lesson: Lesson, programs: KnownPrograms): string[] {
  const texts: Array<[string, string]> = [
    ['cluster.setup', [...lesson.cluster.setup, ...lesson.cluster.faults].join('\n')],
    ...lesson.steps.flatMap((s) => [s.solution, ...s.alternatives, ...s.wrong].map((sol, i): [string, string] => [`step ${s.id} solution #${i}`, sol.run.join('\n')])),
    ...LANGS.flatMap((lang) => lesson.text[lang].steps.flatMap((s) => s.actions.filter((a) => a.kind === 'run').map((a): [string, string] => [`${lang}.md step ${s.id} run block`, a.text]))),
  ];
  return texts.filter(([, text]) => text.trim() !== '').flatMap(([where, text]) => commandProblems(text, programs, where));
}

function apply(sandbox: LessonSandbox, solution: Solution): string[] {
  const failures = sandbox.type(solution.run.join('\n'));
  sandbox.answers = solution.answers;
  return failures;
}

function verifyStep(base: LessonSandbox, step: StepData): string[] {
  const problems: string[] = [];
  const where = `step ${step.id}`;
  base.beginStep();
  const atStart = base.evaluate(step.id, 'fr');
  for (const c of atStart.checks.filter((c) => c.state !== 'fail')) problems.push(`${where}: check ${c.id} already passes when the step begins (${c.detail})`);
  step.wrong.forEach((wrong, i) => {
    const s = base.fork();
    apply(s, wrong);
    if (s.waitFor(step.id, step.timeoutMs).complete) problems.push(`${where}: wrong solution #${i + 1} passes every check`);
  });
  step.alternatives.forEach((alt, i) => {
    const s = base.fork();
    problems.push(...apply(s, alt).map((f) => `${where}: alternative #${i + 1} failed:\n${f}`));
    const status = s.waitFor(step.id, step.timeoutMs);
    if (!status.complete) problems.push(`${where}: alternative #${i + 1} leaves checks failing: ${failing(status)}`);
  });
  problems.push(...apply(base, step.solution).map((f) => `${where}: the solution failed:\n${f}`));
  const status = base.waitFor(step.id, step.timeoutMs);
  if (!status.complete) problems.push(`${where}: the solution leaves checks failing: ${failing(status)}`);
  return problems;
}

/**
 * A student who types exactly the prose's blocks, in order, and answers the quizzes right. Languages
 * whose blocks are the same are played once, and what fails is told in each of them.
 */
function verifyProse(lesson: Lesson, langs: readonly Lang[]): string[] {
  const { sandbox } = LessonSandbox.start(lesson);
  const [first] = langs;
  const problems: string[] = [];
  if (first === undefined) return problems;
  lesson.steps.forEach((step, i) => {
    sandbox.beginStep();
    for (const action of lesson.text[first].steps[i]?.actions ?? []) {
      const text = action.kind === 'run' ? action.text : fileAsShellLines(action).join('\n');
      const failures = sandbox.type(text);
      for (const lang of langs) problems.push(...failures.map((f) => `${lang}.md step ${step.id}: a block failed:\n${f}`));
    }
    sandbox.answers = step.quiz;
    const status = sandbox.waitFor(step.id, step.timeoutMs, first);
    if (status.complete) return;
    for (const lang of langs) problems.push(`${lang}.md step ${step.id}: after its blocks, checks still fail: ${failing(lang === first ? status : sandbox.evaluate(step.id, lang, status.memory))}`);
  });
  return problems;
}

/** The languages grouped by the blocks their prose has, in LANGS order. */
function sameBlocks(lesson: Lesson): Lang[][] {
  const groups = new Map<string, Lang[]>();
  for (const lang of LANGS) {
    const key = JSON.stringify(lesson.text[lang].steps.map((s) => s.actions));
    groups.set(key, [...(groups.get(key) ?? []), lang]);
  }
  return [...groups.values()];
}

export function verifyLesson(lesson: Lesson): string[] {
  const { sandbox, failures } = LessonSandbox.start(lesson);
  const problems = [...failures.map((f) => `cluster.setup failed:\n${f}`), ...checkCommands(lesson, sandbox.programs)];
  for (const step of lesson.steps) problems.push(...verifyStep(sandbox, step));
  for (const langs of sameBlocks(lesson)) problems.push(...verifyProse(lesson, langs));
  return problems.map((p) => `${lesson.dir}: ${p}`);
}
