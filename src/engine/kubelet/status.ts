// The pod status a kubelet posts, generated from its runtime record: phase, conditions, init and app
// container statuses, addresses. Mirrors kubelet_pods.go generateAPIPodStatus / getPhase and
// convertToAPIContainerStatuses (v1.31: PodReadyToStartContainers beta, volumeMounts in statuses).

import type { Container, PodSpec, VolumeMount } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { rfc3339 } from '../base/time.ts';
import type { ContainerRecord, PodRecord, Terminated } from './state.ts';

type Dict = Record<string, unknown>;

export function generatePodStatus(pod: KubeObject, rec: PodRecord, hostIp: string, nowMs: number): Dict {
  const spec = pod.spec as PodSpec;
  const old = (pod.status ?? {}) as Dict;
  const inits = spec.initContainers ?? [];
  const initRecs = rec.containers.filter((c) => c.init);
  const appRecs = rec.containers.filter((c) => !c.init);
  const initialized = initRecs.every((c) => c.terminated?.exitCode === 0 && c.phase === 'exited');
  const phase = podPhase(spec, initRecs, appRecs, initialized, rec, old.phase as string | undefined);
  const status: Dict = {
    phase,
    conditions: conditions(pod, rec, initRecs, appRecs, initialized, phase, nowMs),
    hostIP: hostIp,
    hostIPs: [{ ip: hostIp }],
  };
  if (rec.ip && rec.sandboxReadyMs !== undefined) {
    status.podIP = rec.ip;
    status.podIPs = [{ ip: rec.ip }];
  }
  status.startTime = rfc3339(rec.startMs);
  if (inits.length > 0) status.initContainerStatuses = inits.map((c, i) => containerStatus(c, initRecs[i], 'PodInitializing'));
  const appDefault = inits.length > 0 && !initialized ? 'PodInitializing' : 'ContainerCreating';
  status.containerStatuses = spec.containers.map((c, i) => containerStatus(c, appRecs[i], appDefault));
  if (old.qosClass !== undefined) status.qosClass = old.qosClass;
  if (old.nominatedNodeName !== undefined) status.nominatedNodeName = old.nominatedNodeName;
  return status;
}

/** getPhase: how many containers wait, run or stopped decides Pending, Running, Succeeded or Failed. */
function podPhase(spec: PodSpec, inits: readonly ContainerRecord[], apps: readonly ContainerRecord[], initialized: boolean, rec: PodRecord, oldPhase: string | undefined): string {
  if (oldPhase === 'Succeeded' || oldPhase === 'Failed') return oldPhase;
  const policy = spec.restartPolicy ?? 'Always';
  if (!initialized) {
    const failed = inits.find((c) => c.phase === 'exited' && (c.terminated?.exitCode ?? 0) !== 0);
    return failed && policy === 'Never' ? 'Failed' : 'Pending';
  }
  let waiting = 0, running = 0, stopped = 0, succeeded = 0;
  for (const c of apps) {
    if (c.phase === 'running') running++;
    else if (c.terminated) {
      stopped++;
      if (c.terminated.exitCode === 0) succeeded++;
    } else if (c.last) stopped++;
    else waiting++;
  }
  if (rec.stage === 'done' && running === 0) return stopped === succeeded && stopped > 0 ? 'Succeeded' : 'Failed';
  if (waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped === 0) return 'Pending';
  if (policy === 'Always') return 'Running';
  if (stopped === succeeded) return 'Succeeded';
  return policy === 'Never' ? 'Failed' : 'Running';
}

function conditions(pod: KubeObject, rec: PodRecord, inits: readonly ContainerRecord[], apps: readonly ContainerRecord[], initialized: boolean, phase: string, nowMs: number): Dict[] {
  const completed = phase === 'Succeeded';
  const sandboxUp = rec.sandboxReadyMs !== undefined && rec.stage !== 'done';
  const notInit = inits.filter((c) => !(c.phase === 'exited' && c.terminated?.exitCode === 0)).map((c) => c.name);
  const unready = apps.filter((c) => !(c.ready && c.phase === 'running')).map((c) => c.name);
  const list: Dict[] = [
    cond(rec, 'PodReadyToStartContainers', sandboxUp, nowMs),
    cond(rec, 'Initialized', initialized || completed, nowMs, completed ? { reason: 'PodCompleted' } :
      initialized ? {} : { reason: 'ContainersNotInitialized', message: `containers with incomplete status: [${notInit.join(' ')}]` }),
    cond(rec, 'Ready', unready.length === 0 && !completed, nowMs, readyDetail(completed, unready)),
    cond(rec, 'ContainersReady', unready.length === 0 && !completed, nowMs, readyDetail(completed, unready)),
  ];
  const scheduled = ((pod.status as { conditions?: Dict[] } | undefined)?.conditions ?? []).find((c) => c.type === 'PodScheduled');
  if (scheduled) list.push(scheduled);
  return list;
}

function readyDetail(completed: boolean, unready: readonly string[]): Dict {
  if (completed) return { reason: 'PodCompleted' };
  return unready.length === 0 ? {} : { reason: 'ContainersNotReady', message: `containers with unready status: [${unready.join(' ')}]` };
}

/** A condition whose lastTransitionTime moves only when its status changes. */
function cond(rec: PodRecord, type: string, ok: boolean, nowMs: number, detail: Dict = {}): Dict {
  const status = ok ? 'True' : 'False';
  const prev = rec.transitions[type];
  if (!prev || prev.status !== status) rec.transitions[type] = { status, ms: nowMs };
  return { type, status, lastProbeTime: null, lastTransitionTime: rfc3339(rec.transitions[type]!.ms), ...detail };
}

function containerStatus(c: Container, rec: ContainerRecord | undefined, defaultWaiting: string): Dict {
  const status: Dict = {
    name: c.name,
    state: rec ? state(rec, defaultWaiting) : { waiting: { reason: defaultWaiting } },
    lastState: rec?.last ? { terminated: terminated(rec.last) } : {},
    ready: rec ? rec.ready && (rec.phase === 'running' || (rec.init && rec.phase === 'exited')) : false,
    restartCount: rec?.restartCount ?? 0,
    image: (ranOnce(rec) && rec?.image) || c.image,
    imageID: (ranOnce(rec) && rec?.imageId) || '',
    started: rec ? rec.started && rec.phase === 'running' : false,
  };
  if (rec?.phase === 'running' && rec.id) status.containerID = rec.id;
  else if (rec?.terminated) status.containerID = rec.terminated.containerId;
  else if (rec?.last) status.containerID = rec.last.containerId;
  const mounts = c.volumeMounts ?? [];
  if (mounts.length > 0) status.volumeMounts = mounts.map(mountStatus);
  return status;
}

/** The runtime reports the resolved image once a container of it has run. */
function ranOnce(rec: ContainerRecord | undefined): boolean {
  return rec !== undefined && (rec.phase === 'running' || rec.terminated !== undefined || rec.last !== undefined);
}

function state(rec: ContainerRecord, defaultWaiting: string): Dict {
  if (rec.phase === 'running') return { running: { startedAt: rfc3339(rec.startedMs!) } };
  if (rec.waiting?.reason === 'CrashLoopBackOff') return { waiting: rec.waiting };
  if (rec.terminated) return { terminated: terminated(rec.terminated) };
  return { waiting: rec.waiting ?? { reason: defaultWaiting } };
}

function terminated(t: Terminated): Dict {
  const out: Dict = { exitCode: t.exitCode, reason: t.reason, ...(t.message ? { message: t.message } : {}),
    startedAt: rfc3339(t.startedMs), finishedAt: rfc3339(t.finishedMs), containerID: t.containerId };
  if (t.signal !== undefined) out.signal = t.signal;
  return out;
}

/** A container status's volumeMounts entry (v1.31: recursiveReadOnly shown for read-only mounts). */
export function mountStatus(m: VolumeMount): Dict {
  return m.readOnly
    ? { name: m.name, mountPath: m.mountPath, readOnly: true, recursiveReadOnly: 'Disabled' }
    : { name: m.name, mountPath: m.mountPath };
}
