// A node machine's own state as plain JSON (kept in the node's runtime, so in every cluster
// snapshot): its root filesystem's changes, its systemd units, its journal and its logins.

import type { FsLayer } from '../fs/layer.ts';
import type { PackageState } from './packages.ts';

/** The systemd units the course looks at on a node. */
export const UNITS = ['containerd', 'kubelet'] as const;
export type UnitName = (typeof UNITS)[number];

export interface UnitState {
  active: boolean;
  /** When the unit last started or stopped. */
  sinceMs: number;
  /** The main process's PID (the last one once stopped). */
  pid: number;
  /** Inactive but restarted by systemd every RestartSec since then (the kubelet without its config). */
  crashLoopSinceMs?: number;
}

/** One line of the systemd journal: which unit (or process) wrote it, and when. */
export interface JournalEntry {
  readonly ms: number;
  /** The syslog identifier: `systemd`, `kubelet`, `containerd`. */
  readonly ident: string;
  /** The unit it is about, for `journalctl -u`. */
  readonly unit: UnitName;
  readonly pid: number;
  readonly text: string;
  /** A klog line: the header (`E0317 08:31:02.123456    5381 run.go:72] `) goes before the text. */
  readonly klog?: { readonly level: 'I' | 'W' | 'E'; readonly source: string };
}

export interface MachineState {
  /** Everything written over the base files (kubeadm's files, the student's changes). */
  upper: FsLayer;
  bootMs: number;
  units: Record<UnitName, UnitState>;
  /** The next PID the kernel hands out. */
  nextPid: number;
  /** Bounded (JOURNAL_LIMIT), oldest first. */
  journal: JournalEntry[];
  lastLogin?: { ms: number; from: string };
  /** The static pods' manifests as kubeadm wrote them, by the pod name the kubelet recognises. */
  staticPods: Record<string, string>;
  /** apt's and dpkg's state, made on first use (packages.ts). */
  packages?: PackageState;
}

/** Invariant: the journal keeps at most this many lines; the oldest go first. */
export const JOURNAL_LIMIT = 500;

export function appendJournal(state: MachineState, entry: JournalEntry): void {
  state.journal.push(entry);
  if (state.journal.length > JOURNAL_LIMIT) state.journal.splice(0, state.journal.length - JOURNAL_LIMIT);
}

/** A new process ID, as the kernel hands them out: increasing. */
export function newPid(state: MachineState, step: number): number {
  state.nextPid += step;
  return state.nextPid;
}
