// The sandbox behind the host API: one cluster, the student's workstation, terminal sessions, and
// the pacing of virtual time (speed, pause, step). Used in-process by Node and behind the Worker.

import { Cluster, type ClusterSnapshot } from '../../engine/index.ts';
import { createWorkstation, type Workstation } from '../../cli/workstation.ts';
import type { ClockState, HostApi, HostEvent, HostSnapshot, SandboxOptions, SessionId } from './api.ts';
import { DEFAULT_PROFILE, profileByName } from './profiles.ts';
import { TerminalSession } from './terminal-session.ts';
import { Timeline, type TimelineInfo } from './timeline/timeline.ts';

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
  private readonly listeners = new Set<(e: HostEvent) => void>();
  private speed = 1;
  private paused = false;
  private lastRevision = 0;
  private readonly features: HostFeature[] = [];
  private readonly emitEvent = (event: HostEvent): void => this.emit(event);
  private readonly rewindPoints = new Timeline(() => this.checkpoint(), () => this.cluster.nowMs);

  constructor(private options: SandboxOptions) {
    this.cluster = newCluster(options);
    this.workstation = createWorkstation(this.cluster);
    this.rewindPoints.reset();
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

  openSession(): SessionId {
    const id = `s${this.sessions.size + 1}`;
    const session = new TerminalSession(this.workstation.openShell(), (data) => this.emit({ type: 'output', sessionId: id, data }));
    this.sessions.set(id, session);
    session.start();
    return id;
  }

  sendKeys(sessionId: SessionId, data: string): void {
    this.sessions.get(sessionId)?.keys(data);
    if (/[\r\n]/.test(data)) this.rewindPoints.afterInput('');
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

  tick(wallMs: number): void {
    if (this.paused || wallMs <= 0) return;
    this.advance(Math.round(Math.min(wallMs, MAX_TICK_WALL_MS) * this.speed));
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
    return { version: 1, options: this.options, cluster: this.cluster.snapshot(), files: this.workstation.fs.snapshot() };
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

  reset(profile?: string): void {
    const options = { ...this.options, ...(profile === undefined ? {} : { profile }) };
    const fresh = newCluster(options);
    this.restore({ version: 1, options, cluster: fresh.snapshot(), files: createWorkstation(fresh).fs.snapshot() });
  }

  subscribe(listener: (event: HostEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private advance(ms: number): void {
    this.cluster.advance(ms);
    for (const session of this.sessions.values()) session.poll(this.cluster.nowMs);
    this.rewindPoints.afterAdvance();
    this.emitClock();
    this.afterChange();
  }

  /** Replaces the cluster and the workstation by a snapshot's; sessions and features carry on with them. */
  private rebuild(snapshot: HostSnapshot): void {
    this.options = snapshot.options;
    this.cluster = newCluster(snapshot.options);
    this.cluster.restore(snapshot.cluster as ClusterSnapshot);
    this.workstation = createWorkstation(this.cluster, snapshot.files);
    for (const session of this.sessions.values()) session.reattach(this.workstation.openShell());
    for (const feature of this.features) feature.bind(this.world());
    this.emitClock();
  }

  /** The sandbox as a rewind point: as `snapshot()`, sharing the store's frozen objects. */
  private checkpoint(): HostSnapshot {
    return { version: 1, options: this.options, cluster: this.cluster.checkpoint(), files: this.workstation.fs.snapshot() };
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

export function newCluster(options: SandboxOptions): Cluster {
  const name = options.profile ?? DEFAULT_PROFILE;
  const profile = profileByName(name);
  if (!profile) throw new Error(`unknown profile "${name}"`);
  return new Cluster({ seed: options.seed, profile });
}
