// Reads lesson.yaml into the language-neutral part of a lesson: identity, starting cluster and
// steps (checks, quiz keys, solutions), reporting every problem with its path.

import type { Check, Solution, StartingCluster, StepData } from '../types.ts';
import { predicate } from './predicates.ts';
import { at, int, list, object, onlyKeys, str, strings, type Obj, type Problems } from './reader.ts';

export const PROFILES = ['course', 'course-flannel', 'bare', 'empty'] as const;
const DEFAULT_TIMEOUT_SECONDS = 90;
const ID = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

export interface LessonData {
  readonly id: string;
  readonly day: number;
  readonly module: string;
  readonly order: number;
  readonly cluster: StartingCluster;
  readonly steps: readonly StepData[];
}

export function id(obj: Obj, key: string, path: string, p: Problems): string {
  const value = str(obj, key, path, p);
  if (value !== '' && !ID.test(value)) p.add(at(path, key), `"${value}" is not an id (lower-case letters, digits and dashes)`);
  return value;
}

function files(value: unknown, path: string, p: Problems): Record<string, string> {
  if (value === undefined) return {};
  const obj = object(value, path, p) ?? {};
  for (const [k, v] of Object.entries(obj)) if (typeof v !== 'string') p.add(at(path, k), 'expected the file\'s text');
  return Object.fromEntries(Object.entries(obj).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function cluster(value: unknown, path: string, p: Problems): StartingCluster {
  const obj = object(value, path, p) ?? {};
  onlyKeys(obj, ['profile', 'seed', 'files', 'setup', 'faults', 'settleSeconds'], path, p);
  const profile = str(obj, 'profile', path, p, 'course');
  if (!(PROFILES as readonly string[]).includes(profile)) p.add(at(path, 'profile'), `unknown profile (known: ${PROFILES.join(', ')})`);
  return {
    profile,
    seed: int(obj, 'seed', path, p),
    files: files(obj['files'], at(path, 'files'), p),
    setup: strings(obj['setup'], at(path, 'setup'), p),
    faults: strings(obj['faults'], at(path, 'faults'), p),
    settleMs: int(obj, 'settleSeconds', path, p, 0) * 1000,
  };
}

function answers(value: unknown, path: string, p: Problems): Record<string, string[]> {
  if (value === undefined) return {};
  const obj = object(value, path, p) ?? {};
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, strings(v, at(path, k), p)]));
}

/** A list of shell lines, or `{ run: [lines], answers: { quiz: [options] } }`; answers default to the key. */
function solution(value: unknown, key: Record<string, string[]>, path: string, p: Problems): Solution {
  if (Array.isArray(value) || value === undefined) return { run: strings(value, path, p), answers: key };
  const obj = object(value, path, p) ?? {};
  onlyKeys(obj, ['run', 'answers'], path, p);
  return { run: strings(obj['run'], at(path, 'run'), p), answers: { ...key, ...answers(obj['answers'], at(path, 'answers'), p) } };
}

function check(value: unknown, path: string, p: Problems): Check {
  const obj = object(value, path, p) ?? {};
  return { id: id(obj, 'id', path, p), predicate: predicate(obj, path, p, ['id', 'holdSeconds']), holdMs: int(obj, 'holdSeconds', path, p, 0) * 1000 };
}

function step(value: unknown, path: string, p: Problems): StepData {
  const obj = object(value, path, p) ?? {};
  onlyKeys(obj, ['id', 'checks', 'quiz', 'solution', 'alternatives', 'wrong', 'timeoutSeconds'], path, p);
  const quiz = answers(obj['quiz'], at(path, 'quiz'), p);
  const checks = list(obj['checks'], at(path, 'checks'), p).map((c, i) => check(c, at(at(path, 'checks'), i), p));
  if (checks.length === 0) p.add(at(path, 'checks'), 'a step needs at least one check');
  if (obj['solution'] === undefined) p.add(at(path, 'solution'), 'required');
  const ids = checks.map((c) => c.id);
  ids.forEach((c, i) => { if (ids.indexOf(c) !== i) p.add(at(path, 'checks'), `check id "${c}" is used twice`); });
  return {
    id: id(obj, 'id', path, p),
    checks,
    quiz,
    solution: solution(obj['solution'], quiz, at(path, 'solution'), p),
    alternatives: list(obj['alternatives'], at(path, 'alternatives'), p).map((s, i) => solution(s, quiz, at(at(path, 'alternatives'), i), p)),
    wrong: list(obj['wrong'], at(path, 'wrong'), p).map((s, i) => solution(s, quiz, at(at(path, 'wrong'), i), p)),
    timeoutMs: int(obj, 'timeoutSeconds', path, p, DEFAULT_TIMEOUT_SECONDS) * 1000,
  };
}

export function lessonData(value: unknown, p: Problems): LessonData {
  const obj = object(value, '(lesson.yaml)', p) ?? {};
  onlyKeys(obj, ['id', 'day', 'module', 'order', 'cluster', 'steps'], '', p);
  const steps = list(obj['steps'], 'steps', p).map((s, i) => step(s, at('steps', i), p));
  if (steps.length === 0) p.add('steps', 'a lesson needs at least one step');
  const ids = steps.map((s) => s.id);
  ids.forEach((s, i) => { if (ids.indexOf(s) !== i) p.add('steps', `step id "${s}" is used twice`); });
  return {
    id: id(obj, 'id', '', p), day: int(obj, 'day', '', p), module: id(obj, 'module', '', p), order: int(obj, 'order', '', p),
    cluster: cluster(obj['cluster'], 'cluster', p), steps,
  };
}
