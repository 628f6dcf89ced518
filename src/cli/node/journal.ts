// A node's systemd journal for one unit: what systemd wrote about it, and for the kubelet klog lines
// built from what it really did (its events: container starts, probe failures, kills, back-offs).

import type { Cluster, KubeObject, UnitName } from '../../engine/index.ts';
import { crashLoopJournal, parseTime } from '../../engine/index.ts';
import { MONTHS, pad2, utcTime } from '../shell/builtins/calendar.ts';

export interface JournalLine {
  readonly ms: number;
  readonly text: string;
}

/** `Mar 17 08:31:02`, journalctl's short format. */
export function shortTime(ms: number): string {
  const t = utcTime(ms);
  return `${MONTHS[t.month - 1]} ${pad2(t.day)} ${pad2(t.hours)}:${pad2(t.minutes)}:${pad2(t.seconds)}`;
}

/** klog's header: `I0317 08:31:02.123456    5381 file.go:12] `. */
function klogHeader(level: string, ms: number, pid: number, source: string): string {
  const t = utcTime(ms);
  const micros = `${String(ms % 1000).padStart(3, '0')}${String((ms * 7) % 1000).padStart(3, '0')}`;
  return `${level}${pad2(t.month)}${pad2(t.day)} ${pad2(t.hours)}:${pad2(t.minutes)}:${pad2(t.seconds)}.${micros} ${String(pid).padStart(7)} ${source}] `;
}

function podRef(ev: KubeObject): string {
  const o = (ev as { involvedObject?: { namespace?: string; name?: string; uid?: string } }).involvedObject ?? {};
  return `pod="${o.namespace ?? ''}/${o.name ?? ''}" podUID="${o.uid ?? ''}"`;
}

function containerOf(ev: KubeObject): string {
  const path = (ev as { involvedObject?: { fieldPath?: string } }).involvedObject?.fieldPath ?? '';
  return /\{(.+)\}/.exec(path)?.[1] ?? '';
}

/** The klog line the kubelet writes around an event it records, if it writes one. */
function kubeletLine(ev: KubeObject, node: string, version: string): [string, string] | undefined {
  const reason = (ev as { reason?: string }).reason ?? '';
  const message = (ev as { message?: string }).message ?? '';
  const c = containerOf(ev);
  switch (reason) {
    case 'Started': return ['I', `kuberuntime_manager.go:1044] "Container started" ${podRef(ev)} containerName="${c}"`];
    case 'Unhealthy': {
      const probe = /^(\w+) probe/.exec(message)?.[1] ?? 'Liveness';
      return ['I', `prober.go:107] "Probe failed" probeType="${probe}" ${podRef(ev)} containerName="${c}" probeResult="failure" output=${JSON.stringify(message.replace(/^\w+ probe failed: /, ''))}`];
    }
    case 'Killing': return ['I', `kuberuntime_container.go:809] "Killing container with a grace period" ${podRef(ev)} containerName="${c}" gracePeriod=30`];
    case 'BackOff': return ['E', `pod_workers.go:1301] "Error syncing pod, skipping" err=${JSON.stringify(`failed to "StartContainer" for "${c}" with CrashLoopBackOff: "${message}"`)} ${podRef(ev)}`];
    case 'Failed': return ['E', `log.go:32] "PullImage from image service failed" err=${JSON.stringify(message)}`];
    case 'Starting': return ['I', `server.go:486] "Kubelet version" kubeletVersion="${version}"`];
    case 'NodeReady': return ['I', `kubelet_node_status.go:488] "Fast updating node status as it just became ready"`];
    case 'NodeNotReady': return ['I', `setters.go:600] "Node became not ready" node="${node}"`];
    default: return undefined;
  }
}

function eventMs(ev: KubeObject): number {
  const e = ev as { lastTimestamp?: string; eventTime?: string; firstTimestamp?: string };
  return parseTime(e.lastTimestamp) ?? parseTime(e.eventTime) ?? parseTime(e.firstTimestamp) ?? 0;
}

/** The unit's journal lines, oldest first, each `Mar 17 08:31:02 host ident[pid]: text`. */
export function unitJournal(cluster: Cluster, node: string, unit: UnitName): JournalLine[] {
  const state = cluster.machines.state(node);
  if (!state) return [];
  const lines: JournalLine[] = [...state.journal, ...(unit === 'kubelet' ? crashLoopJournal(state, cluster.nowMs) : [])]
    .filter((e) => e.unit === unit)
    .map((e) => ({ ms: e.ms, text: `${shortTime(e.ms)} ${node} ${e.ident}[${e.pid}]: ${e.klog ? klogHeader(e.klog.level, e.ms, e.pid, e.klog.source) : ''}${e.text}` }));
  if (unit === 'kubelet') {
    const { pid, active, sinceMs } = state.units.kubelet;
    // Events keep whole seconds: one stamped in the second the kubelet started came after its start.
    const startSecondMs = Math.floor(sinceMs / 1000) * 1000;
    for (const ev of cluster.client().list('/events')) {
      const source = (ev as { source?: { component?: string; host?: string } }).source;
      if (source?.component !== 'kubelet' || source.host !== node) continue;
      const stamped = eventMs(ev);
      const ms = active && stamped >= startSecondMs && stamped < sinceMs ? sinceMs : stamped;
      const line = kubeletLine(ev, node, cluster.info.kubernetesVersion);
      if (line) lines.push({ ms, text: `${shortTime(ms)} ${node} kubelet[${pid}]: ${klogHeader(line[0], ms, pid, line[1].split(']')[0]!)}${line[1].slice(line[1].indexOf(']') + 2)}` });
    }
  }
  return lines.sort((a, b) => a.ms - b.ms);
}
