// What `kubeadm upgrade apply|node` share: the cluster facts they read (versions of kubeadm, the
// cluster, each component), klog's warning lines, kubeadm's temporary directory names, and a process
// that runs its steps on the virtual clock (waits, polls, the [y/N] prompt).

import { binaryVersion, klogTime, manifestTag, packagesOf, parseVersion, storedClusterVersion, type ApiClient, type KubeObject } from '../../engine/index.ts';
import { pad2, utcTime } from '../shell/builtins/calendar.ts';
import type { CommandContext, Process } from '../shell/types.ts';
import { STACK_TRACE_HINT } from './kubeadm-output.ts';
import { isRoot, type NodeEnv } from './node-env.ts';

export const ADMIN_CONF = '/etc/kubernetes/admin.conf';
export const KUBELET_CONF = '/etc/kubernetes/kubelet.conf';
export const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';
/** How often kubeadm's waiter polls the API server. */
const POLL_MS = 500;

export interface UpgradeFacts {
  readonly client: ApiClient;
  /** The installed kubeadm binary's version (`v1.32.0`). */
  readonly kubeadm: string;
  /** ClusterConfiguration.kubernetesVersion (`v1.31.4`). */
  readonly cluster: string;
  readonly controlPlane: boolean;
}

/** The version of the kubeadm binary the machine's package installed. */
export function installedKubeadm(env: NodeEnv): string | undefined {
  const state = env.cluster.machines.state(env.node);
  return state ? binaryVersion(packagesOf(state).installed.kubeadm) : undefined;
}

/** The PID the kernel gives the kubeadm process (it is a new process on the machine). */
export function kubeadmPid(env: NodeEnv): number {
  const state = env.cluster.machines.state(env.node);
  if (!state) return 0;
  state.nextPid += 1_311;
  return state.nextPid;
}

/** kubeadm loads a kubeconfig first: absent or unreadable, it stops there. */
export function loadFacts(env: NodeEnv, ctx: CommandContext, kubeconfig: string): UpgradeFacts | number {
  const fs = env.cluster.machines.fs(env.node);
  const state = env.cluster.machines.state(env.node);
  if (!fs || !state) return 1;
  const cause = !fs.exists(kubeconfig) ? 'no such file or directory' : isRoot(ctx) ? undefined : 'permission denied';
  if (cause) {
    ctx.io.stderr.write(`couldn't create a Kubernetes client from file "${kubeconfig}": failed to load admin kubeconfig: open ${kubeconfig}: ${cause}\n${STACK_TRACE_HINT}`);
    return 1;
  }
  const client = env.cluster.client();
  const node = client.get('/nodes', undefined, env.node);
  return {
    client, kubeadm: binaryVersion(packagesOf(state).installed.kubeadm),
    cluster: storedClusterVersion(client) ?? env.cluster.info.kubernetesVersion,
    controlPlane: node?.metadata.labels?.[CONTROL_PLANE_LABEL] !== undefined,
  };
}

/** kubeadm before v1.32 prints its older phase lines (no `kubeadm upgrade apply` phases yet). */
export function legacyKubeadm(facts: UpgradeFacts): boolean {
  return (parseVersion(facts.kubeadm)?.minor ?? 0) < 32;
}

/** The mirror pod of a static pod on a node. */
export function staticPod(client: ApiClient, component: string, node: string): KubeObject | undefined {
  return client.get('/pods', 'kube-system', `${component}-${node}`);
}

export function staticPodTag(client: ApiClient, component: string, node: string): string {
  const pod = staticPod(client, component, node);
  return pod ? manifestTag(pod) : '';
}

/** Deterministic stand-ins for kubeadm's os.MkdirTemp suffixes and its PID. */
export function tempSuffix(nowMs: number, salt: number): string {
  return String(1_000_000_000 + ((Math.imul(Math.floor(nowMs / 7) ^ salt, 2654435761) >>> 0) % 3_000_000_000));
}

/** klog's header: `W0317 08:41:12.123456    7123 file.go:117] message`. */
export function klog(severity: 'I' | 'W' | 'E', nowMs: number, pid: number, where: string, message: string): string {
  return `${severity}${klogTime(nowMs)} ${String(pid).padStart(7)} ${where}] ${message}\n`;
}

/** `2025-03-17-08-41-12`, kubeadm's backup directory stamp. */
export function backupStamp(nowMs: number): string {
  const t = utcTime(nowMs);
  return `${t.year}-${pad2(t.month)}-${pad2(t.day)}-${pad2(t.hours)}-${pad2(t.minutes)}-${pad2(t.seconds)}`;
}

export interface Step {
  /** Virtual time to wait before running. */
  readonly afterMs?: number;
  /** Polled until true before running. */
  readonly until?: () => boolean;
  /** How long `until` may take before the process fails (no limit when absent). */
  readonly timeoutMs?: number;
  /** Returns an exit code to stop the process there. */
  readonly run: () => number | void;
}

/** Runs the steps in order on the virtual clock; a step whose `until` outlasts its timeout calls onTimeout and fails. */
export function stepsProcess(ctx: CommandContext, steps: readonly Step[], onTimeout: () => void): Process {
  let index = 0;
  let startedMs = ctx.nowMs();
  let done = false;
  let exitCode = 0;
  const finish = (code: number): void => {
    done = true;
    exitCode = code;
  };
  const poll = (nowMs: number): void => {
    for (let guard = 0; !done && guard < steps.length + 1; guard++) {
      const step = steps[index];
      if (!step) return finish(0);
      if (nowMs < startedMs + (step.afterMs ?? 0)) return;
      if (step.until && !step.until()) {
        if (step.timeoutMs !== undefined && nowMs - startedMs >= step.timeoutMs) {
          onTimeout();
          finish(1);
        }
        return;
      }
      const code = step.run();
      if (typeof code === 'number') return finish(code);
      index++;
      startedMs = nowMs;
    }
  };
  const process: Process = {
    get done() { return done; },
    get exitCode() { return exitCode; },
    wakeAtMs: () => {
      const step = steps[index];
      if (done || !step) return undefined;
      return step.until ? Math.max(ctx.nowMs(), startedMs + (step.afterMs ?? 0)) + POLL_MS : startedMs + (step.afterMs ?? 0);
    },
    poll,
    cancel: () => finish(130),
  };
  poll(ctx.nowMs());
  return process;
}
