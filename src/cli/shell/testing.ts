// A headless terminal for tests and transcripts: a session on a MemoryFs with a virtual clock that
// jumps straight to each waiting program's wake time, as the headless host does for `sleep N`.

import { MemoryFs } from '../fs/memory-fs.ts';
import { ShellSession } from './session.ts';
import type { CommandSpec, Process } from './types.ts';

export interface TestShellOptions {
  readonly files?: Record<string, string>;
  readonly commands?: readonly CommandSpec[];
  /** Virtual start time; the default is Thu Nov 26 2026 19:54:11 UTC. */
  readonly startMs?: number;
}

export interface Transcript {
  /** stdout and stderr interleaved, as the terminal shows them. */
  readonly output: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export const TEST_START_MS = 1_795_722_851_000;
/** Polls a job gets before the harness gives up on it. */
const MAX_POLLS = 10_000;

export class TestShell {
  readonly fs: MemoryFs;
  readonly session: ShellSession;
  nowMs: number;
  /** How many times a program cleared the screen. */
  screenClears = 0;

  constructor(options: TestShellOptions = {}) {
    this.nowMs = options.startMs ?? TEST_START_MS;
    this.fs = new MemoryFs(() => this.nowMs, options.files);
    this.session = new ShellSession({
      fs: this.fs,
      commands: options.commands ?? [],
      home: '/home/student',
      user: 'student',
      hostname: 'workstation',
      nowMs: () => this.nowMs,
      onClearScreen: () => {
        this.screenClears += 1;
      },
    });
  }

  /** Starts `source` and returns the job with the captured output so far. */
  start(source: string): { job: Process; read: () => Transcript } {
    let output = '';
    let stdout = '';
    let stderr = '';
    const job = this.session.run(source, {
      stdout: { write: (text) => ((output += text), (stdout += text)) },
      stderr: { write: (text) => ((output += text), (stderr += text)) },
    });
    return { job, read: () => ({ output, stdout, stderr, exitCode: job.exitCode }) };
  }

  /** Runs `source` to the end, advancing virtual time to each wake-up. */
  run(source: string): Transcript {
    const { job, read } = this.start(source);
    for (let polls = 0; !job.done; polls += 1) {
      const wakeMs = job.wakeAtMs();
      if (wakeMs === undefined || polls >= MAX_POLLS) throw new Error(`job did not finish: ${source}`);
      this.nowMs = Math.max(this.nowMs, wakeMs);
      job.poll(this.nowMs);
    }
    return read();
  }
}
