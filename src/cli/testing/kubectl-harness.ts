// Runs kubectl command lines against a fresh cluster without the shell, for command tests.
// Arguments are split on spaces with simple single/double quoting; the leading `kubectl` is optional.

import { Cluster, type Profile } from '../../engine/index.ts';
import { emptyProfile } from '../../engine/profiles/empty/index.ts';
import { MemoryFs } from '../fs/memory-fs.ts';
import { runKubectl } from '../kubectl/main.ts';
import type { CommandContext, Process } from '../shell/types.ts';

export const HARNESS_HOME = '/home/student';

export interface KubectlRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
  /** Set when the command kept running (e.g. -w); the harness cancels nothing itself. */
  readonly process?: Process;
}

export interface KubectlHarness {
  readonly cluster: Cluster;
  readonly fs: MemoryFs;
  run(line: string, stdin?: string): KubectlRun;
}

export function kubectlHarness(opts: { seed?: number; profile?: Profile } = {}): KubectlHarness {
  const profile = opts.profile ?? emptyProfile;
  const cluster = new Cluster({ seed: opts.seed ?? 1, profile });
  const fs = new MemoryFs(() => cluster.nowMs, { [`${HARNESS_HOME}/.kube/config`]: profile.info.kubeconfig });
  const run = (line: string, stdin = ''): KubectlRun => {
    let stdout = '';
    let stderr = '';
    const ctx: CommandContext = {
      argv: withProgramName(splitArgs(line)),
      io: { stdin, stdout: { write: (t) => { stdout += t; } }, stderr: { write: (t) => { stderr += t; } } },
      fs,
      vars: { get: () => undefined, set: () => undefined, unset: () => undefined, exported: () => [] },
      cwd: HARNESS_HOME,
      setCwd: () => undefined,
      nowMs: () => cluster.nowMs,
      lookup: () => undefined,
      history: [],
      clearScreen: () => undefined,
    };
    const result = runKubectl({ cluster, home: HARNESS_HOME }, ctx);
    if (typeof result === 'number') return { stdout, stderr, code: result };
    return { get stdout() { return stdout; }, get stderr() { return stderr; }, get code() { return result.exitCode; }, process: result };
  };
  return { cluster, fs, run };
}

/** Lines may be written with or without the leading `kubectl`. */
function withProgramName(args: string[]): string[] {
  return args[0] === 'kubectl' ? args : ['kubectl', ...args];
}

export function splitArgs(line: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
  let current: string | undefined;
  let lastEnd = -1;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const piece = m[1] ?? m[2]?.replace(/\\(.)/g, '$1') ?? m[3] ?? '';
    if (current !== undefined && m.index === lastEnd) current += piece;
    else {
      if (current !== undefined) out.push(current);
      current = piece;
    }
    lastEnd = m.index + m[0].length;
  }
  if (current !== undefined) out.push(current);
  return out;
}
