// kubectl on a loaded cluster: `get pods -A` and `describe node`, run in-process against the cluster
// as the workstation's shell runs them (parsing, API calls, printing), timed as the median of a few runs.

import { performance } from 'node:perf_hooks';
import type { Cluster } from '../src/engine/index.ts';
import { MemoryFs } from '../src/cli/fs/memory-fs.ts';
import { runKubectl } from '../src/cli/kubectl/main.ts';
import type { CommandContext } from '../src/cli/shell/types.ts';
import type { Figure } from './table.ts';

const HOME = '/home/student';
const RUNS = 5;

/** Runs `argv` once; returns its stdout (throws on a non-zero exit, so a figure always did the work). */
function kubectl(cluster: Cluster, fs: MemoryFs, argv: readonly string[]): string {
  let stdout = '';
  let stderr = '';
  const ctx: CommandContext = {
    argv: ['kubectl', ...argv],
    io: { stdin: '', stdout: { write: (t) => { stdout += t; } }, stderr: { write: (t) => { stderr += t; } } },
    fs,
    vars: { get: () => undefined, set: () => undefined, unset: () => undefined, exported: () => [] },
    cwd: HOME,
    setCwd: () => undefined,
    nowMs: () => cluster.nowMs,
    lookup: () => undefined,
    history: [],
    clearScreen: () => undefined,
  };
  const code = runKubectl({ cluster, home: HOME }, ctx);
  if (code !== 0) throw new Error(`kubectl ${argv.join(' ')}: ${typeof code === 'number' ? code : 'kept running'} ${stderr}`);
  return stdout;
}

/** The median wall time of RUNS runs, and the output's line count (counted outside the timed span). */
function timed(cluster: Cluster, fs: MemoryFs, argv: readonly string[]): { ms: number; lines: number } {
  const samples: number[] = [];
  let stdout = '';
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    stdout = kubectl(cluster, fs, argv);
    samples.push(performance.now() - start);
  }
  return { ms: samples.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!, lines: stdout.split('\n').length - 1 };
}

export function runKubectlBench(cluster: Cluster, node: string, goalMs: number): Figure[] {
  const fs = new MemoryFs(() => cluster.nowMs, { [`${HOME}/.kube/config`]: cluster.info.kubeconfig });
  const list = timed(cluster, fs, ['get', 'pods', '-A']);
  const describe = timed(cluster, fs, ['describe', 'node', node]);
  return [
    { figure: `kubectl get pods -A (${(list.lines - 1).toLocaleString('en-US')} pods, median of ${RUNS})`, goalMs, ms: list.ms },
    { figure: `kubectl describe node ${node} (${describe.lines} lines, median of ${RUNS})`, ms: describe.ms },
  ];
}
