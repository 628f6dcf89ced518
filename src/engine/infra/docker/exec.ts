// Sessions into a running container: `docker exec` processes (not PID 1, seeing PID 1 in `ps`),
// and a terminal attached to PID 1 itself (`docker run -it`). Connections: in memory only, they
// end with the engine that holds them.

import type { ExecCallbacks, ExecSession } from '../../apiserver/node-proxy.ts';
import type { ProcStatus } from '../process.ts';
import { closeInput, feedLine, promptOf, runProcess, signalProcess, spawnProcess, startInteractive, type ProcState } from '../sh/index.ts';
import type { DockerContext } from './context.ts';
import { containerSys, imageOf, isShell, settle } from './containers.ts';
import { runnableImage } from './images.ts';
import type { DockerContainer } from './types.ts';

const EXEC_BUDGET = 5_000;
const YIELD_MS = 10;
const EXEC_PID = 7;

interface LiveExec {
  readonly proc: ProcState;
  readonly c: DockerContainer;
  readonly cb: ExecCallbacks;
  readonly interactive: boolean;
  done: boolean;
}

export class DockerExecs {
  private readonly live = new Map<string, LiveExec>();
  private seq = 0;

  constructor(private readonly ctx: DockerContext) {}

  open(c: DockerContainer, argv: readonly string[], io: { tty: boolean; stdin: boolean; workdir?: string; env?: readonly string[] }, cb: ExecCallbacks): ExecSession {
    const image = runnableImage(imageOf(this.ctx, c));
    const interactive = io.tty && io.stdin && argv.length === 1 && isShell(argv[0]!) && image.shell !== undefined;
    const opts = {
      env: [...c.env, ...(io.env ?? [])], cwd: io.workdir ?? c.workingDir, busybox: image.busybox, pid: EXEC_PID,
      procs: [{ pid: 1, user: 'root', args: [c.path, ...c.args].join(' ') }],
    };
    const proc = interactive
      ? startInteractive(image.shell!, { ...opts, argv0: argv[0]! })
      : spawnProcess(argv, { ...opts, flavour: image.shell, tty: io.tty, stdin: io.stdin ? 'open' : 'closed' });
    const id = `exec-${++this.seq}`;
    const s: LiveExec = { proc, c, cb, interactive, done: false };
    this.live.set(id, s);
    if (!interactive) this.settle(id, s, runProcess(proc, this.sys(s), EXEC_BUDGET));
    return {
      input: (line) => this.with(id, (x) => feedLine(x.proc, line, this.sys(x))),
      closeInput: () => this.with(id, (x) => closeInput(x.proc, this.sys(x))),
      interrupt: () => this.with(id, (x) => signalProcess(x.proc, 'SIGINT', this.sys(x))),
      prompt: () => {
        const x = this.live.get(id);
        return x && !x.done && x.interactive ? promptOf(x.proc) : '';
      },
      detach: () => { this.live.delete(id); },
    };
  }

  wake(id: string): void {
    const s = this.live.get(id);
    if (s && !s.done) this.settle(id, s, runProcess(s.proc, this.sys(s), EXEC_BUDGET));
  }

  /** Every exec of a container ends with it. */
  containerStopped(c: DockerContainer): void {
    for (const [id, s] of this.live) if (s.c.id === c.id) this.settle(id, s, { state: 'exited', code: 137 });
  }

  private with(id: string, fn: (s: LiveExec) => ProcStatus): void {
    const s = this.live.get(id);
    if (s && !s.done) this.settle(id, s, fn(s));
  }

  private sys(s: LiveExec): ReturnType<typeof containerSys> {
    return containerSys(this.ctx, s.c, (fd, text) => s.cb.output(fd, text));
  }

  private settle(id: string, s: LiveExec, status: ProcStatus): void {
    if (status.state === 'exited') {
      s.done = true;
      this.live.delete(id);
      s.cb.exit(status.code);
      return;
    }
    if (status.state === 'sleeping') {
      const wake = Math.max(status.wakeMs, this.ctx.clock.nowMs + (status.wakeMs <= this.ctx.clock.nowMs ? YIELD_MS : 0));
      this.ctx.schedule('exec', id, wake - this.ctx.clock.nowMs);
    }
  }
}

/** A terminal attached to PID 1 (`docker run -it`): its output comes through the output listeners. */
export function attachSession(ctx: DockerContext, c: DockerContainer): ExecSession {
  const alive = (): boolean => c.status === 'running' && c.proc !== undefined;
  return {
    input: (line) => { if (alive()) settle(ctx, c, feedLine(c.proc!, line, containerSys(ctx, c))); },
    closeInput: () => { if (alive()) settle(ctx, c, closeInput(c.proc!, containerSys(ctx, c))); },
    interrupt: () => { if (alive()) settle(ctx, c, signalProcess(c.proc!, 'SIGINT', containerSys(ctx, c))); },
    prompt: () => (alive() && c.proc!.interactive ? promptOf(c.proc!) : ''),
    detach: () => undefined,
  };
}
