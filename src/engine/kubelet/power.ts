// A node's kubelet going away and coming back: `systemctl stop kubelet` (the containers keep running,
// nothing reports them), a power-off (everything on the node dies) and the restart that follows,
// when the kubelet re-reads its pods, posts a fresh node status and records its start-up events.
// Mirrors kubelet.go Run/initializeModules and kubelet_node_status.go setters (v1.31).

import { isStatusError, StatusError, StatusReason } from '../api/errors.ts';
import type { KubeObject } from '../api/types.ts';
import { uuid } from '../apiserver/uuid.ts';
import { clone } from '../base/json.ts';
import { rfc3339 } from '../base/time.ts';
import { stepKey, type KubeletContext, type StepKind } from './context.ts';
import type { NodeRuntime } from './state.ts';

/** Why a node's kubelet does not run: stopped by systemctl, or the whole machine off. */
export type KubeletDown = NonNullable<NodeRuntime['down']>;

/** What a kubelet does with one of its timed steps while it is down: run it, keep it for later, or drop it. */
export function whileDown(runtime: NodeRuntime, kind: StepKind, id: string): 'run' | 'kept' | 'dropped' {
  if (!runtime.down) return 'run';
  // The container runtime (containerd) keeps the containers' processes and exec sessions going.
  if (runtime.down === 'stopped' && (kind === 'proc' || kind === 'exec')) return 'run';
  if (runtime.down === 'powered-off' && kind !== 'lease') return 'dropped';
  const key = stepKey(runtime.node, kind, id);
  const kept = (runtime.deferredSteps ??= []);
  if (!kept.includes(key)) kept.push(key);
  return 'kept';
}

/** The machine loses power: every process on it dies at once, with nothing left to report it. */
export function powerOff(runtime: NodeRuntime): void {
  runtime.down = 'powered-off';
  runtime.pods = {};
  runtime.usedIps = [];
  runtime.deferredSteps = (runtime.deferredSteps ?? []).filter((k) => k.split('\t')[1] === 'lease');
}

const KUBELET_CONDITIONS = [
  ['MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available', 'NodeHasSufficientMemory'],
  ['DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure', 'NodeHasNoDiskPressure'],
  ['PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available', 'NodeHasSufficientPID'],
  ['Ready', 'True', 'KubeletReady', 'kubelet is posting ready status', 'NodeReady'],
] as const;

interface NodeCondition {
  type: string;
  status: string;
  lastHeartbeatTime?: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

/**
 * The kubelet starts: `Starting kubelet.`, a reboot noticed by its new boot id, the node status
 * posted at once (each condition that changed records its event), then the allocatable enforced.
 */
export function kubeletStarted(ctx: KubeletContext, rebooted: boolean): void {
  const node = ctx.client.get('/nodes', undefined, ctx.node);
  if (!node) return;
  ctx.recorder.record(node, 'Normal', 'Starting', 'Starting kubelet.');
  const status = clone((node.status ?? {}) as { conditions?: NodeCondition[]; nodeInfo?: { bootID?: string } });
  if (rebooted && status.nodeInfo) {
    status.nodeInfo.bootID = uuid(ctx.rand);
    ctx.recorder.record(node, 'Warning', 'Rebooted', `Node ${ctx.node} has been rebooted, boot id: ${status.nodeInfo.bootID}`);
  }
  const now = rfc3339(ctx.clock.nowMs);
  const changed: string[] = [];
  const conditions = status.conditions ?? [];
  for (const [type, value, reason, message, event] of ctx.runtime.networkUnready ? KUBELET_CONDITIONS.slice(0, 3) : KUBELET_CONDITIONS) {
    const c = conditions.find((x) => x.type === type);
    if (!c) continue;
    if (c.status !== value) {
      c.lastTransitionTime = now;
      changed.push(event);
    }
    Object.assign(c, { status: value, reason, message, lastHeartbeatTime: now });
  }
  try {
    ctx.client.updateStatus('/nodes', { ...node, status } as KubeObject);
  } catch (e) {
    if (!isStatusError(e)) throw e;
  }
  for (const event of changed) ctx.recorder.record(node, 'Normal', event, `Node ${ctx.node} status is now: ${event}`);
  ctx.recorder.record(node, 'Normal', 'NodeAllocatableEnforced', 'Updated Node Allocatable limit across pods');
}

/**
 * The API server cannot reach a kubelet that is down: pods/log names the URL it tried, pods/exec
 * fails while dialing (the upgrade-aware proxy). `what` is the kubelet path, e.g. containerLogs/ns/pod/c.
 */
export function kubeletUnreachable(runtime: NodeRuntime, hostIp: string, what: string): StatusError | undefined {
  if (!runtime.down) return undefined;
  const cause = `dial tcp ${hostIp}:10250: ${runtime.down === 'stopped' ? 'connect: connection refused' : 'connect: no route to host'}`;
  const message = what.startsWith('containerLogs/') ? `Get "https://${hostIp}:10250/${what}": ${cause}` : `error dialing backend: ${cause}`;
  return new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: StatusReason.InternalError, code: 500 });
}
