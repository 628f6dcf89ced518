// A kubelet that starts on a node where pods already run (the profile booted them) takes them over:
// their records come from the statuses they show, and their processes replay their start at the
// time they started, so their logs go on from there. Their probes are not run again (they passed).

import type { ContainerStatus, PodSpec, PodStatus } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { parseTime } from '../base/time.ts';
import { startProcess } from './containers.ts';
import type { Kubelet } from './kubelet.ts';
import { newPodRecord } from './pod-worker.ts';
import type { ContainerRecord, PodRecord } from './state.ts';

export function adoptRunningPods(kubelet: Kubelet): void {
  const { ctx } = kubelet;
  const pods = ctx.client.list('/pods', undefined, { fieldSelector: `spec.nodeName=${ctx.node}` });
  for (const pod of pods) {
    if (pod.metadata.deletionTimestamp || (pod.status as PodStatus | undefined)?.phase !== 'Running') continue;
    const rec = newPodRecord(ctx, pod);
    adoptStatus(pod, rec);
    ctx.runtime.pods[rec.uid] = rec;
    if (rec.ip && !ctx.runtime.usedIps.includes(rec.ip) && rec.ip !== ctx.hostIp()) ctx.runtime.usedIps.push(rec.ip);
    const spec = pod.spec as PodSpec;
    for (const c of rec.containers) {
      const cs = [...(spec.initContainers ?? []), ...spec.containers].find((x) => x.name === c.name)!;
      if (c.phase === 'running') startProcess(ctx, pod, rec, c, cs, c.startedMs);
    }
  }
}

function adoptStatus(pod: KubeObject, rec: PodRecord): void {
  const status = pod.status as PodStatus;
  rec.stage = 'running';
  rec.startMs = parseTime(status.startTime) ?? rec.startMs;
  rec.ip = status.podIP;
  for (const cond of status.conditions ?? []) {
    rec.transitions[cond.type] = { status: cond.status, ms: parseTime(cond.lastTransitionTime) ?? 0 };
  }
  rec.sandboxReadyMs = rec.transitions.PodReadyToStartContainers?.ms ?? rec.startMs;
  const statuses = [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])];
  for (const c of rec.containers) {
    const cs = statuses.find((s) => s.name === c.name);
    if (cs) adoptContainer(c, cs);
  }
}

function adoptContainer(c: ContainerRecord, cs: ContainerStatus): void {
  c.id = cs.containerID;
  c.image = cs.image;
  c.imageId = cs.imageID;
  c.restartCount = cs.restartCount;
  c.ready = cs.ready;
  c.started = cs.started ?? false;
  const running = cs.state?.running;
  const term = cs.state?.terminated;
  if (running) {
    c.phase = 'running';
    c.startedMs = parseTime(running.startedAt) ?? 0;
  } else if (term) {
    c.phase = 'exited';
    c.terminated = {
      exitCode: term.exitCode, reason: term.reason ?? '', startedMs: parseTime(term.startedAt) ?? 0,
      finishedMs: parseTime(term.finishedAt) ?? 0, containerId: term.containerID ?? cs.containerID ?? '',
    };
  }
}
