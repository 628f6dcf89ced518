// Test support for logs, exec and cp: a scripted kubelet (NodeProxy) whose container logs the test
// writes and whose exec runs a small command table over one in-memory file tree, and a helper that
// puts a pod on that node in a chosen container state. Stands in for src/engine/kubelet.

import type { ContainerStatus } from 'kubernetes-types/core/v1';
import type { ExecCallbacks, ExecRequest, ExecSession, KubeObject, LogLine, LogRequest, NodeProxy } from '../../../../engine/index.ts';
import { StatusError } from '../../../../engine/index.ts';
import type { KubectlHarness } from '../../../testing/kubectl-harness.ts';

export const FAKE_NODE = 'node01';
export const SHELL_PROMPT = '/ # ';

type Listener = { line: (l: LogLine) => void; end: () => void };
type Out = (fd: 1 | 2, text: string) => void;
type Run = (argv: readonly string[], stdin: string) => number;

const key = (r: { namespace: string; pod: string; container: string }): string => `${r.namespace}/${r.pod}/${r.container}`;
const words = (line: string): string[] => [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!);

export class FakeNode implements NodeProxy {
  /** The containers' files: path → content, or null for a directory. */
  readonly files = new Map<string, string | null>([['/', null], ['/tmp', null]]);
  /** Executables the image lacks (a distroless image lacks them all). */
  readonly missing = new Set<string>();
  readonly execs: ExecRequest[] = [];
  private readonly current = new Map<string, LogLine[]>();
  private readonly previous = new Map<string, LogLine[]>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly pending: Array<() => void> = [];

  constructor(private readonly nowMs: () => number) {}

  log(pod: string, container: string, text: string, namespace = 'default'): void {
    const line: LogLine = { timeMs: this.nowMs(), stream: 'stdout', text };
    const k = key({ namespace, pod, container });
    this.current.set(k, [...(this.current.get(k) ?? []), line]);
    for (const l of [...(this.listeners.get(k) ?? [])]) l.line(line);
  }

  previousLog(pod: string, container: string, text: string, namespace = 'default'): void {
    const k = key({ namespace, pod, container });
    this.previous.set(k, [...(this.previous.get(k) ?? []), { timeMs: this.nowMs(), stream: 'stdout', text }]);
  }

  /** The container stopped: followers see the end of the stream. */
  stop(pod: string, container: string, namespace = 'default'): void {
    for (const l of [...(this.listeners.get(key({ namespace, pod, container })) ?? [])]) l.end();
  }

  /** Lets every `sleep` started so far finish. */
  finishSleeps(): void {
    for (const done of this.pending.splice(0)) done();
  }

  logs(req: LogRequest): readonly LogLine[] {
    return (req.previous ? this.previous : this.current).get(key(req)) ?? [];
  }

  follow(req: LogRequest, line: (l: LogLine) => void, end: () => void): () => void {
    const set = this.listeners.get(key(req)) ?? new Set();
    const l = { line, end };
    set.add(l);
    this.listeners.set(key(req), set);
    return () => set.delete(l);
  }

  exec(req: ExecRequest, cb: ExecCallbacks): ExecSession {
    this.execs.push(req);
    const cmd = req.command[0] ?? '';
    if (this.missing.has(cmd)) {
      throw new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason: 'InternalError', code: 500,
        message: `Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "0f1e": OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": executable file not found in $PATH: unknown` });
    }
    let exited = false;
    const exit = (code: number): void => {
      if (exited) return;
      exited = true;
      cb.exit(code);
    };
    if (req.tty && req.stdin && cmd === 'sh' && req.command.length === 1) return this.shell(cb, exit);
    let stdin = '';
    const start = (): void => {
      const code = this.run(req.command, stdin, cb.output, exit);
      if (code >= 0) exit(code);
    };
    if (!req.stdin) start();
    return {
      input: (text) => { stdin += text; },
      closeInput: () => { if (req.stdin) start(); },
      interrupt: () => exit(130),
      prompt: () => '',
      detach: () => undefined,
    };
  }

  private shell(cb: ExecCallbacks, exit: (code: number) => void): ExecSession {
    let open = true;
    return {
      input: (line) => {
        const [cmd, arg] = words(line);
        if (cmd === 'exit') {
          open = false;
          exit(Number(arg ?? 0));
        } else if (cmd) this.run(words(line), '', cb.output, () => undefined);
      },
      closeInput: () => { open = false; exit(0); },
      interrupt: () => undefined,
      prompt: () => (open ? SHELL_PROMPT : ''),
      detach: () => undefined,
    };
  }

  /** Runs one command: its exit code, or -1 while it runs on (sleep ends through `later`). */
  private run(argv: readonly string[], stdin: string, out: Out, later: (code: number) => void): number {
    const cmd = argv[0] ?? '';
    const table: Record<string, Run> = {
      echo: (a) => { out(1, `${a.slice(1).join(' ')}\n`); return 0; },
      false: () => 1,
      tar: () => 0,
      sleep: () => { this.pending.push(() => later(0)); return -1; },
      test: (a) => ((a[1] === '-d' ? this.files.get(a[2]!) === null : this.files.has(a[2]!)) ? 0 : 1),
      ls: (a) => this.ls(a[2]!, out),
      cat: (a, input) => this.cat(a.slice(1), input, out),
      mkdir: (a) => { for (const dir of a.slice(2)) this.files.set(dir, null); return 0; },
      sh: (a, input) => this.script(a[2] ?? '', input, out),
    };
    const run = table[cmd];
    if (!run) {
      out(2, `sh: ${cmd}: not found\n`);
      return 127;
    }
    return run(argv, stdin);
  }

  private cat(paths: readonly string[], stdin: string, out: Out): number {
    if (paths.length === 0) {
      out(1, stdin);
      return 0;
    }
    const content = this.files.get(paths[0]!);
    if (typeof content !== 'string') {
      out(2, `cat: can't open '${paths[0]!}': No such file or directory\n`);
      return 1;
    }
    out(1, content);
    return 0;
  }

  /** `ls -1Ap dir`: one entry a line, directories marked with a slash. */
  private ls(dir: string, out: Out): number {
    const prefix = dir === '/' ? '/' : `${dir}/`;
    const entries = [...this.files].filter(([p]) => p !== dir && p.startsWith(prefix) && !p.slice(prefix.length).includes('/'));
    out(1, entries.map(([p, c]) => `${p.slice(prefix.length)}${c === null ? '/' : ''}\n`).sort().join(''));
    return 0;
  }

  /** The scripts kubectl cp runs through `sh -c`: `cat > 'path'` and `mkdir -p 'a' 'b'`. */
  private script(script: string, stdin: string, out: Out): number {
    const [cmd, op, path] = words(script);
    if (cmd === 'cat' && op === '>' && path !== undefined) {
      const parent = path.slice(0, path.lastIndexOf('/')) || '/';
      if (this.files.get(parent) !== null) {
        out(2, `sh: can't create ${path}: nonexistent directory\n`);
        return 1;
      }
      this.files.set(path, stdin);
      return 0;
    }
    return this.run(words(script), stdin, out, () => undefined);
  }
}

export interface PodSpecOptions {
  readonly containers?: readonly string[];
  readonly initContainers?: readonly string[];
  readonly labels?: Record<string, string>;
  readonly annotations?: Record<string, string>;
  readonly state?: ContainerStatus['state'];
  readonly lastState?: ContainerStatus['lastState'];
  readonly phase?: string;
  /** '' leaves the pod unscheduled. */
  readonly node?: string;
  readonly namespace?: string;
}

/** Creates pod `name` on the fake node with every container in `state` (running by default). */
export function placePod(h: KubectlHarness, name: string, o: PodSpecOptions = {}): KubeObject {
  const client = h.cluster.client();
  const node = o.node ?? FAKE_NODE;
  const containers = (o.containers ?? ['app']).map((c) => ({ name: c, image: 'busybox' }));
  const created = client.create('/pods', {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: o.namespace ?? 'default', labels: o.labels ?? {}, annotations: o.annotations ?? {} },
    spec: {
      ...(node !== '' ? { nodeName: node } : {}), containers,
      ...(o.initContainers ? { initContainers: o.initContainers.map((c) => ({ name: c, image: 'busybox' })) } : {}),
    },
  });
  const state = o.state ?? { running: { startedAt: '2024-05-14T14:53:53Z' } };
  const running = state.running !== undefined;
  const phase = o.phase ?? (running ? 'Running' : 'Pending');
  return client.updateStatus('/pods', {
    ...created,
    status: {
      phase,
      conditions: [{ type: 'Ready', status: running ? 'True' : 'False', lastTransitionTime: '2024-05-14T14:53:53Z' }],
      containerStatuses: containers.map((c) => ({
        name: c.name, image: 'busybox', imageID: '', ready: running, restartCount: o.lastState ? 1 : 0, started: running,
        ...(running || state.terminated ? { containerID: `containerd://${c.name}` } : {}), state, ...(o.lastState ? { lastState: o.lastState } : {}),
      })),
    },
  });
}

/** A fake node registered with the cluster's API server. */
export function fakeNode(h: KubectlHarness, node = FAKE_NODE): FakeNode {
  const fake = new FakeNode(() => h.cluster.nowMs);
  h.cluster.server.registerNodeProxy(node, fake);
  return fake;
}
