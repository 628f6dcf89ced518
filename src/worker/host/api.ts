// The typed host API: what a UI (through the Worker) or Node (in-process) can ask of a sandbox.
// Boundaries carry plain serialisable data only.

import type { TimelineInfo } from './timeline/timeline.ts';

export type { TimelineInfo, TimelineMark, TimelineSegment } from './timeline/timeline.ts';

export type SessionId = string;

export type HostEvent =
  /** Terminal bytes for a session (ANSI, `\r\n` line ends). */
  | { readonly type: 'output'; readonly sessionId: SessionId; readonly data: string }
  /** The virtual clock moved or its pacing changed. */
  | { readonly type: 'clock'; readonly nowMs: number; readonly speed: number; readonly paused: boolean }
  /** The cluster changed: the revision to re-read from (watch fan-out comes with the full UI). */
  | { readonly type: 'cluster'; readonly revision: number }
  /** The rewind points or the inputs on the timeline changed. */
  | { readonly type: 'timeline'; readonly info: TimelineInfo };

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
  openSession(): SessionId;
  /** Raw keyboard input (what xterm's onData gives): edited, echoed, and run on Enter. */
  sendKeys(sessionId: SessionId, data: string): void;
  /** Runs a whole line as if typed and entered (click-to-run). */
  runLine(sessionId: SessionId, line: string): void;
  /** Ctrl-C for the session's running command. */
  cancel(sessionId: SessionId): void;
  // ── clock ──
  /** Advances wall time by `wallMs` at the current speed (the driver calls this). */
  tick(wallMs: number): void;
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
  /** Starts again from a profile's fresh cluster (the current one if none is named); files go back to the profile's. */
  reset(profile?: string): void;
  // ── events ──
  subscribe(listener: (event: HostEvent) => void): () => void;
}
