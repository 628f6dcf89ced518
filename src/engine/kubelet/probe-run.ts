// Running one probe against a container: exec through the container's shell against its files,
// httpGet against the program that listens on the port, tcpSocket as a connect.
// Mirrors pkg/probe/{exec,http,tcp} result texts.

import type { Container, PodSpec, Probe } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import type { KubeletContext } from './context.ts';
import { runToCompletion } from './exec.ts';
import { serveOnPort } from './serving.ts';
import type { ContainerRecord, PodRecord } from './state.ts';

export interface ProbeResult {
  readonly ok: boolean;
  readonly output: string;
}

export function runProbe(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, probe: Probe): ProbeResult {
  const timeoutMs = (probe.timeoutSeconds ?? 1) * 1_000;
  if (probe.exec) {
    const command = probe.exec.command ?? [];
    const r = runToCompletion(ctx, pod, rec, c, command, timeoutMs);
    if (r.timedOut) return { ok: false, output: `command ${JSON.stringify(command.join(' '))} timed out` };
    return { ok: r.code === 0, output: r.output.replace(/\n$/, '') };
  }
  const spec = [...((pod.spec as PodSpec).initContainers ?? []), ...(pod.spec as PodSpec).containers].find((x) => x.name === c.name);
  const host = rec.ip ?? ctx.hostIp();
  if (probe.httpGet) {
    const port = resolvePort(probe.httpGet.port, spec);
    const scheme = (probe.httpGet.scheme ?? 'HTTP').toLowerCase();
    const path = probe.httpGet.path ?? '/';
    const url = `${scheme}://${probe.httpGet.host ?? host}:${port}${path.startsWith('/') ? path : `/${path}`}`;
    const headers = Object.fromEntries((probe.httpGet.httpHeaders ?? []).map((h) => [h.name, h.value]));
    const res = serveOnPort(ctx, pod, rec, port, { method: 'GET', path, headers: { 'User-Agent': 'kube-probe/1.31', ...headers } });
    if (!res) return { ok: false, output: `Get ${JSON.stringify(url)}: dial tcp ${host}:${port}: connect: connection refused` };
    if (res.status >= 200 && res.status < 400) return { ok: true, output: '' };
    return { ok: false, output: `HTTP probe failed with statuscode: ${res.status}` };
  }
  if (probe.tcpSocket) {
    const port = resolvePort(probe.tcpSocket.port, spec);
    const open = serveOnPort(ctx, pod, rec, port) !== undefined;
    return open ? { ok: true, output: '' } : { ok: false, output: `dial tcp ${host}:${port}: connect: connection refused` };
  }
  if (probe.grpc) {
    const open = serveOnPort(ctx, pod, rec, probe.grpc.port) !== undefined;
    return open ? { ok: true, output: '' } : { ok: false, output: `timeout: failed to connect service "${host}:${probe.grpc.port}" within ${probe.timeoutSeconds ?? 1}s: context deadline exceeded` };
  }
  return { ok: true, output: '' };
}

/** A named port is looked up among the container's ports. */
function resolvePort(port: number | string, spec: Container | undefined): number {
  if (typeof port === 'number') return port;
  return spec?.ports?.find((p) => p.name === port)?.containerPort ?? -1;
}
