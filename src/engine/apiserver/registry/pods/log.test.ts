import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../api/types.ts';
import { notFound } from '../../../api/errors.ts';
import type { LogLine, NodeProxy } from '../../node-proxy.ts';
import { statusMessage, TEST_START_MS } from '../testing/server.ts';
import { followPodLogs, logTimestamp, readPodLogs, type PodStreamDeps } from './log.ts';

const running = { state: { running: { startedAt: '2025-03-17T08:00:00Z' } } };

function webPod(status: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' },
    spec: { nodeName: 'node01', containers: [{ name: 'nginx', image: 'nginx' }], ...extra },
    status: status === undefined ? {} : { containerStatuses: [{ name: 'nginx', containerID: 'containerd://1', ...status }] },
  };
}

function lines(...texts: string[]): LogLine[] {
  return texts.map((text, i) => ({ timeMs: TEST_START_MS + i * 1000, stream: 'stdout', text }));
}

interface Fake {
  deps: PodStreamDeps;
  emit(line: LogLine): void;
  stop(): void;
}

function fake(pod: KubeObject, log: LogLine[], nowMs = TEST_START_MS + 10_000): Fake {
  const listeners = new Set<{ line: (l: LogLine) => void; end: () => void }>();
  const proxy: NodeProxy = {
    logs: () => log,
    follow: (_req, line, end) => {
      const l = { line, end };
      listeners.add(l);
      return () => listeners.delete(l);
    },
    exec: () => { throw new Error('no exec'); },
  };
  const deps: PodStreamDeps = {
    nowMs: () => nowMs,
    pod: (_ns, name) => { if (name !== pod.metadata.name) throw notFound('', 'pods', name); return pod; },
    node: () => ({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01' }, status: { addresses: [{ type: 'InternalIP', address: '10.0.0.5' }] } }),
    proxy: () => proxy,
  };
  return {
    deps,
    emit: (line) => { for (const l of [...listeners]) l.line(line); },
    stop: () => { for (const l of [...listeners]) l.end(); },
  };
}

describe('pods/log', () => {
  it('returns the lines, tail and since applied as the kubelet does', () => {
    const { deps } = fake(webPod(running), lines('a', 'b', 'c', 'd'));
    expect(readPodLogs(deps, 'default', 'web', {})).toBe('a\nb\nc\nd\n');
    expect(readPodLogs(deps, 'default', 'web', { tailLines: 2 })).toBe('c\nd\n');
    expect(readPodLogs(deps, 'default', 'web', { tailLines: 0 })).toBe('');
    expect(readPodLogs(deps, 'default', 'web', { sinceSeconds: 8 })).toBe('c\nd\n');
    expect(readPodLogs(deps, 'default', 'web', { sinceTime: '2025-03-17T08:00:01Z' })).toBe('b\nc\nd\n');
    expect(readPodLogs(deps, 'default', 'web', { limitBytes: 3 })).toBe('a\nb');
  });

  it('prefixes RFC 3339 timestamps with nine fractional digits, stable across reads', () => {
    const { deps } = fake(webPod(running), lines('hello'));
    const out = readPodLogs(deps, 'default', 'web', { timestamps: true });
    expect(out).toMatch(/^2025-03-17T08:00:00\.000\d{6}Z hello\n$/);
    expect(readPodLogs(deps, 'default', 'web', { timestamps: true })).toBe(out);
    expect(logTimestamp(lines('hello')[0]!)).toBe(out.split(' ')[0]);
  });

  it.each([
    [{ state: { waiting: { reason: 'ContainerCreating' } } }, false, 'container "nginx" in pod "web" is waiting to start: ContainerCreating'],
    [{ state: { waiting: { reason: 'ErrImagePull' } } }, false, 'container "nginx" in pod "web" is waiting to start: image can\'t be pulled'],
    [{ state: { waiting: { reason: 'ImagePullBackOff' } } }, false, 'container "nginx" in pod "web" is waiting to start: trying and failing to pull image'],
    [{ state: { waiting: { reason: 'PodInitializing' } } }, false, 'container "nginx" in pod "web" is waiting to start: PodInitializing'],
    [running, true, 'previous terminated container "nginx" in pod "web" not found'],
  ])('refuses a container in state %j (previous=%s) with the kubelet\'s message', (state, previous, message) => {
    const { deps } = fake(webPod(state), []);
    expect(statusMessage(() => readPodLogs(deps, 'default', 'web', { previous }))).toBe(message);
  });

  it('reads the previous instance of a restarted container', () => {
    const { deps } = fake(webPod({ ...running, lastState: { terminated: { exitCode: 1, containerID: 'containerd://0' } } }), lines('old'));
    expect(readPodLogs(deps, 'default', 'web', { previous: true })).toBe('old\n');
  });

  it('validates the container name and the options as the API server does', () => {
    const two = webPod(running, { containers: [{ name: 'a', image: 'x' }, { name: 'b', image: 'x' }], initContainers: [{ name: 'i', image: 'x' }] });
    const { deps } = fake(two, []);
    expect(statusMessage(() => readPodLogs(deps, 'default', 'web', {}))).toBe('a container name must be specified for pod web, choose one of: [i a b]');
    expect(statusMessage(() => readPodLogs(deps, 'default', 'web', { container: 'c' }))).toBe('container c is not valid for pod web');
    expect(statusMessage(() => readPodLogs(deps, 'default', 'nope', {}))).toBe('pods "nope" not found');
    expect(statusMessage(() => readPodLogs(deps, 'default', 'web', { container: 'a', sinceSeconds: 0 })))
      .toBe('PodLogOptions "web" is invalid: sinceSeconds: Invalid value: 0: must be greater than 0');
  });

  it('answers an unscheduled pod with an empty body', () => {
    const { deps } = fake(webPod(undefined, { nodeName: undefined }), lines('x'));
    expect(readPodLogs(deps, 'default', 'web', {})).toBe('');
  });

  it('follows: the log so far, new lines, then the end when the container stops', () => {
    const f = fake(webPod(running), lines('a'));
    let out = '';
    let ended = false;
    followPodLogs(f.deps, 'default', 'web', { timestamps: false }, (t) => { out += t; }, () => { ended = true; });
    f.emit({ timeMs: TEST_START_MS + 20_000, stream: 'stderr', text: 'b' });
    expect(out).toBe('a\nb\n');
    f.stop();
    expect(ended).toBe(true);
  });

  it('stops following once limitBytes is reached', () => {
    const f = fake(webPod(running), lines('abc'));
    let out = '';
    let ended = false;
    followPodLogs(f.deps, 'default', 'web', { limitBytes: 6 }, (t) => { out += t; }, () => { ended = true; });
    f.emit({ timeMs: TEST_START_MS, stream: 'stdout', text: 'defgh' });
    f.emit({ timeMs: TEST_START_MS, stream: 'stdout', text: 'ignored' });
    expect({ out, ended }).toEqual({ out: 'abc\nde', ended: true });
  });
});
