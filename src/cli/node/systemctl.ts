// systemd 249's systemctl (Ubuntu 22.04) for the node's units: status (the real layout: Loaded,
// Drop-In, Active, Main PID, CGroup and the unit's last journal lines), start/stop/restart (root
// only, polkit refuses others), is-active, is-enabled.

import { crashLoopStatus, UNIT_DESCRIPTIONS, UNITS, type Cluster, type UnitName, type UnitState } from '../../engine/index.ts';
import { pad2, utcTime, WEEKDAYS } from '../shell/builtins/calendar.ts';
import type { CommandContext, CommandSpec } from '../shell/types.ts';
import { unitJournal } from './journal.ts';
import { isRoot, type NodeEnv } from './node-env.ts';

const KUBELET_ARGS = '--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///var/run/containerd/containerd.sock';
const UNIT_FILES: Readonly<Record<UnitName, { docs: string; dropIn?: string; exec: string; execStart: string }>> = {
  containerd: { docs: 'https://containerd.io', exec: '/usr/bin/containerd', execStart: '/usr/bin/containerd' },
  kubelet: {
    docs: 'https://kubernetes.io/docs/', dropIn: '/usr/lib/systemd/system/kubelet.service.d\n             └─10-kubeadm.conf', exec: '/usr/bin/kubelet',
    execStart: '/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS',
  },
};
const STATUS_LINES = 10;

function unitName(arg: string | undefined): UnitName | undefined {
  const bare = arg?.replace(/\.service$/, '');
  return UNITS.find((u) => u === bare);
}

/** systemd's relative timestamp: `5s ago`, `2min 3s ago`, `1h 4min ago`, `1 week 3 days ago`. */
export function ago(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const [m, h, d] = [Math.floor(s / 60), Math.floor(s / 3600), Math.floor(s / 86_400)];
  if (d >= 7) return `${Math.floor(d / 7)} week${d >= 14 ? 's' : ''} ${d % 7} days ago`;
  if (d >= 2) return `${d} days ago`;
  if (h >= 25) return `1 day ${h - 24}h ago`;
  if (h >= 6) return `${h}h ago`;
  if (h >= 1) return `${h}h ${m % 60}min ago`;
  if (m >= 5) return `${m}min ago`;
  if (m >= 1) return `${m}min ${s % 60}s ago`;
  return s >= 1 ? `${s}s ago` : ms >= 1 ? `${Math.floor(ms)}ms ago` : 'now';
}

/** `Mon 2025-03-17 08:12:44 UTC` */
export function stamp(ms: number): string {
  const t = utcTime(ms);
  return `${WEEKDAYS[t.weekday]} ${t.year}-${pad2(t.month)}-${pad2(t.day)} ${pad2(t.hours)}:${pad2(t.minutes)}:${pad2(t.seconds)} UTC`;
}

/** systemd's format_timespan to the millisecond: `2h 24min 47.232s`. */
function cpuTime(runMs: number): string {
  const ms = Math.floor(runMs / 97);
  const h = Math.floor(ms / 3_600_000);
  const min = Math.floor(ms / 60_000) % 60;
  const sec = ((ms % 60_000) / 1000).toFixed(3).replace(/\.?0+$/, '');
  return [h > 0 ? `${h}h` : '', h > 0 || min > 0 ? `${min}min` : '', `${sec}s`].filter((p) => p !== '').join(' ');
}

function status(env: NodeEnv, unit: UnitName, u: UnitState, now: number): string {
  const f = UNIT_FILES[unit];
  const state = env.cluster.machines.state(env.node);
  const looping = state ? crashLoopStatus(state, now) : undefined;
  const lines = looping ? restartingLines(unit, looping, now) : [
    `${u.active ? '●' : '○'} ${unit}.service - ${UNIT_DESCRIPTIONS[unit]}`,
    `     Loaded: loaded (/lib/systemd/system/${unit}.service; enabled; vendor preset: enabled)`,
    ...(f.dropIn ? [`    Drop-In: ${f.dropIn}`] : []),
    `     Active: ${u.active ? 'active (running)' : 'inactive (dead)'} since ${stamp(u.sinceMs)}; ${ago(now - u.sinceMs)}`,
    `       Docs: ${f.docs}`,
  ];
  if (looping) {
    lines.push(`    Process: ${looping.pid} ExecStart=${f.execStart} (code=exited, status=1/FAILURE)`, `   Main PID: ${looping.pid} (code=exited, status=1/FAILURE)`, '        CPU: 62ms');
  } else if (u.active) {
    lines.push(
      `   Main PID: ${u.pid} (${unit})`,
      `      Tasks: ${unit === 'kubelet' ? 13 : 96}`,
      `     Memory: ${unit === 'kubelet' ? '47.8M' : '71.2M'}`,
      `        CPU: ${cpuTime(now - u.sinceMs)}`,
      `     CGroup: /system.slice/${unit}.service`,
      `             └─${u.pid} ${f.exec}${unit === 'kubelet' ? ` ${KUBELET_ARGS}` : ''}`,
    );
  } else {
    lines.push(`    Process: ${u.pid} ExecStart=${f.execStart} (code=exited, status=0/SUCCESS)`, `   Main PID: ${u.pid} (code=exited, status=0/SUCCESS)`);
  }
  const journal = unitJournal(env.cluster, env.node, unit).slice(-STATUS_LINES).map((l) => l.text);
  return `${lines.join('\n')}\n${journal.length > 0 ? `\n${journal.join('\n')}\n` : ''}`;
}

/** A unit systemd restarts (Restart=always) after its process failed. */
function restartingLines(unit: UnitName, looping: { exitedMs: number }, now: number): string[] {
  return [
    `● ${unit}.service - ${UNIT_DESCRIPTIONS[unit]}`,
    `     Loaded: loaded (/lib/systemd/system/${unit}.service; enabled; vendor preset: enabled)`,
    ...(UNIT_FILES[unit].dropIn ? [`    Drop-In: ${UNIT_FILES[unit].dropIn!}`] : []),
    `     Active: activating (auto-restart) (Result: exit-code) since ${stamp(looping.exitedMs)}; ${ago(now - looping.exitedMs)}`,
    `       Docs: ${UNIT_FILES[unit].docs}`,
  ];
}

function denied(ctx: CommandContext, verb: string, unit: string): number {
  ctx.io.stderr.write(`Failed to ${verb} ${unit}.service: Interactive authentication required.\nSee system logs and 'systemctl status ${unit}.service' for details.\n`);
  return 1;
}

function systemctl(env: NodeEnv, ctx: CommandContext): number {
  const args = ctx.argv.slice(1).filter((a) => !a.startsWith('-'));
  const [verb = 'list-units', ...names] = args;
  if (verb === 'daemon-reload') {
    if (isRoot(ctx)) return 0;
    ctx.io.stderr.write('Failed to reload daemon: Interactive authentication required.\n');
    return 1;
  }
  const cluster: Cluster = env.cluster;
  const state = cluster.machines.state(env.node);
  if (!state) return 1;
  if (!['status', 'start', 'stop', 'restart', 'is-active', 'is-enabled'].includes(verb)) {
    ctx.io.stderr.write(`Unknown command verb ${verb}.\n`);
    return 1;
  }
  if (names.length === 0) {
    ctx.io.stderr.write(`Too few arguments.\n`);
    return 1;
  }
  let code = 0;
  for (const name of names) {
    const unit = unitName(name);
    const shown = name.replace(/\.service$/, '');
    if (!unit) {
      if (verb === 'status') ctx.io.stderr.write(`Unit ${shown}.service could not be found.\n`);
      else if (verb === 'is-active') ctx.io.stdout.write('inactive\n');
      else if (verb === 'is-enabled') ctx.io.stderr.write(`Failed to get unit file state for ${shown}.service: No such file or directory\n`);
      else ctx.io.stderr.write(`Failed to ${verb} ${shown}.service: Unit ${shown}.service not found.\n`);
      code = verb === 'status' ? 4 : verb === 'is-active' ? 3 : verb === 'is-enabled' ? 1 : 5;
      continue;
    }
    const u = state.units[unit];
    if (verb === 'status') {
      ctx.io.stdout.write(status(env, unit, u, cluster.nowMs));
      if (!u.active) code = 3;
    } else if (verb === 'is-active') {
      ctx.io.stdout.write(u.active ? 'active\n' : u.crashLoopSinceMs !== undefined ? 'activating\n' : 'inactive\n');
      if (!u.active) code = 3;
    } else if (verb === 'is-enabled') {
      ctx.io.stdout.write('enabled\n');
    } else if (!isRoot(ctx)) {
      code = denied(ctx, verb, unit);
    } else {
      cluster.machines.systemctl(env.node, verb as 'start' | 'stop' | 'restart', unit);
    }
  }
  return code;
}

export const SYSTEMCTL = (env: NodeEnv): CommandSpec => ({ name: 'systemctl', path: '/usr/bin/systemctl', run: (ctx) => systemctl(env, ctx) });
