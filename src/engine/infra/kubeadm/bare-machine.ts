// A machine before kubeadm: containerd runs, the kubelet is enabled and systemd restarts it every
// RestartSec (10 s) as it exits at once for want of /var/lib/kubelet/config.yaml. The loop's journal
// lines are derived from when it began, never stored one by one. Mirrors kubelet.service's
// Restart=always and the kubelet's run.go failure.

import { emptyLayer } from '../fs/layer.ts';
import { appendJournal, type JournalEntry, type MachineState, type UnitState } from '../machine/state.ts';

export const KUBELET_CONFIG = '/var/lib/kubelet/config.yaml';
/** kubelet.service's RestartSec, plus the time the kubelet takes to fail. */
const RESTART_MS = 10_000;
const RUN_MS = 63;
/** Invariant: the journal shows at most this many turns of the loop. */
const SHOWN_TURNS = 12;
const PID_STEP = 23;
const DESCRIPTION = 'kubelet: The Kubernetes Node Agent';
const COMMAND_FAILED = `"command failed" err="failed to load kubelet config file, path: ${KUBELET_CONFIG}, error: failed to load Kubelet config file ${KUBELET_CONFIG}, error failed to read kubelet config file \\"${KUBELET_CONFIG}\\", error: open ${KUBELET_CONFIG}: no such file or directory"`;

/** The machine as `vagrant up` left it: booted, containerd up, the kubelet already looping. */
export function bareState(bootMs: number): MachineState {
  const state: MachineState = {
    upper: emptyLayer(bootMs),
    bootMs,
    units: { containerd: { active: true, sinceMs: bootMs + 8_000, pid: 716 }, kubelet: { active: false, sinceMs: bootMs + 8_400, pid: 1_021, crashLoopSinceMs: bootMs + 8_400 } },
    nextPid: 5_400,
    journal: [],
    staticPods: {},
  };
  appendJournal(state, { ms: bootMs + 8_000, ident: 'systemd', unit: 'containerd', pid: 1, text: 'Started containerd container runtime.' });
  return state;
}

/** How many times the kubelet has started by `nowMs` (at least once). */
function turns(loop: UnitState, nowMs: number): number {
  return Math.max(1, Math.floor((nowMs - loop.crashLoopSinceMs!) / RESTART_MS) + 1);
}

function turnEntries(loop: UnitState, turn: number): JournalEntry[] {
  const startMs = loop.crashLoopSinceMs! + turn * RESTART_MS;
  const pid = loop.pid + turn * PID_STEP;
  const systemd = (ms: number, text: string): JournalEntry => ({ ms, ident: 'systemd', unit: 'kubelet', pid: 1, text });
  return [
    ...(turn > 0 ? [systemd(startMs, `kubelet.service: Scheduled restart job, restart counter is at ${turn}.`), systemd(startMs, `Stopped ${DESCRIPTION}.`)] : []),
    systemd(startMs, `Started ${DESCRIPTION}.`),
    { ms: startMs + RUN_MS - 12, ident: 'kubelet', unit: 'kubelet', pid, text: COMMAND_FAILED, klog: { level: 'E', source: 'run.go:72' } },
    systemd(startMs + RUN_MS, 'kubelet.service: Main process exited, code=exited, status=1/FAILURE'),
    systemd(startMs + RUN_MS, "kubelet.service: Failed with result 'exit-code'."),
  ];
}

/** The loop's journal lines up to `nowMs`: its last turns. */
export function crashLoopJournal(state: MachineState, nowMs: number): JournalEntry[] {
  const loop = state.units.kubelet;
  if (loop.crashLoopSinceMs === undefined) return [];
  const count = turns(loop, nowMs);
  const out: JournalEntry[] = [];
  for (let turn = Math.max(0, count - SHOWN_TURNS); turn < count; turn++) out.push(...turnEntries(loop, turn).filter((e) => e.ms <= nowMs));
  return out;
}

/** `systemctl status`'s view of the loop: the last process and when it exited. */
export function crashLoopStatus(state: MachineState, nowMs: number): { pid: number; exitedMs: number } | undefined {
  const loop = state.units.kubelet;
  if (loop.crashLoopSinceMs === undefined) return undefined;
  const turn = turns(loop, nowMs) - 1;
  const exitedMs = loop.crashLoopSinceMs + turn * RESTART_MS + RUN_MS;
  return { pid: loop.pid + turn * PID_STEP, exitedMs: exitedMs <= nowMs ? exitedMs : exitedMs - RESTART_MS };
}

/** The kubelet starts without its config: systemd restarts it every RestartSec from now on. */
export function startCrashLoop(state: MachineState, nowMs: number): void {
  if (state.units.kubelet.crashLoopSinceMs !== undefined) return;
  Object.assign(state.units.kubelet, { active: false, sinceMs: nowMs, pid: state.nextPid += 37, crashLoopSinceMs: nowMs });
}

/** The loop ends (kubeadm wrote the config, or `systemctl stop`): its last lines go to the journal for good. */
export function endCrashLoop(state: MachineState, nowMs: number): void {
  const loop = state.units.kubelet;
  if (loop.crashLoopSinceMs === undefined) return;
  for (const entry of crashLoopJournal(state, nowMs)) appendJournal(state, entry);
  loop.pid += (turns(loop, nowMs) - 1) * PID_STEP;
  delete loop.crashLoopSinceMs;
}
