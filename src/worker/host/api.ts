// The typed host API: what a UI (through the Worker) or Node (in-process) can ask of a sandbox.
// Boundaries carry plain serialisable data only.

export type SessionId = string;

export type HostEvent =
  /** Terminal bytes for a session (ANSI, `\r\n` line ends). */
  | { readonly type: 'output'; readonly sessionId: SessionId; readonly data: string }
  /** The virtual clock moved or its pacing changed. */
  | { readonly type: 'clock'; readonly nowMs: number; readonly speed: number; readonly paused: boolean }
  /** The cluster changed: the revision to re-read from (watch fan-out comes with the full UI). */
  | { readonly type: 'cluster'; readonly revision: number };

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
  // ── events ──
  subscribe(listener: (event: HostEvent) => void): () => void;
}
