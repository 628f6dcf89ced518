// The lesson model: what `lesson.yaml` (machine data shared by every language) and `fr.md`/`en.md`
// (prose per language) become once loaded and checked. Plain, serialisable, read-only data.

import type { Json } from '../engine/index.ts';
import type { KeyPath } from './key-path.ts';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** French is the course's language: the canonical text. */
export const CANONICAL_LANG: Lang = 'fr';

/** One comparison of a found value with what the lesson expects. */
export type Expectation =
  | { readonly op: 'eq' | 'ne' | 'contains'; readonly value: Json }
  | { readonly op: 'gt' | 'gte' | 'lt' | 'lte'; readonly value: number }
  | { readonly op: 'matches'; readonly value: string }
  | { readonly op: 'in'; readonly value: readonly Json[] }
  | { readonly op: 'exists'; readonly value: boolean };

export interface ObjectRef {
  /** The object's Kind as the API names it (`Deployment`), resolved at load time. */
  readonly kind: string;
  readonly name: string;
  /** Namespaced kinds only; `default` when left out. */
  readonly namespace?: string;
}

export interface FieldTest {
  readonly path: KeyPath;
  readonly expect: Expectation;
}

/** A declarative predicate; `op` says which. Each is a pure function of the check context. */
export type Predicate =
  | { readonly op: 'exists' | 'absent'; readonly ref: ObjectRef }
  | { readonly op: 'field'; readonly ref: ObjectRef; readonly test: FieldTest }
  | { readonly op: 'count'; readonly kind: string; readonly namespace?: string; readonly selector?: string; readonly where: readonly FieldTest[]; readonly expect: Expectation }
  | { readonly op: 'condition'; readonly ref: ObjectRef; readonly type: string; readonly status: string }
  | { readonly op: 'placement'; readonly namespace: string; readonly selector: string; readonly node?: string; readonly nodeSelector?: string; readonly spread: boolean; readonly min: number }
  | { readonly op: 'event'; readonly reason: string; readonly namespace?: string; readonly involved?: { readonly kind: string; readonly name?: string }; readonly message?: string; readonly type?: string }
  | { readonly op: 'command'; readonly program: string; readonly words: readonly string[]; readonly target?: { readonly kind: string; readonly name?: string }; readonly flags: Readonly<Record<string, string | true>> }
  | { readonly op: 'file'; readonly path: string; readonly exists: boolean; readonly yaml: boolean; readonly test?: FieldTest }
  | { readonly op: 'quiz'; readonly id: string }
  | { readonly op: 'all' | 'any'; readonly of: readonly Predicate[] }
  | { readonly op: 'not'; readonly of: Predicate };

export interface Check {
  readonly id: string;
  readonly predicate: Predicate;
  /** The check counts only once it has held this long without a break (virtual time). */
  readonly holdMs: number;
}

/** What a learner or the verifier does: shell lines typed in the terminal, then quiz answers. */
export interface Solution {
  readonly run: readonly string[];
  readonly answers: Readonly<Record<string, readonly string[]>>;
}

export interface StepData {
  readonly id: string;
  readonly checks: readonly Check[];
  /** Quiz id → the ids of the correct options (all of them, no other). */
  readonly quiz: Readonly<Record<string, readonly string[]>>;
  readonly solution: Solution;
  readonly alternatives: readonly Solution[];
  readonly wrong: readonly Solution[];
  /** How long the verifier waits for the checks after a solution (virtual time). */
  readonly timeoutMs: number;
}

export interface StartingCluster {
  readonly profile: string;
  readonly seed: number;
  /** Workspace files, by path under the student's home. */
  readonly files: Readonly<Record<string, string>>;
  /** Shell lines run before the lesson starts, unseen by the student. */
  readonly setup: readonly string[];
  /** Shell lines that break something for the student to find (troubleshooting), run after setup. */
  readonly faults: readonly string[];
  /** Virtual time let pass after setup and faults, so the cluster has settled. */
  readonly settleMs: number;
}

/** A click-to-run block or an open-in-editor block, in the order the prose shows them. */
export type Action =
  | { readonly kind: 'run'; readonly text: string }
  | { readonly kind: 'file'; readonly path: string; readonly text: string };

export interface QuizText {
  readonly id: string;
  /** The question, Markdown. */
  readonly question: string;
  readonly options: ReadonlyArray<{ readonly id: string; readonly text: string }>;
  /** Shown once answered, Markdown. */
  readonly explanation: string;
}

export interface StepText {
  readonly id: string;
  readonly title: string;
  /** The step's Markdown with its ```run and ```file fences in place (a player renders them as buttons). */
  readonly body: string;
  readonly actions: readonly Action[];
  /** Progressive hints, first to last. */
  readonly hints: readonly string[];
  /** Check id → what it checks, in words. */
  readonly checks: Readonly<Record<string, string>>;
  readonly quizzes: readonly QuizText[];
  readonly trainer: string;
}

export interface LessonText {
  readonly lang: Lang;
  readonly title: string;
  /** Markdown before the first step. */
  readonly intro: string;
  readonly steps: readonly StepText[];
}

export interface Lesson {
  readonly id: string;
  /** Folder under lessons/, e.g. `jour2/deployment`. */
  readonly dir: string;
  readonly day: number;
  readonly module: string;
  readonly order: number;
  readonly cluster: StartingCluster;
  readonly steps: readonly StepData[];
  readonly text: Readonly<Record<Lang, LessonText>>;
}
