// The lessons layer's public API, for hosts (the browser's player, the Node verifier): load a
// lesson, list the course, start a lesson's sandbox, evaluate a step's checks in a language.

export { LANGS, CANONICAL_LANG, type Action, type Check, type Lang, type Lesson, type LessonText, type Predicate, type QuizText, type Solution, type StepData, type StepText } from './types.ts';
export { loadLesson, type LessonSource, type LoadResult } from './load.ts';
export { parseCourse, lessonCatalogue, strayLessons, type Course, type CourseDay, type CourseModule, type CatalogueDay } from './course.ts';
export { lessonStart, fileAsShellLines, type LessonStart } from './start.ts';
export { clusterView, type CheckContext, type ClusterView } from './context.ts';
export { evaluateStep, evaluatePredicate, type CheckState, type CheckStatus, type HoldMemory, type StepStatus } from './evaluate.ts';
export { invocations } from './checks/commands.ts';
export { absolutePath } from './checks/files.ts';
