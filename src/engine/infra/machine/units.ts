// systemd on a node machine: the containerd and kubelet units going up and down, with the journal
// lines systemd writes for them, and what each change does to the node's kubelet.

import type { Kubelets } from '../../kubelet/kubelets.ts';
import { endCrashLoop } from '../kubeadm/bare-machine.ts';
import { appendJournal, newPid, type MachineState, type UnitName } from './state.ts';

export const UNIT_DESCRIPTIONS: Readonly<Record<UnitName, string>> = {
  containerd: 'containerd container runtime',
  kubelet: 'kubelet: The Kubernetes Node Agent',
};

/** systemd's line when a unit starts or stops: `Stopping kubelet: …...`, `Stopped kubelet: ….` */
function systemdLine(state: MachineState, unit: UnitName, ms: number, text: string): void {
  const end = text.endsWith('ing') ? '...' : '.';
  appendJournal(state, { ms, ident: 'systemd', unit, pid: 1, text: `${text} ${UNIT_DESCRIPTIONS[unit]}${end}` });
}

export function stopUnit(state: MachineState, unit: UnitName, nowMs: number): boolean {
  const u = state.units[unit];
  if (u.crashLoopSinceMs !== undefined) {
    endCrashLoop(state, nowMs);
    systemdLine(state, unit, nowMs, 'Stopped');
    u.sinceMs = nowMs;
    return true;
  }
  if (!u.active) return false;
  systemdLine(state, unit, nowMs, 'Stopping');
  appendJournal(state, { ms: nowMs, ident: 'systemd', unit, pid: 1, text: `${unit}.service: Deactivated successfully.` });
  systemdLine(state, unit, nowMs, 'Stopped');
  Object.assign(u, { active: false, sinceMs: nowMs });
  return true;
}

export function startUnit(state: MachineState, unit: UnitName, nowMs: number): boolean {
  const u = state.units[unit];
  if (u.active) return false;
  if (unit === 'containerd') systemdLine(state, unit, nowMs, 'Starting');
  Object.assign(u, { active: true, sinceMs: nowMs, pid: newPid(state, 37) });
  systemdLine(state, unit, nowMs, 'Started');
  return true;
}

/** The kubelet works only while both units run: containerd down leaves it unable to do anything. */
export function applyUnits(state: MachineState, kubelets: Kubelets, node: string): void {
  const working = state.units.kubelet.active && state.units.containerd.active;
  const now = kubelets.machineState(node);
  if (now === 'powered-off' || now === undefined) return;
  if (working && now === 'stopped') kubelets.startKubelet(node);
  if (!working && now === 'running') kubelets.stopKubelet(node);
}
