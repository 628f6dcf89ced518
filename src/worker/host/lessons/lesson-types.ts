// The lesson player's data as it crosses the host boundary: the course's catalogue, one lesson's
// texts for the page, and the live status of the step being followed. Plain serialisable data.

import type { CheckStatus, Lang, LessonText } from '../../../lessons/index.ts';

export type { CheckState, CheckStatus, Lang as LessonLang, LessonText, QuizText, StepText, Action as LessonAction } from '../../../lessons/index.ts';

/** A title in every language of the course. */
export type LessonTitles = Readonly<Record<Lang, string>>;

export interface LessonSummary {
  readonly id: string;
  readonly title: LessonTitles;
  /** The step ids, in order: progress is kept per step. */
  readonly steps: readonly string[];
}

export interface CatalogueModule {
  readonly id: string;
  readonly title: LessonTitles;
  readonly lessons: readonly LessonSummary[];
}

export interface CatalogueDayInfo {
  readonly day: number;
  readonly title: LessonTitles;
  readonly modules: readonly CatalogueModule[];
}

/** The course as the player lists it: days, their modules, each module's lessons. */
export interface LessonCatalogue {
  readonly days: readonly CatalogueDayInfo[];
  /** Lessons that could not be loaded, with why (a broken bundle; `lessons:verify` catches these first). */
  readonly problems: readonly string[];
}

/** What the page shows of a lesson: its prose in every language, and each step's solution lines. */
export interface LessonContent {
  readonly id: string;
  readonly day: number;
  readonly module: string;
  readonly text: Readonly<Record<Lang, LessonText>>;
  readonly steps: ReadonlyArray<{ readonly id: string; readonly solution: readonly string[] }>;
}

/** The step being followed and its checks, in the language the player asked for. */
export interface LessonStatus {
  readonly lessonId: string;
  readonly stepIndex: number;
  readonly stepId: string;
  readonly lang: Lang;
  readonly checks: readonly CheckStatus[];
  /** Every check passes and has held: the step is done. */
  readonly complete: boolean;
  /** The lesson's steps completed since it was started or resumed here. */
  readonly completed: readonly string[];
  /** Quiz id → the options chosen in this step. */
  readonly answers: Readonly<Record<string, readonly string[]>>;
}
