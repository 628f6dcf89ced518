// The pods/log subresource: the API server's checks (options, container name, node assigned), then
// the kubelet's (container state, previous instance) and its CRI log reader (tail, since,
// limitBytes, timestamps) over the lines the node proxy returns.
// Mirrors pkg/registry/core/pod/strategy.go LogLocation/validateContainer, ValidatePodLogOptions and
// the kubelet's validateContainerLogStatus (v1.31).

import type { ContainerStatus, Pod } from 'kubernetes-types/core/v1';
import { badRequest, field, invalid, StatusError, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { fnv32a } from '../../../base/names.ts';
import { parseTime } from '../../../base/time.ts';
import { utf8ByteLength, utf8Decode, utf8Encode } from '../../../base/utf8.ts';
import type { LogLine, LogRequest, NodeProxy } from '../../node-proxy.ts';

/** The query parameters of GET pods/<name>/log that shape the body (follow has its own call). */
export interface PodLogOptions {
  readonly container?: string;
  readonly previous?: boolean;
  readonly timestamps?: boolean;
  readonly sinceSeconds?: number;
  /** RFC 3339; the request carries it with second precision. */
  readonly sinceTime?: string;
  readonly tailLines?: number;
  readonly limitBytes?: number;
}

/** What the streaming subresources need from the API server. */
export interface PodStreamDeps {
  nowMs(): number;
  /** The stored pod; throws NotFound. */
  pod(namespace: string, name: string): KubeObject;
  node(name: string): KubeObject | undefined;
  proxy(node: string): NodeProxy | undefined;
}

const KUBELET_PORT = 10250;
const NANOS_PER_MS = 1_000_000;

/** ValidatePodLogOptions. */
function validateLogOptions(name: string, opts: PodLogOptions): void {
  const causes: FieldCause[] = [];
  if (opts.tailLines !== undefined && opts.tailLines < 0) causes.push(field.invalid('tailLines', opts.tailLines, 'must be greater than or equal to 0'));
  if (opts.limitBytes !== undefined && opts.limitBytes < 1) causes.push(field.invalid('limitBytes', opts.limitBytes, 'must be greater than 0'));
  if (opts.sinceSeconds !== undefined && opts.sinceTime !== undefined) {
    causes.push(field.forbidden('', 'at most one of `sinceTime` or `sinceSeconds` may be specified'));
  } else if (opts.sinceSeconds !== undefined && opts.sinceSeconds < 1) {
    causes.push(field.invalid('sinceSeconds', opts.sinceSeconds, 'must be greater than 0'));
  }
  if (causes.length > 0) throw invalid('', 'PodLogOptions', name, causes);
}

/** Init, regular and ephemeral container names, in podutil.VisitContainers order. */
function containerNames(pod: Pod): string[] {
  const spec = pod.spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? []), ...(spec?.ephemeralContainers ?? [])].map((c) => c.name);
}

/** validateContainer: the named container must exist; none named is fine only for a one-container pod. */
export function validateContainer(pod: KubeObject, container: string | undefined): string {
  const p = pod as unknown as Pod;
  const name = pod.metadata.name ?? '';
  if (container) {
    if (!containerNames(p).includes(container)) throw badRequest(`container ${container} is not valid for pod ${name}`);
    return container;
  }
  const containers = p.spec?.containers ?? [];
  if (containers.length === 1) return containers[0]!.name;
  if (containers.length === 0) throw badRequest(`a container name must be specified for pod ${name}`);
  throw badRequest(`a container name must be specified for pod ${name}, choose one of: [${containerNames(p).join(' ')}]`);
}

export function containerStatus(pod: KubeObject, container: string): ContainerStatus | undefined {
  const status = (pod as unknown as Pod).status;
  return [...(status?.containerStatuses ?? []), ...(status?.initContainerStatuses ?? []), ...(status?.ephemeralContainerStatuses ?? [])]
    .find((s) => s.name === container);
}

/** The kubelet's answer when its status shows no log to read (HTTP 400 relayed as BadRequest). */
function checkLogStatus(pod: KubeObject, container: string, previous: boolean): void {
  const podName = pod.metadata.name ?? '';
  const fail = (detail: string): never => { throw badRequest(`container "${container}" in pod "${podName}" ${detail}`); };
  const s = containerStatus(pod, container);
  if (!s) return fail('is not available');
  const last = s.lastState?.terminated;
  const { waiting, running, terminated } = s.state ?? {};
  if (previous) {
    if (!last?.containerID) throw badRequest(`previous terminated container "${container}" in pod "${podName}" not found`);
    return;
  }
  if (running) return;
  if (terminated) {
    if (!terminated.containerID && !last?.containerID) fail('is terminated');
    return;
  }
  if (last) {
    if (!last.containerID) fail('is terminated');
    return;
  }
  if (waiting) {
    const reason = waiting.reason ?? '';
    if (reason === 'ErrImagePull') fail("is waiting to start: image can't be pulled");
    if (reason === 'ImagePullBackOff') fail('is waiting to start: trying and failing to pull image');
    fail(`is waiting to start: ${reason}`);
  }
  fail('is waiting to start - no logs yet');
}

/** The node's InternalIP, as the API server dials the kubelet. */
export function kubeletAddress(deps: PodStreamDeps, nodeName: string): string {
  const addresses = (deps.node(nodeName)?.status as { addresses?: Array<{ type?: string; address?: string }> } | undefined)?.addresses ?? [];
  return `${addresses.find((a) => a.type === 'InternalIP')?.address ?? nodeName}:${KUBELET_PORT}`;
}

/** A failed dial to the kubelet: a Status with no reason (kubectl prints `Error from server: …`). */
export function kubeletUnreachable(message: string): StatusError {
  return new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: '', code: 500 });
}

interface LogTarget {
  readonly proxy: NodeProxy;
  readonly req: LogRequest;
}

/** Every check of a log request; undefined when the pod has no node yet (the body is then empty). */
function logTarget(deps: PodStreamDeps, namespace: string, name: string, opts: PodLogOptions): LogTarget | undefined {
  validateLogOptions(name, opts);
  const pod = deps.pod(namespace, name);
  const container = validateContainer(pod, opts.container);
  const nodeName = (pod as unknown as Pod).spec?.nodeName ?? '';
  if (nodeName === '') return undefined;
  const proxy = deps.proxy(nodeName);
  if (!proxy) {
    const address = kubeletAddress(deps, nodeName);
    throw kubeletUnreachable(`Get "https://${address}/containerLogs/${namespace}/${name}/${container}": dial tcp ${address}: connect: connection refused`);
  }
  checkLogStatus(pod, container, opts.previous === true);
  return { proxy, req: { namespace, pod: name, container, previous: opts.previous === true } };
}

/**
 * The kubelet prints nanosecond timestamps (RFC 3339, nine digits); the virtual clock has ms, so
 * Determinism: the sub-millisecond digits come from a hash of the line, the same on every read.
 */
export function logTimestamp(line: LogLine): string {
  const subMs = fnv32a(`${line.timeMs}\u0000${line.stream}\u0000${line.text}`) % NANOS_PER_MS;
  return new Date(line.timeMs).toISOString().replace(/Z$/, `${String(subMs).padStart(6, '0')}Z`);
}

function render(line: LogLine, timestamps: boolean): string {
  return `${timestamps ? `${logTimestamp(line)} ` : ''}${line.text}\n`;
}

/** tailLines first, then since, as the CRI log reader applies them. */
function selectLines(lines: readonly LogLine[], opts: PodLogOptions, nowMs: number): readonly LogLine[] {
  const tail = opts.tailLines === undefined ? lines : lines.slice(Math.max(0, lines.length - opts.tailLines));
  const sinceMs = opts.sinceSeconds !== undefined ? nowMs - opts.sinceSeconds * 1000 : parseTime(opts.sinceTime);
  return sinceMs === undefined ? tail : tail.filter((l) => l.timeMs >= sinceMs);
}

/** limitBytes: what is left of the budget; a cut may fall inside a line. */
class ByteLimit {
  private left: number;
  constructor(limit: number | undefined) {
    this.left = limit ?? Number.POSITIVE_INFINITY;
  }
  get exhausted(): boolean {
    return this.left <= 0;
  }
  take(text: string): string {
    const size = utf8ByteLength(text);
    if (size <= this.left) {
      this.left -= size;
      return text;
    }
    const cut = utf8Decode(utf8Encode(text).slice(0, this.left));
    this.left = 0;
    return cut;
  }
}

/** GET pods/<name>/log: the body, all lines joined. */
export function readPodLogs(deps: PodStreamDeps, namespace: string, name: string, opts: PodLogOptions): string {
  const target = logTarget(deps, namespace, name, opts);
  if (!target) return '';
  const limit = new ByteLimit(opts.limitBytes);
  let body = '';
  for (const line of selectLines(target.proxy.logs(target.req), opts, deps.nowMs())) {
    if (limit.exhausted) break;
    body += limit.take(render(line, opts.timestamps === true));
  }
  return body;
}

/**
 * GET pods/<name>/log?follow=true: writes the log so far, then each new line, until the container
 * stops or limitBytes is reached (`end`), or the caller unsubscribes. Validation errors throw.
 */
export function followPodLogs(deps: PodStreamDeps, namespace: string, name: string, opts: PodLogOptions,
  write: (text: string) => void, end: () => void): () => void {
  const target = logTarget(deps, namespace, name, opts);
  let ended = false;
  let stop = (): void => undefined;
  const finish = (): void => {
    if (ended) return;
    ended = true;
    stop();
    end();
  };
  if (!target) {
    finish();
    return stop;
  }
  const limit = new ByteLimit(opts.limitBytes);
  const emit = (line: LogLine): void => {
    if (ended) return;
    write(limit.take(render(line, opts.timestamps === true)));
    if (limit.exhausted) finish();
  };
  for (const line of selectLines(target.proxy.logs(target.req), opts, deps.nowMs())) emit(line);
  if (ended) return stop;
  const unsubscribe = target.proxy.follow(target.req, emit, finish);
  stop = unsubscribe;
  if (ended) unsubscribe();
  return () => {
    ended = true;
    unsubscribe();
  };
}
