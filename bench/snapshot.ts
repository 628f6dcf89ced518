// Snapshot and restore of a sandbox holding `pods` Running pods, in Node: the host's snapshot and its
// session-file JSON text, then the parse and the rebuild a restore does (Sandbox.restore, as the Worker
// runs it for an import). The session text is handed on to the browser figures.

import { performance } from 'node:perf_hooks';
import type { ClusterSnapshot } from '../src/engine/index.ts';
import { newCluster } from '../src/worker/host/profiles.ts';
import { createSandbox } from '../src/worker/host/sandbox.ts';
import { checkSnapshot, MAX_SESSION_FILE_BYTES, parseSessionFile, sessionFileText, type SessionFileResult } from '../src/worker/host/session-file.ts';
import { cpuMs } from './harness.ts';
import { buildSessionSnapshot } from './session-cluster.ts';
import type { Figure } from './table.ts';

export const SAVE_GOAL_MS = 300;
export const RESTORE_GOAL_MS = 500;

export interface SnapshotBenchResult {
  readonly figures: Figure[];
  /** The session file of the cluster, as the app exports it. */
  readonly sessionText: string;
}

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

/** As the app parses a session file, past its size cap too (the cap is reported as a row of its own). */
function parseUncapped(text: string): SessionFileResult {
  if (text.length <= MAX_SESSION_FILE_BYTES) return parseSessionFile(text);
  return checkSnapshot((JSON.parse(text) as { snapshot?: unknown }).snapshot);
}

export function runSnapshotBench(opts: { readonly pods: number; readonly nodes: number }): SnapshotBenchResult {
  const built = buildSessionSnapshot(opts);
  const sandbox = createSandbox(built.options);
  sandbox.openSession();
  sandbox.restore(built);

  const saveCpu = cpuMs();
  const saveStart = performance.now();
  const snapshot = sandbox.snapshot();
  const snapshotMs = performance.now() - saveStart;
  const sessionText = sessionFileText(snapshot);
  const saveMs = performance.now() - saveStart;
  const saveCpuMs = cpuMs() - saveCpu;

  const restoreCpu = cpuMs();
  const restoreStart = performance.now();
  const parsed = parseUncapped(sessionText);
  const parseMs = performance.now() - restoreStart;
  if (!parsed.ok) throw new Error(`the session file does not load: ${parsed.reason}`);
  sandbox.restore(parsed.snapshot);
  const restoreMs = performance.now() - restoreStart;
  const restoreCpuMs = cpuMs() - restoreCpu;

  const clusterStart = performance.now();
  newCluster(snapshot.options).restore(snapshot.cluster as ClusterSnapshot);
  const clusterMs = performance.now() - clusterStart;

  const pods = opts.pods.toLocaleString('en-US');
  const bytes = sessionText.length;
  return {
    sessionText,
    figures: [
      { figure: `snapshot of a ${pods}-pod sandbox (host snapshot + session JSON)`, goalMs: SAVE_GOAL_MS, ms: saveMs },
      { figure: '  CPU time (user+sys, all threads)', ms: saveCpuMs },
      { figure: '  host.snapshot() (store and node runtimes copied)', ms: snapshotMs },
      { figure: '  session file text (JSON.stringify)', ms: saveMs - snapshotMs },
      { figure: '  session file size', goalText: `≤ ${mb(MAX_SESSION_FILE_BYTES)} (import cap)`, text: mb(bytes), ratio: bytes / MAX_SESSION_FILE_BYTES },
      { figure: `restore of the ${pods}-pod sandbox (parse + rebuild)`, goalMs: RESTORE_GOAL_MS, ms: restoreMs },
      { figure: '  CPU time (user+sys, all threads)', ms: restoreCpuMs },
      { figure: '  parse and check (JSON.parse)', ms: parseMs },
      { figure: '  rebuild (Sandbox.restore: profile boot, cluster, workstation, views)', ms: restoreMs - parseMs },
      { figure: '  of which profile boot + Cluster.restore alone (timed apart)', ms: clusterMs },
    ],
  };
}
