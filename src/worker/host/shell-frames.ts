// A terminal's stack of shells (cli/shell ShellStack): the first shell at the bottom, login shells
// pushed by `ssh` and `sudo -i` above it. Each frame holds its shell and the input it runs; the
// process that pushed a frame ends with the status its shell logged out with.

import type { ShellSession } from '../../cli/shell/session.ts';
import type { Process, ShellStack } from '../../cli/shell/types.ts';

export interface ShellFrame<Extra> {
  readonly shell: ShellSession;
  /** The input this shell runs, until it ends. */
  job: Process | undefined;
  readonly extra: Extra;
}

/** Invariant: shells nest at most this deep (ssh from node to node, sudo -i, …). */
const MAX_DEPTH = 16;

export class ShellFrames<Extra> implements ShellStack {
  private readonly frames: Array<ShellFrame<Extra>>;
  /** How each pushed frame's process learns that its shell logged out. */
  private readonly ended = new Map<ShellFrame<Extra>, (exitCode: number) => void>();

  /** `extra(shell)`: what the host keeps per frame (the browser's line editor). */
  constructor(first: ShellSession, private readonly extra: (shell: ShellSession, depth: number) => Extra) {
    this.frames = [{ shell: first, job: undefined, extra: extra(first, 0) }];
  }

  get top(): ShellFrame<Extra> {
    return this.frames[this.frames.length - 1]!;
  }

  get depth(): number {
    return this.frames.length;
  }

  get all(): ReadonlyArray<ShellFrame<Extra>> {
    return this.frames;
  }

  push(shell: ShellSession): Process {
    let exitCode = 0;
    let done = false;
    if (this.frames.length >= MAX_DEPTH) return { done: true, exitCode: 1, wakeAtMs: () => undefined, poll: () => undefined, cancel: () => undefined };
    const frame: ShellFrame<Extra> = { shell, job: undefined, extra: this.extra(shell, this.frames.length) };
    this.frames.push(frame);
    this.ended.set(frame, (code) => {
      exitCode = code;
      done = true;
    });
    return {
      get done() { return done; },
      get exitCode() { return exitCode; },
      wakeAtMs: () => undefined,
      poll: () => undefined,
      cancel: () => undefined,
    };
  }

  logout(exitCode: number): boolean {
    if (this.frames.length <= 1) return false;
    const frame = this.frames.pop()!;
    this.ended.get(frame)?.(exitCode);
    this.ended.delete(frame);
    return true;
  }

  /** Back to the first shell alone (a restore, a closed terminal): pushed shells just end. */
  reset(first: ShellSession): void {
    this.frames.splice(0, this.frames.length, { shell: first, job: undefined, extra: this.extra(first, 0) });
    this.ended.clear();
  }
}
