// The pod worker: one level-triggered sync per pod that moves it along — sandbox and address, init
// containers one by one, then the app containers; restarts by restartPolicy with the crash back-off;
// graceful termination on deletion. Mirrors kubelet.go SyncPod / SyncTerminatingPod and
// kuberuntime_manager.go computePodActions.

import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { goDuration } from '../base/time.ts';
import { emptyLayer } from '../infra/fs/layer.ts';
import { backoffEndsMs, inBackoffSince, nextBackoff } from './backoff.ts';
import { allocatePodIp, releasePodIp, annotatePodNetwork } from './cni.ts';
import { containerEnv, envConfigError } from './container-config.ts';
import { endFollowers, mainArgv, signalContainer, startProblem, startProcess } from './containers.ts';
import { imageByRef } from './image-source.ts';
import type { KubeletContext } from './context.ts';
import { writeManagedEtcFiles } from './filesystems.ts';
import { ensureImage, fieldPathOf } from './image-pull.ts';
import { startProbes, stopProbes } from './prober.ts';
import type { ContainerRecord, PodRecord } from './state.ts';
import { postStatus } from './status-manager.ts';
import { recordSandbox } from '../activity/kubelet-steps.ts';
import { mountVolumes, remountVolumes } from './volume-manager.ts';
import { claimsReady } from './claim-volumes.ts';

export function newPodRecord(ctx: KubeletContext, pod: KubeObject): PodRecord {
  const spec = pod.spec as PodSpec;
  const container = (c: Container, init: boolean): ContainerRecord => ({
    name: c.name, init, phase: 'waiting', restartCount: 0, ready: false, started: false,
    upper: emptyLayer(ctx.clock.nowMs), logs: [], previousLogs: [], partial: { stdout: '', stderr: '' }, probes: [],
  });
  return {
    uid: pod.metadata.uid!, namespace: pod.metadata.namespace!, name: pod.metadata.name!, stage: 'new',
    sandboxId: ctx.rand.hex(64), startMs: ctx.clock.nowMs,
    containers: [...(spec.initContainers ?? []).map((c) => container(c, true)), ...spec.containers.map((c) => container(c, false))],
    volumes: {}, transitions: {},
  };
}

const SANDBOX_MIN_MS = 700;
const SANDBOX_SPREAD_MS = 900;

export function syncPod(ctx: KubeletContext, pod: KubeObject, rec: PodRecord): void {
  if (rec.stage === 'done') return;
  if (pod.metadata.deletionTimestamp) {
    terminatePod(ctx, pod, rec);
    return;
  }
  if (rec.stage === 'new') {
    if (!claimsReady(ctx, pod, rec)) return;
    if (!mountVolumes(ctx, pod, rec)) return;
    rec.stage = 'sandbox';
    if (!(pod.spec as PodSpec).hostNetwork) rec.ip = allocatePodIp(ctx);
    if (ctx.activity.enabled) recordSandbox(ctx.activity, ctx.node, pod, rec.ip);
    ctx.schedule('sync', rec.uid, SANDBOX_MIN_MS + ctx.rand.int(SANDBOX_SPREAD_MS));
    postStatus(ctx, rec);
    return;
  }
  if (rec.stage === 'sandbox') {
    rec.sandboxReadyMs = ctx.clock.nowMs;
    rec.stage = 'running';
    if (rec.ip) pod = annotatePodNetwork(ctx, pod, rec) ?? pod;
    if ((pod.spec as PodSpec).hostNetwork) rec.ip = ctx.hostIp();
  }
  remountVolumes(ctx, pod, rec);
  advanceContainers(ctx, pod, rec);
  postStatus(ctx, rec);
}

/** computePodActions: the next init container, else every app container that should run. */
function advanceContainers(ctx: KubeletContext, pod: KubeObject, rec: PodRecord): void {
  const spec = pod.spec as PodSpec;
  const specs = [...(spec.initContainers ?? []), ...spec.containers];
  const policy = spec.restartPolicy ?? 'Always';
  for (const c of rec.containers.filter((x) => x.init)) {
    if (c.phase === 'exited' && c.terminated?.exitCode === 0) continue;
    if (c.phase === 'running') return;
    if (c.phase === 'exited' && policy === 'Never') return finishPod(ctx, pod, rec);
    if (c.phase === 'exited' && !restartDue(ctx, pod, rec, c)) return;
    startContainer(ctx, pod, rec, c, specs.find((s) => s.name === c.name)!);
    return;
  }
  for (const c of rec.containers.filter((x) => !x.init)) {
    if (c.phase === 'running') continue;
    if (c.phase === 'exited') {
      const code = c.terminated?.exitCode ?? 0;
      const restart = policy === 'Always' || (policy === 'OnFailure' && code !== 0);
      if (!restart || !restartDue(ctx, pod, rec, c)) continue;
    }
    if (startContainer(ctx, pod, rec, c, spec.containers.find((s) => s.name === c.name)!) === 'waiting' && c.phase !== 'waiting') return;
  }
  const apps = rec.containers.filter((x) => !x.init);
  const allDone = apps.every((c) => c.phase === 'exited' && !(policy === 'Always' || (policy === 'OnFailure' && c.terminated?.exitCode !== 0)));
  if (allDone) finishPod(ctx, pod, rec);
}

/** After a crash: restart now if out of back-off, else wait in CrashLoopBackOff. */
function restartDue(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord): boolean {
  const now = ctx.clock.nowMs;
  const finished = c.terminated?.finishedMs ?? now;
  if (inBackoffSince(c.backoff, finished, now)) {
    const delay = c.backoff!.backoffMs;
    if (c.waiting?.reason !== 'CrashLoopBackOff') {
      ctx.event(pod, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${rec.name}_${rec.namespace}(${rec.uid})`, fieldPathOf(c));
    }
    c.waiting = { reason: 'CrashLoopBackOff', message: `back-off ${goDuration(delay)} restarting failed container=${c.name} pod=${rec.name}_${rec.namespace}(${rec.uid})` };
    moveToWaiting(c);
    ctx.schedule('sync', rec.uid, backoffEndsMs(c.backoff!) - now);
    return false;
  }
  c.backoff = nextBackoff(c.backoff, now);
  return true;
}

/** The finished instance becomes lastState; the container waits for its next instance. */
function moveToWaiting(c: ContainerRecord): void {
  if (c.phase !== 'exited' || !c.terminated) return;
  c.last = c.terminated;
  c.terminated = undefined;
  c.phase = 'waiting';
}

const CREATE_MIN_MS = 40;
const CREATE_SPREAD_MS = 120;

/**
 * One step towards running the container: pull its image, then create it (`Created`), then start it
 * (`Started`) a moment later. Returns 'started' once its process runs.
 */
function startContainer(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, spec: Container): 'started' | 'waiting' {
  if ((c.phase === 'creating' || c.phase === 'created') && ctx.clock.nowMs < (c.stepDueMs ?? 0)) return 'waiting';
  if (c.phase === 'creating') return createContainer(ctx, pod, rec, c);
  if (c.phase === 'created') return runContainer(ctx, pod, rec, c, spec);
  if (ensureImage(ctx, pod, rec, c, spec) === 'waiting') return 'waiting';
  const configError = envConfigError(ctx, pod, spec);
  if (configError) {
    c.waiting = { reason: 'CreateContainerConfigError', message: configError };
    ctx.event(pod, 'Warning', 'Failed', `Error: ${configError}`, fieldPathOf(c));
    ctx.schedule('sync', rec.uid, 10_000);
    return 'waiting';
  }
  c.phase = 'creating';
  nextStep(ctx, rec, c);
  return 'waiting';
}

function createContainer(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord): 'waiting' {
  if (c.id && (c.last || c.terminated)) {
    c.previousLogs = c.logs;
    c.logs = [];
    c.upper = emptyLayer(ctx.clock.nowMs);
    endFollowers(ctx, c);
  }
  c.id = `containerd://${ctx.rand.hex(64)}`;
  ctx.indexContainer(rec, c);
  writeManagedEtcFiles(ctx, pod, rec, c, imageByRef(c.image!, ctx.runtime.registryImages));
  ctx.event(pod, 'Normal', 'Created', `Created container ${c.name}`, fieldPathOf(c));
  c.phase = 'created';
  nextStep(ctx, rec, c);
  return 'waiting';
}

function nextStep(ctx: KubeletContext, rec: PodRecord, c: ContainerRecord): void {
  const delay = CREATE_MIN_MS + ctx.rand.int(CREATE_SPREAD_MS);
  c.stepDueMs = ctx.clock.nowMs + delay;
  ctx.schedule('sync', rec.uid, delay);
}

function runContainer(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, spec: Container): 'started' | 'waiting' {
  if (c.terminated || c.last) c.restartCount++;
  if (c.terminated) c.last = c.terminated;
  c.terminated = undefined;
  c.env = containerEnv(ctx, pod, spec, imageByRef(c.image!, ctx.runtime.registryImages));
  const problem = startProblem(ctx, pod, rec, c, mainArgv(ctx, pod, c, spec));
  if (problem) return failedStart(ctx, pod, rec, c, problem);
  ctx.event(pod, 'Normal', 'Started', `Started container ${c.name}`, fieldPathOf(c));
  c.phase = 'running';
  c.waiting = undefined;
  c.startedMs = ctx.clock.nowMs;
  c.started = !spec.startupProbe;
  c.ready = c.init ? false : !spec.readinessProbe && !spec.startupProbe;
  startProbes(ctx, c, spec);
  startProcess(ctx, pod, rec, c, spec);
  return 'started';
}

/** runc could not start the process: the container ends at once with StartError (exit 128). */
function failedStart(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, problem: string): 'waiting' {
  const message = `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${problem}: unknown`;
  ctx.event(pod, 'Warning', 'Failed', `Error: ${message}`, fieldPathOf(c));
  const now = ctx.clock.nowMs;
  c.terminated = { exitCode: 128, reason: 'StartError', message, startedMs: 0, finishedMs: now, containerId: c.id! };
  c.phase = 'exited';
  c.ready = false;
  c.started = false;
  ctx.schedule('sync', rec.uid, 0);
  return 'waiting';
}

/** The process ended: record how, and let the next sync decide about a restart. */
export function containerExited(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, code: number): void {
  c.terminated = {
    exitCode: code, reason: code === 0 ? 'Completed' : 'Error', startedMs: c.startedMs ?? ctx.clock.nowMs,
    finishedMs: ctx.clock.nowMs, containerId: c.id!,
  };
  c.phase = 'exited';
  c.ready = c.init && code === 0;
  c.started = false;
  c.proc = undefined;
  c.wakeMs = undefined;
  c.stopping = undefined;
  stopProbes(c);
  endFollowers(ctx, c);
  if (rec.stage === 'terminating') {
    terminatePod(ctx, pod, rec);
    return;
  }
  syncPod(ctx, pod, rec);
}

/** Every app container is finished for good: the sandbox goes, the phase turns terminal. */
function finishPod(ctx: KubeletContext, pod: KubeObject, rec: PodRecord): void {
  rec.stage = 'done';
  releasePodIp(ctx, rec);
  postStatus(ctx, rec);
}

/** SIGTERM every running container, SIGKILL at the grace deadline, then remove the pod from the API. */
export function terminatePod(ctx: KubeletContext, pod: KubeObject, rec: PodRecord): void {
  const now = ctx.clock.nowMs;
  const grace = pod.metadata.deletionGracePeriodSeconds ?? 30;
  if (rec.stage !== 'terminating') {
    rec.stage = 'terminating';
    for (const c of rec.containers) {
      if (c.phase === 'pulling') {
        c.phase = 'waiting';
        c.pull = undefined;
      }
      if (c.phase !== 'running') continue;
      ctx.event(pod, 'Normal', 'Killing', `Stopping container ${c.name}`, fieldPathOf(c));
      stopContainer(ctx, pod, rec, c, now + grace * 1_000);
    }
  }
  if (rec.containers.some((c) => c.phase === 'running')) {
    postStatus(ctx, rec);
    return;
  }
  rec.stage = 'done';
  releasePodIp(ctx, rec);
  postStatus(ctx, rec);
  ctx.removePod(rec);
}

/** Sends SIGTERM and arms the SIGKILL; a process that exits at once is recorded now. */
export function stopContainer(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, deadlineMs: number): void {
  c.stopping = { deadlineMs };
  ctx.schedule('kill', c.id!, Math.max(0, deadlineMs - ctx.clock.nowMs));
  const code = signalContainer(ctx, pod, rec, c, 'SIGTERM');
  if (code !== undefined) containerExited(ctx, pod, rec, c, code);
}

/** The SIGKILL at the end of the grace period. */
export function killContainer(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord): void {
  if (c.phase !== 'running' || !c.stopping || ctx.clock.nowMs < c.stopping.deadlineMs) return;
  containerExited(ctx, pod, rec, c, 137);
}
