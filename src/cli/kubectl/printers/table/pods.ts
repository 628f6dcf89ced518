// The pod table (printers.go printPod): READY, the STATUS derivation from phase, init and regular
// container states, RESTARTS with the age of the last restart, and the wide IP/NODE columns.

import type { ContainerStatus, Pod, PodTemplate } from 'kubernetes-types/core/v1';
import { age, humanDuration, parseTime, type KubeObject } from '../../../../engine/index.ts';
import { as, containerCells, formatLabels } from './cells.ts';
import { AGE_COLUMN, col, NAME_COLUMN, wide, type TableHandler } from './types.ts';

interface PodSummary {
  ready: number;
  total: number;
  reason: string;
  restarts: number;
  lastRestartMs: number | undefined;
}

export const POD_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Ready'), col('Status'), col('Restarts'), AGE_COLUMN,
    wide('IP'), wide('Node'), wide('Nominated Node'), wide('Readiness Gates')],
  row(obj, { nowMs, wide: isWide }) {
    const p = cachedRowParts(obj);
    const restarts = p.restarts !== 0 && p.lastRestartMs !== undefined
      ? `${p.restarts} (${humanDuration(nowMs - p.lastRestartMs)} ago)` : String(p.restarts);
    const created = age(nowMs, p.creationTimestamp);
    if (!isWide) return [p.name, p.ready, p.reason, restarts, created];
    const [ip, node, nominated, gates] = p.wide;
    return [p.name, p.ready, p.reason, restarts, created, ip!, node!, nominated!, gates!];
  },
};

/** What a pod's row shows that depends on the object alone: every cell but the ages. */
interface PodRowParts {
  readonly name: string;
  readonly ready: string;
  readonly reason: string;
  readonly restarts: number;
  readonly lastRestartMs: number | undefined;
  readonly creationTimestamp: unknown;
  /** IP, NODE, NOMINATED NODE, READINESS GATES. */
  readonly wide: readonly string[];
}

function podRowParts(obj: KubeObject): PodRowParts {
  const pod = as<Pod>(obj);
  const s = summarizePod(pod);
  return {
    name: pod.metadata?.name ?? '', ready: `${s.ready}/${s.total}`, reason: s.reason, restarts: s.restarts, lastRestartMs: s.lastRestartMs,
    creationTimestamp: obj.metadata.creationTimestamp,
    wide: [pod.status?.podIPs?.[0]?.ip || '<none>', pod.spec?.nodeName || '<none>', pod.status?.nominatedNodeName || '<none>', readinessGates(pod)],
  };
}

/**
 * Row parts by object, so listing thousands of unchanged pods again costs a lookup each.
 * Invariant: the store deep-freezes what it keeps and every change makes a new object, so a frozen
 * object's parts never go stale; objects that are not frozen are summarised afresh every time.
 */
const ROW_PARTS = new WeakMap<KubeObject, PodRowParts>();

function cachedRowParts(obj: KubeObject): PodRowParts {
  if (!Object.isFrozen(obj)) return podRowParts(obj);
  let parts = ROW_PARTS.get(obj);
  if (parts === undefined) ROW_PARTS.set(obj, (parts = podRowParts(obj)));
  return parts;
}

function summarizePod(pod: Pod): PodSummary {
  const status = pod.status ?? {};
  const s: PodSummary = { ready: 0, total: pod.spec?.containers?.length ?? 0, reason: status.reason || status.phase || '', restarts: 0, lastRestartMs: undefined };
  if ((status.conditions ?? []).some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) s.reason = 'SchedulingGated';
  const sidecars = new Set((pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always').map((c) => c.name));
  s.total += sidecars.size;
  const initializing = walkInitContainers(pod, sidecars, s);
  const initialized = (status.conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing.blocked || initialized) walkContainers(pod, s, initializing);
  if (pod.metadata?.deletionTimestamp && status.reason === 'NodeLost') s.reason = 'Unknown';
  else if (pod.metadata?.deletionTimestamp && status.phase !== 'Succeeded' && status.phase !== 'Failed') s.reason = 'Terminating';
  return s;
}

interface InitWalk {
  blocked: boolean;
  sidecarRestarts: number;
  sidecarLastRestartMs: number | undefined;
}

function walkInitContainers(pod: Pod, sidecars: ReadonlySet<string>, s: PodSummary): InitWalk {
  const walk: InitWalk = { blocked: false, sidecarRestarts: 0, sidecarLastRestartMs: undefined };
  const statuses = pod.status?.initContainerStatuses ?? [];
  const count = pod.spec?.initContainers?.length ?? 0;
  for (const [i, c] of statuses.entries()) {
    s.restarts += c.restartCount ?? 0;
    s.lastRestartMs = later(s.lastRestartMs, lastTermination(c));
    if (sidecars.has(c.name)) {
      walk.sidecarRestarts += c.restartCount ?? 0;
      walk.sidecarLastRestartMs = later(walk.sidecarLastRestartMs, lastTermination(c));
    }
    const terminated = c.state?.terminated;
    const waiting = c.state?.waiting;
    if (terminated && terminated.exitCode === 0) continue;
    if (sidecars.has(c.name) && c.started === true) {
      if (c.ready) s.ready++;
      continue;
    }
    if (terminated) {
      s.reason = terminated.reason ? `Init:${terminated.reason}`
        : terminated.signal ? `Init:Signal:${terminated.signal}` : `Init:ExitCode:${terminated.exitCode}`;
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      s.reason = `Init:${waiting.reason}`;
    } else {
      s.reason = `Init:${i}/${count}`;
    }
    walk.blocked = true;
    break;
  }
  return walk;
}

function walkContainers(pod: Pod, s: PodSummary, init: InitWalk): void {
  s.restarts = init.sidecarRestarts;
  s.lastRestartMs = init.sidecarLastRestartMs;
  let hasRunning = false;
  const statuses = pod.status?.containerStatuses ?? [];
  for (let i = statuses.length - 1; i >= 0; i--) {
    const c = statuses[i]!;
    s.restarts += c.restartCount ?? 0;
    s.lastRestartMs = later(s.lastRestartMs, lastTermination(c));
    const { waiting, terminated, running } = c.state ?? {};
    if (waiting?.reason) s.reason = waiting.reason;
    else if (terminated?.reason) s.reason = terminated.reason;
    else if (terminated) s.reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
    else if (c.ready && running) {
      hasRunning = true;
      s.ready++;
    }
  }
  if (s.reason === 'Completed' && hasRunning) {
    const ready = (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
    s.reason = ready ? 'Running' : 'NotReady';
  }
}

function lastTermination(c: ContainerStatus): number | undefined {
  return parseTime(c.lastState?.terminated?.finishedAt);
}

function later(a: number | undefined, b: number | undefined): number | undefined {
  if (b === undefined) return a;
  return a === undefined || b > a ? b : a;
}

function readinessGates(pod: Pod): string {
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return '<none>';
  const conditions = pod.status?.conditions ?? [];
  const trueCount = gates.filter((g) => conditions.find((c) => c.type === g.conditionType)?.status === 'True').length;
  return `${trueCount}/${gates.length}`;
}

export const POD_TEMPLATE_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Containers'), col('Images'), col('Pod Labels')],
  row(obj) {
    const t = as<PodTemplate>(obj);
    const [names, images] = containerCells(t.template?.spec?.containers);
    return [obj.metadata.name ?? '', names, images, formatLabels(t.template?.metadata?.labels)];
  },
};
