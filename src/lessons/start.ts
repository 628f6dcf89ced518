// How a lesson's sandbox starts, as data a host replays: a fresh cluster from the profile and seed,
// the workspace files, the hidden setup and fault lines, then time to settle.

import { STUDENT } from '../cli/workstation.ts';
import { absolutePath } from './checks/files.ts';
import type { Action, Lesson } from './types.ts';

export interface LessonStart {
  readonly profile: string;
  readonly seed: number;
  /** Workspace files by absolute path, added to the profile's own. */
  readonly files: Readonly<Record<string, string>>;
  readonly lines: readonly string[];
  readonly settleMs: number;
}

export function lessonStart(lesson: Lesson, home: string = STUDENT.home): LessonStart {
  const c = lesson.cluster;
  const files = Object.fromEntries(Object.entries(c.files).map(([path, text]) => [absolutePath(path, home), text]));
  return { profile: c.profile, seed: c.seed, files, lines: [...c.setup, ...c.faults], settleMs: c.settleMs };
}

/**
 * The lines a terminal receives for an open-in-editor block when the editor is not at hand (the
 * verifier, "do it for me"): the file written by a here-document, as a student could type it.
 */
export function fileAsShellLines(action: Extract<Action, { kind: 'file' }>): string[] {
  const marker = 'KUBELAB_EOF';
  const body = action.text.endsWith('\n') ? action.text.slice(0, -1) : action.text;
  return [`cat > ${action.path} <<'${marker}'`, ...body.split('\n'), marker];
}
