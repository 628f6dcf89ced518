// The typed host API: what a UI (through the Worker) or Node (in-process) can ask of a sandbox.
// Boundaries carry plain serialisable data only.

import type { TimelineInfo } from './timeline/timeline-types.ts';
import type { Scenario } from './scenario-types.ts';

export type { TimelineInfo, TimelineMark, TimelineSegment } from './timeline/timeline-types.ts';
export type { Scenario } from './scenario-types.ts';
import type { InspectRequest, InspectResult, SchedulingWhy, ViewChange, ViewSnapshot } from './view/view-types.ts';

export type {
  InspectRequest, InspectResult, InspectView, NodeVerdict, SchedulingWhy, ViewChange, ViewClaim, ViewIngress, ViewNamespace, ViewNode,
  ViewObject, ViewOwner, ViewPod, ViewService, ViewSnapshot, ViewStorageClass, ViewVolume, ViewWorkload, ViewWorkloadKind,
} from './view/view-types.ts';

import type { FileDiff, FileResult, FilesState, JsonSchema } from './files/files-types.ts';

export type { FileDiff, FileErrorCode, FileResult, FilesState, JsonSchema, ScreenEditInfo, WorkspaceFile } from './files/files-types.ts';

import type { ActivityEntry } from '../../engine/index.ts';
import type { BrowseRequest, BrowseResult, ForwardInfo } from './browser/browser-types.ts';

export type { BrowseProblem, BrowseRequest, BrowseResult, ForwardInfo } from './browser/browser-types.ts';

export type { ActivityEntry, ActivityKey, ActivityObject, ActivityParams, Action, Actor } from '../../engine/index.ts';

import type { LessonCatalogue, LessonContent, LessonLang, LessonStatus } from './lessons/lesson-types.ts';

export type {
  CatalogueDayInfo, CatalogueModule, CheckState, CheckStatus, LessonAction, LessonCatalogue, LessonContent, LessonLang, LessonStatus,
  LessonSummary, LessonText, LessonTitles, QuizText, StepText,
} from './lessons/lesson-types.ts';

export type SessionId = string;

/** How a terminal session starts. */
export interface SessionOptions {
  /** History lines, oldest first (a terminal tab reopened after a reload); at most the last 1,000 are kept. */
  readonly history?: readonly string[];
}

export type HostEvent =
  /** Terminal bytes for a session (ANSI, `\r\n` line ends). */
  | { readonly type: 'output'; readonly sessionId: SessionId; readonly data: string }
  /** A line the session added to its history (for the terminal's own history store). */
  | { readonly type: 'history'; readonly sessionId: SessionId; readonly line: string }
  /** The virtual clock moved or its pacing changed. */
  | { readonly type: 'clock'; readonly nowMs: number; readonly speed: number; readonly paused: boolean }
  /** The cluster changed: the revision to re-read from (watch fan-out comes with the full UI). */
  | { readonly type: 'cluster'; readonly revision: number }
  /** The rewind points or the inputs on the timeline changed. */
  | { readonly type: 'timeline'; readonly info: TimelineInfo }
  /** Saving the session failed (the browser's storage is full or broken). */
  | { readonly type: 'storage'; readonly problem: string }
  /** The cluster view's changes since the previous `view` event; `seq` counts these events. */
  | { readonly type: 'view'; readonly seq: number; readonly changes: readonly ViewChange[] }
  /** The student's files or the files on the screen changed (by the editor, the shell or kubectl edit). */
  | { readonly type: 'files'; readonly state: FilesState }
  /** What the control plane did since the previous `activity` event; `reset`: a new cluster, forget the older entries. */
  | { readonly type: 'activity'; readonly reset: boolean; readonly entries: readonly ActivityEntry[] }
  /** The ports kubectl port-forward listens on changed. */
  | { readonly type: 'forwards'; readonly forwards: readonly ForwardInfo[] }
  /** The followed lesson's step and its checks changed (null: no lesson is followed). */
  | { readonly type: 'lesson'; readonly status: LessonStatus | null };

export interface ClockState {
  readonly nowMs: number;
  readonly speed: number;
  readonly paused: boolean;
}

export interface SandboxOptions {
  readonly seed: number;
  /** Profile name; `course` is the default. */
  readonly profile?: string;
}

export interface HostSnapshot {
  readonly version: 1;
  readonly options: SandboxOptions;
  readonly cluster: unknown;
  readonly files: Record<string, string>;
}

/**
 * The host API, one section per feature (terminal sessions, clock, snapshots, then each UI feature's
 * own calls). A new method also goes into `worker/worker-api.ts`'s forwarding table.
 */
export interface HostApi {
  // ── terminal sessions ──
  /** Opens a terminal session; its prompt arrives as output. */
  openSession(options?: SessionOptions): SessionId;
  /** Closes a session: its running command is cancelled, its output stops. */
  closeSession(sessionId: SessionId): void;
  /** The session's history lines, oldest first. */
  sessionHistory(sessionId: SessionId): readonly string[];
  /** The terminal's size in cells: long lines wrap there, completion lists fit it. */
  resize(sessionId: SessionId, cols: number, rows: number): void;
  /** Raw keyboard input (what xterm's onData gives): edited, echoed, and run on Enter. */
  sendKeys(sessionId: SessionId, data: string): void;
  /** Runs a whole line as if typed and entered (click-to-run). */
  runLine(sessionId: SessionId, line: string): void;
  /** Ctrl-C for the session's running command. */
  cancel(sessionId: SessionId): void;
  // ── clock ──
  /**
   * Advances wall time by `wallMs` at the current speed (the driver calls this). With `more`, stops
   * between two events once it says no, so a busy cluster lags behind the wall clock rather than
   * holding the Worker (input and pings wait for the tick to end).
   */
  tick(wallMs: number, more?: () => boolean): void;
  setSpeed(speed: number): void;
  pause(): void;
  resume(): void;
  /** Advances virtual time by `ms` even while paused. */
  step(ms: number): void;
  clock(): ClockState;
  // ── snapshots ──
  snapshot(): HostSnapshot;
  restore(snapshot: HostSnapshot): void;
  // ── time travel ──
  /** The moments the sandbox can be rewound to, and the inputs along the way. */
  timeline(): TimelineInfo;
  /** Goes back to `toMs` (or the nearest reachable moment) and carries on from there; the later future is dropped. */
  rewind(toMs: number): void;
  /** A scenario rebuilding this session from its command lines (the terminal's history), for a share link. */
  shareScenario(lines: readonly string[]): Scenario;
  /** Replaces the sandbox by a scenario's (data from a link: checked first; nothing changes if it is refused). */
  playScenario(data: unknown): { readonly ok: true } | { readonly ok: false; readonly reason: string };
  /** Starts again from a profile's fresh cluster (the current one if none is named); files go back to the profile's. */
  reset(profile?: string): void;
  // ── cluster view ──
  /** The whole cluster view once: on first load, and after a `reset` change. */
  viewSnapshot(): ViewSnapshot;
  /** An object's YAML, describe, events or logs, as kubectl prints them. */
  inspect(request: InspectRequest): InspectResult;
  /** The scheduler's latest attempt for a pod, node by node; null when it has none. */
  whyPending(namespace: string, name: string): SchedulingWhy | null;
  // ── workspace files ──
  /** The student's files (what `ls -R ~` shows) and the files `vi` or kubectl edit show on the screen. */
  listFiles(): FilesState;
  /** Paths are absolute: in the home directory, or a file on the screen. Errors are values. */
  readFile(path: string): FileResult<string>;
  /** Writes a file and its directories; `create` fails with EEXIST instead of replacing. */
  writeFile(path: string, text: string, options?: { readonly create?: boolean }): FileResult<null>;
  /** Renames a file, never over an existing one (EEXIST). */
  renameFile(from: string, to: string): FileResult<null>;
  deleteFile(path: string): FileResult<null>;
  /** From now on the editor pane shows the files of `vi` and kubectl edit (headless, they cannot open). */
  attachEditor(): void;
  /** Ends a screen edit: saves `text` then closes (Save & close), or quits without saving (null). */
  finishEdit(id: number, text: string | null): FileResult<null>;
  /** The JSON Schema of every kind, for the editor's validation, hover and completion. */
  editorSchema(): JsonSchema;
  /** The live objects a manifest file names, and what `kubectl apply -f` would make of them. */
  diffFile(path: string): FileDiff;
  // ── activity ──
  /** The recorded entries after `afterSeq` still kept (the newest ones), for a feed that starts late. */
  activitySince(afterSeq: number): readonly ActivityEntry[];
  // ── browser ──
  /** A page fetched as a browser on the student's workstation would (NodePorts, Ingresses, port-forwards). */
  browse(request: BrowseRequest): BrowseResult;
  /** The ports kubectl port-forward listens on now. */
  forwards(): readonly ForwardInfo[];
  // ── lessons ──
  /** The course's lessons: days, modules, lessons, titles in every language. */
  lessonCatalogue(): LessonCatalogue;
  /** A lesson's prose in every language and its steps' solutions; null for an unknown id. */
  lessonContent(id: string): LessonContent | null;
  /** Replaces the sandbox by the lesson's starting one (setup and faults run unseen) and follows its first step. */
  startLesson(id: string): boolean;
  /** Follows a lesson from a step on the sandbox as it is (the session a reload brought back). */
  resumeLesson(id: string, stepIndex: number): boolean;
  /** Stops following the lesson; the sandbox stays as it is. */
  leaveLesson(): void;
  /** Goes to a step of the followed lesson (next, previous): its history and answers start empty. */
  goToStep(stepIndex: number): void;
  /** The language of the checks' labels and explanations. */
  setLessonLang(lang: LessonLang): void;
  /** Records the options chosen for a quiz of the current step; says whether they are right. */
  answerQuiz(quizId: string, options: readonly string[]): { readonly correct: boolean };
  /** Types a click-to-run block into a terminal, each line ended by Enter, as if typed. */
  runBlock(sessionId: SessionId, text: string): void;
  /** Types the current step's solution into a terminal and answers its quizzes. */
  doItForMe(sessionId: SessionId): void;
  /** The followed step's status now; null when no lesson is followed. */
  lessonStatus(): LessonStatus | null;
  // ── events ──
  subscribe(listener: (event: HostEvent) => void): () => void;
}
