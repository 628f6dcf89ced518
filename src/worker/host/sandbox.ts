// The sandbox behind the host API: one cluster, the student's workstation, terminal sessions, and
// the pacing of virtual time (speed, pause, step). Used in-process by Node and behind the Worker.

import { Cluster, type ClusterSnapshot } from '../../engine/index.ts';
import { createWorkstation, type Workstation } from '../../cli/workstation.ts';
import type { ClockState, HostApi, HostEvent, HostSnapshot, SandboxOptions, SessionId, SessionOptions } from './api.ts';
import { newCluster } from './profiles.ts';
import { TerminalSession, workstationCompleter } from './terminal-session.ts';
import { Timeline } from './timeline/timeline.ts';
import type { TimelineInfo } from './timeline/timeline-types.ts';
import { checkScenario, playScenario, scenarioOf } from './scenario.ts';
import type { Scenario } from './scenario-types.ts';
import { ClusterView } from './view/cluster-view.ts';
import type { InspectRequest, InspectResult, SchedulingWhy, ViewSnapshot } from './view/view-types.ts';
import { editorSchema } from './files/editor-schema.ts';
import type { FileDiff, FileResult, FilesState, JsonSchema } from './files/files-types.ts';
import { WorkspaceFiles } from './files/workspace-files.ts';
import { ActivityFeed } from './activity/activity-feed.ts';
import { Browser } from './browser/browser.ts';
import type { BrowseRequest, BrowseResult, ForwardInfo } from './browser/browser-types.ts';
import type { ActivityEntry } from '../../engine/index.ts';
import { asTyped, LessonPlayer } from './lessons/lesson-player.ts';
import type { LessonCatalogue, LessonContent, LessonLang, LessonStatus } from './lessons/lesson-types.ts';

const MAX_TICK_WALL_MS = 1_000;

/** What a host feature works on; both are replaced by a restore. */
export interface SandboxWorld {
  readonly cluster: Cluster;
  readonly workstation: Workstation;
}

/**
 * A feature of the host with its own state and events (workspace files, cluster view, activity…).
 * `bind` is called at creation and after every restore; `flush` after each change of time or input,
 * so the feature emits at most one coalesced event per tick.
 */
export interface HostFeature {
  bind(world: SandboxWorld): void;
  flush?(): void;
}

export function createSandbox(options: SandboxOptions): HostApi {
  return new Sandbox(options);
}

class Sandbox implements HostApi {
  private cluster: Cluster;
  private workstation: Workstation;
  private readonly sessions = new Map<SessionId, TerminalSession>();
  /** Sessions opened so far: ids are never reused after a close. */
  private sessionCount = 0;
  private readonly listeners = new Set<(e: HostEvent) => void>();
  private speed = 1;
  private paused = false;
  private lastRevision = 0;
  private readonly features: HostFeature[] = [];
  private readonly emitEvent = (event: HostEvent): void => this.emit(event);
  /** The line the latest input added to a history: the timeline's label for that input. */
  private lastLine: string | undefined;
  private readonly rewindPoints = new Timeline(() => this.snapshot(), () => this.cluster.nowMs);
  private readonly view: ClusterView;
  private readonly files: WorkspaceFiles;
  private readonly activity: ActivityFeed;
  private readonly browser: Browser;
  private readonly lessons: LessonPlayer;

  constructor(private options: SandboxOptions) {
    this.cluster = newCluster(options);
    this.workstation = createWorkstation(this.cluster);
    this.rewindPoints.reset();
    this.view = this.addFeature(new ClusterView(this.emitEvent));
    this.files = this.addFeature(new WorkspaceFiles(this.emitEvent));
    this.activity = this.addFeature(new ActivityFeed(this.emitEvent));
    this.browser = this.addFeature(new Browser(this.emitEvent));
    this.lessons = this.addFeature(new LessonPlayer(this.emitEvent, (listener) => this.subscribe(listener)));
  }

  /** Registers a feature and binds it to the current world. */
  private addFeature<F extends HostFeature>(feature: F): F {
    this.features.push(feature);
    feature.bind(this.world());
    return feature;
  }

  private world(): SandboxWorld {
    return { cluster: this.cluster, workstation: this.workstation };
  }

  openSession(options: SessionOptions = {}): SessionId {
    const id = `s${++this.sessionCount}`;
    const session = new TerminalSession(this.workstation.openShell(), (data) => this.emit({ type: 'output', sessionId: id, data }), {
      ...(options.history ? { history: options.history } : {}),
      complete: workstationCompleter(() => this.world()),
      onHistory: (line) => {
        this.lastLine = line;
        this.emit({ type: 'history', sessionId: id, line });
      },
    });
    this.sessions.set(id, session);
    session.start();
    return id;
  }

  closeSession(sessionId: SessionId): void {
    this.sessions.get(sessionId)?.close();
    this.sessions.delete(sessionId);
  }

  sessionHistory(sessionId: SessionId): readonly string[] {
    return [...(this.sessions.get(sessionId)?.history ?? [])];
  }

  resize(sessionId: SessionId, cols: number, rows: number): void {
    this.sessions.get(sessionId)?.resize(cols, rows);
  }

  sendKeys(sessionId: SessionId, data: string): void {
    this.lastLine = undefined;
    this.sessions.get(sessionId)?.keys(data);
    if (this.lastLine !== undefined || /[\r\n]/.test(data)) this.rewindPoints.afterInput(this.lastLine ?? '');
    this.afterChange();
  }

  runLine(sessionId: SessionId, line: string): void {
    this.sessions.get(sessionId)?.runLine(line);
    this.rewindPoints.afterInput(line);
    this.afterChange();
  }

  cancel(sessionId: SessionId): void {
    this.sessions.get(sessionId)?.cancel();
  }

  tick(wallMs: number, more?: () => boolean): void {
    if (this.paused || wallMs <= 0) return;
    this.advance(Math.round(Math.min(wallMs, MAX_TICK_WALL_MS) * this.speed), more);
  }

  step(ms: number): void {
    this.advance(ms);
  }

  setSpeed(speed: number): void {
    this.speed = speed > 0 && Number.isFinite(speed) ? speed : 1;
    this.emitClock();
  }

  pause(): void {
    this.paused = true;
    this.emitClock();
  }

  resume(): void {
    this.paused = false;
    this.emitClock();
  }

  clock(): ClockState {
    return { nowMs: this.cluster.nowMs, speed: this.speed, paused: this.paused };
  }

  snapshot(): HostSnapshot {
    // The store's objects are frozen: shared, not copied (IndexedDB and JSON copy them anyway).
    return { version: 1, options: this.options, cluster: this.cluster.checkpoint(), files: this.workstation.fs.snapshot() };
  }

  restore(snapshot: HostSnapshot): void {
    this.rebuild(snapshot);
    this.rewindPoints.reset();
    this.afterChange();
  }

  // ── time travel ──
  timeline(): TimelineInfo {
    return this.rewindPoints.info();
  }

  rewind(toMs: number): void {
    const plan = this.rewindPoints.plan(toMs);
    if (plan === undefined) return;
    this.rebuild(plan.snapshot);
    this.rewindPoints.truncateAfter(plan.toMs);
    this.advance(plan.toMs - plan.fromMs);
    this.afterChange();
  }

  shareScenario(lines: readonly string[]): Scenario {
    return scenarioOf(this.snapshot(), lines);
  }

  playScenario(data: unknown): { readonly ok: true } | { readonly ok: false; readonly reason: string } {
    const checked = checkScenario(data);
    if (!checked.ok) return checked;
    this.restore(playScenario(checked.scenario));
    return { ok: true };
  }

  reset(profile?: string): void {
    const options = { ...this.options, ...(profile === undefined ? {} : { profile }) };
    const fresh = newCluster(options);
    this.restore({ version: 1, options, cluster: fresh.checkpoint(), files: createWorkstation(fresh).fs.snapshot() });
  }

  // ── cluster view ──
  viewSnapshot(): ViewSnapshot {
    return this.view.snapshot();
  }

  inspect(request: InspectRequest): InspectResult {
    return this.view.inspector.inspect(request);
  }

  whyPending(namespace: string, name: string): SchedulingWhy | null {
    return this.view.inspector.whyPending(namespace, name);
  }

  // ── workspace files ──
  listFiles(): FilesState {
    return this.files.state();
  }

  readFile(path: string): FileResult<string> {
    return this.files.readFile(path);
  }

  writeFile(path: string, text: string, options?: { readonly create?: boolean }): FileResult<null> {
    return this.afterFileChange(this.files.writeFile(path, text, options), path);
  }

  renameFile(from: string, to: string): FileResult<null> {
    return this.afterFileChange(this.files.renameFile(from, to), to);
  }

  deleteFile(path: string): FileResult<null> {
    return this.afterFileChange(this.files.deleteFile(path), path);
  }

  attachEditor(): void {
    this.files.attachScreen();
  }

  finishEdit(id: number, text: string | null): FileResult<null> {
    const result = this.files.finishEdit(id, text);
    // The program waiting on the screen (vi, kubectl edit) goes on at once, even with the clock paused.
    for (const session of this.sessions.values()) session.poll(this.cluster.nowMs);
    return this.afterFileChange(result);
  }

  editorSchema(): JsonSchema {
    return editorSchema();
  }

  diffFile(path: string): FileDiff {
    return this.files.diffFile(path);
  }

  // ── activity ──
  activitySince(afterSeq: number): readonly ActivityEntry[] {
    return this.activity.since(afterSeq);
  }

  // ── browser ──
  browse(request: BrowseRequest): BrowseResult {
    const result = this.browser.browse(request);
    this.afterChange();
    return result;
  }

  forwards(): readonly ForwardInfo[] {
    return this.browser.forwards();
  }

  // ── lessons ──
  lessonCatalogue(): LessonCatalogue {
    return this.lessons.catalogue();
  }

  lessonContent(id: string): LessonContent | null {
    return this.lessons.content(id);
  }

  startLesson(id: string): boolean {
    const snapshot = this.lessons.start(id);
    if (snapshot !== undefined) this.restore(snapshot);
    return snapshot !== undefined;
  }

  resumeLesson(id: string, stepIndex: number): boolean {
    const found = this.lessons.resume(id, stepIndex);
    this.afterChange();
    return found;
  }

  leaveLesson(): void {
    this.lessons.leave();
    this.afterChange();
  }

  goToStep(stepIndex: number): void {
    this.lessons.goTo(stepIndex);
    this.afterChange();
  }

  setLessonLang(lang: LessonLang): void {
    this.lessons.setLang(lang);
    this.afterChange();
  }

  answerQuiz(quizId: string, options: readonly string[]): { readonly correct: boolean } {
    const result = this.lessons.answer(quizId, options);
    this.afterChange();
    return result;
  }

  runBlock(sessionId: SessionId, text: string): void {
    this.sendKeys(sessionId, asTyped(text));
  }

  doItForMe(sessionId: SessionId): void {
    this.sendKeys(sessionId, this.lessons.solutionKeys());
  }

  lessonStatus(): LessonStatus | null {
    return this.lessons.status();
  }

  /** A change the student made outside the terminal: a rewind point, labelled with the file's path. */
  private afterFileChange<T>(result: T, path = ''): T {
    this.rewindPoints.afterInput(path);
    this.afterChange();
    return result;
  }

  subscribe(listener: (event: HostEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private advance(ms: number, more?: () => boolean): void {
    if (more) this.cluster.advanceWhile(ms, more);
    else this.cluster.advance(ms);
    for (const session of this.sessions.values()) session.poll(this.cluster.nowMs);
    this.rewindPoints.afterAdvance();
    this.emitClock();
    this.afterChange();
  }

  /** Replaces the cluster and the workstation by a snapshot's; sessions and features carry on with them. */
  private rebuild(snapshot: HostSnapshot): void {
    // Built aside first: a snapshot that fails to load leaves the sandbox as it was.
    const cluster = newCluster(snapshot.options);
    cluster.restore(snapshot.cluster as ClusterSnapshot);
    const workstation = createWorkstation(cluster, snapshot.files);
    this.options = snapshot.options;
    this.cluster = cluster;
    this.workstation = workstation;
    for (const session of this.sessions.values()) session.reattach(this.workstation.openShell());
    for (const feature of this.features) feature.bind(this.world());
    this.emitClock();
  }

  private afterChange(): void {
    if (this.rewindPoints.takeChanged()) this.emit({ type: 'timeline', info: this.rewindPoints.info() });
    for (const feature of this.features) feature.flush?.();
    const revision = this.cluster.store.revision;
    if (revision === this.lastRevision) return;
    this.lastRevision = revision;
    this.emit({ type: 'cluster', revision });
  }

  private emitClock(): void {
    this.emit({ type: 'clock', ...this.clock() });
  }

  private emit(event: HostEvent): void {
    for (const l of this.listeners) l(event);
  }
}
