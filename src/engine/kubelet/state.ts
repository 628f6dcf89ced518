// What a node's kubelet and container runtime hold, as plain JSON data: it is part of every cluster
// snapshot, so a restored cluster goes on exactly where it was (processes mid-sleep included).

import type { LogLine } from '../apiserver/node-proxy.ts';
import type { FsLayer } from '../infra/fs/layer.ts';
import type { MachineState } from '../infra/machine/state.ts';
import type { RegistryImage } from '../infra/docker/node-pull.ts';
import type { ProcState } from '../infra/sh/index.ts';

export interface NodeRuntime {
  readonly node: string;
  /** Normalised references of the images containerd holds. */
  images: string[];
  /** containerd pulls one image at a time (serializeImagePulls): the next pull starts then. */
  pullFreeAtMs: number;
  pods: Record<string, PodRecord>;
  /** Pod addresses handed out by the CNI plugin and not yet released. */
  usedIps: string[];
  /** hostPath volumes: the node's directories, shared by the pods that mount them. */
  hostPaths: Record<string, FsLayer>;
  /** The kubelet is not running (systemctl stop) or the machine is off; see power.ts. */
  down?: 'stopped' | 'powered-off';
  /** No CNI config on the machine yet: the kubelet reports NetworkReady=false (cni plugin not initialized). */
  networkUnready?: true;
  /** Images pulled from the workstation's registry (not the catalogue), by normalised reference. */
  registryImages?: Record<string, RegistryImage>;
  /** Clock step keys that fell due while the kubelet was stopped, run again when it starts. */
  deferredSteps?: string[];
  /** The machine itself: its files, systemd units and journal (see infra/machine). */
  machine?: MachineState;
}

/** `creating` → Created event next; `created` → Started event next (each a short step of virtual time). */
export type ContainerPhase = 'waiting' | 'pulling' | 'creating' | 'created' | 'running' | 'exited';

export interface Terminated {
  exitCode: number;
  reason: string;
  message?: string;
  startedMs: number;
  finishedMs: number;
  containerId: string;
  signal?: number;
}

/** The kubelet's back-off entry for restarting a container (flowcontrol.Backoff). */
export interface BackoffEntry {
  backoffMs: number;
  lastUpdateMs: number;
}

export interface ProbeRecord {
  readonly kind: 'liveness' | 'readiness' | 'startup';
  successes: number;
  failures: number;
  /** The last result as the prober reports it (readiness starts false, liveness true). */
  ok: boolean;
}

export interface ContainerRecord {
  readonly name: string;
  readonly init: boolean;
  phase: ContainerPhase;
  waiting?: { reason: string; message?: string };
  /** containerd://<64 hex> of the current (or last) instance. */
  id?: string;
  /** Resolved image (docker.io/library/nginx:latest) once pulled, and its imageID. */
  image?: string;
  imageId?: string;
  startedMs?: number;
  terminated?: Terminated;
  last?: Terminated;
  restartCount: number;
  ready: boolean;
  started: boolean;
  proc?: ProcState;
  /** The main process's environment, fixed at start (exec sessions and probes see the same). */
  env?: string[];
  /** The wake-up the process waits for, when sleeping. */
  wakeMs?: number;
  upper: FsLayer;
  logs: LogLine[];
  previousLogs: LogLine[];
  /** Output written without its newline yet, per stream. */
  partial: { stdout: string; stderr: string };
  probes: ProbeRecord[];
  /** A stop in progress: SIGKILL at `deadlineMs` unless the process exits first. */
  stopping?: { deadlineMs: number };
  backoff?: BackoffEntry;
  /** Pull attempts that failed, for ErrImagePull → ImagePullBackOff. */
  pullBackoff?: BackoffEntry;
  /** When the next create/start step is due. */
  stepDueMs?: number;
  /** A pull in progress: asked for, started (after the pulls queued before it) and done. */
  pull?: { requestedMs: number; startMs: number; doneMs: number };
}

export type PodStage = 'new' | 'sandbox' | 'running' | 'terminating' | 'done';

export interface PodRecord {
  readonly uid: string;
  readonly namespace: string;
  readonly name: string;
  stage: PodStage;
  sandboxId: string;
  ip?: string;
  startMs: number;
  sandboxReadyMs?: number;
  containers: ContainerRecord[];
  /** emptyDir volumes by name. */
  volumes: Record<string, FsLayer>;
  /** Failed SetUp attempts of its volumes in a row (the retry back-off). */
  mountFailures?: number;
  /** Condition transition times by type, kept so a status rewrite keeps them. */
  transitions: Record<string, { status: string; ms: number }>;
}
