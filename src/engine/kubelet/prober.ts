// Liveness, readiness and startup probes: a worker per probe ticking every periodSeconds from the
// container's start, honouring initialDelaySeconds, success/failure thresholds and the startup gate;
// `Unhealthy` events on failures, a restart when liveness or startup gives up.
// Mirrors pkg/kubelet/prober (worker.go, prober.go; v1.31 messages).

import type { Container, PodSpec, Probe } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import type { KubeletContext } from './context.ts';
import { fieldPathOf } from './image-pull.ts';
import { runProbe } from './probe-run.ts';
import type { ContainerRecord, PodRecord, ProbeRecord } from './state.ts';

type Kind = ProbeRecord['kind'];
const TITLE: Record<Kind, string> = { liveness: 'Liveness', readiness: 'Readiness', startup: 'Startup' };

export function probeSpec(spec: Container, kind: Kind): Probe | undefined {
  return kind === 'liveness' ? spec.livenessProbe : kind === 'readiness' ? spec.readinessProbe : spec.startupProbe;
}

export function startProbes(ctx: KubeletContext, c: ContainerRecord, spec: Container): void {
  c.probes = [];
  for (const kind of ['startup', 'liveness', 'readiness'] as const) {
    const probe = probeSpec(spec, kind);
    if (!probe) continue;
    c.probes.push({ kind, successes: 0, failures: 0, ok: kind === 'liveness' });
    const delay = probe.initialDelaySeconds ?? 0;
    const period = probe.periodSeconds ?? 10;
    const first = Math.ceil(delay / period) * period;
    ctx.schedule('probe', `${c.id}#${kind}`, first * 1_000);
  }
}

export function stopProbes(c: ContainerRecord): void {
  c.probes = [];
}

/** One tick of a probe worker. */
export function probeTick(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, kind: Kind): { restart?: 'liveness' | 'startup'; changed: boolean } {
  const state = c.probes.find((p) => p.kind === kind);
  const spec = [...((pod.spec as PodSpec).initContainers ?? []), ...(pod.spec as PodSpec).containers].find((x) => x.name === c.name);
  const probe = spec ? probeSpec(spec, kind) : undefined;
  if (!state || !probe || c.phase !== 'running' || c.stopping) return { changed: false };
  ctx.schedule('probe', `${c.id}#${kind}`, (probe.periodSeconds ?? 10) * 1_000);
  if (kind !== 'startup' && !c.started) return { changed: false };
  if (kind === 'startup' && c.started) return { changed: false };
  const result = runProbe(ctx, pod, rec, c, probe);
  const before = state.ok;
  if (result.ok) {
    state.successes++;
    state.failures = 0;
    if (state.successes >= (probe.successThreshold ?? 1)) state.ok = true;
  } else {
    state.failures++;
    state.successes = 0;
    ctx.event(pod, 'Warning', 'Unhealthy', `${TITLE[kind]} probe failed: ${result.output}`, fieldPathOf(c));
    if (state.failures >= (probe.failureThreshold ?? 3)) state.ok = false;
  }
  if (kind === 'readiness') {
    c.ready = state.ok;
    return { changed: before !== state.ok };
  }
  if (kind === 'startup' && state.ok) {
    c.started = true;
    c.ready = !spec!.readinessProbe;
    return { changed: true };
  }
  if (!state.ok && (kind === 'liveness' || state.failures >= (probe.failureThreshold ?? 3))) {
    ctx.event(pod, 'Normal', 'Killing', `Container ${c.name} failed ${kind} probe, will be restarted`, fieldPathOf(c));
    return { restart: kind, changed: true };
  }
  return { changed: false };
}
