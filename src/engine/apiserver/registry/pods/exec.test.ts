import { describe, expect, it } from 'vitest';
import { internalError, isStatusError, notFound } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { ExecRequest, ExecSession, NodeProxy } from '../../node-proxy.ts';
import { execInPod, ExecStreamError } from './exec.ts';
import type { PodStreamDeps } from './log.ts';

const SESSION: ExecSession = { input: () => undefined, closeInput: () => undefined, interrupt: () => undefined, prompt: () => '', detach: () => undefined };

function webPod(state: Record<string, unknown>, nodeName = 'node01'): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' },
    spec: { nodeName, containers: [{ name: 'nginx', image: 'nginx' }] },
    status: { containerStatuses: [{ name: 'nginx', state }] },
  };
}

function deps(pod: KubeObject, proxy: NodeProxy | undefined): PodStreamDeps {
  return {
    nowMs: () => 0,
    pod: (_ns, name) => { if (name !== 'web') throw notFound('', 'pods', name); return pod; },
    node: () => ({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01' }, status: { addresses: [{ type: 'InternalIP', address: '10.0.0.5' }] } }),
    proxy: () => proxy,
  };
}

function proxyWith(exec: (req: ExecRequest) => ExecSession): NodeProxy {
  return { logs: () => [], follow: () => () => undefined, exec };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const OPTS = { command: ['ls'], stdin: false, tty: false };

describe('pods/exec', () => {
  it('forwards the request to the kubelet with the resolved container', () => {
    const seen: ExecRequest[] = [];
    const session = execInPod(deps(webPod({ running: {} }), proxyWith((req) => { seen.push(req); return SESSION; })), 'default', 'web', OPTS, { output: () => undefined, exit: () => undefined });
    expect(session).toBe(SESSION);
    expect(seen).toEqual([{ namespace: 'default', pod: 'web', container: 'nginx', command: ['ls'], stdin: false, tty: false }]);
  });

  it('reports a container that is not running as a failed upgrade', () => {
    const e = thrown(() => execInPod(deps(webPod({ waiting: { reason: 'CrashLoopBackOff' } }), proxyWith(() => SESSION)), 'default', 'web', OPTS, { output: () => undefined, exit: () => undefined }));
    expect(e).toBeInstanceOf(ExecStreamError);
    expect((e as Error).message).toBe('unable to upgrade connection: container not found ("nginx")');
  });

  it('passes the runtime\'s failure to start the command through as a stream error', () => {
    const e = thrown(() => execInPod(deps(webPod({ running: {} }), proxyWith(() => { throw internalError('error executing command in container: boom'); })), 'default', 'web', OPTS, { output: () => undefined, exit: () => undefined }));
    expect((e as Error).message).toBe('Internal error occurred: error executing command in container: boom');
    expect(e).toBeInstanceOf(ExecStreamError);
  });

  it('refuses unscheduled pods, unknown containers and unreachable kubelets with the API server\'s errors', () => {
    const cb = { output: () => undefined, exit: () => undefined };
    const unscheduled = thrown(() => execInPod(deps(webPod({}, ''), undefined), 'default', 'web', OPTS, cb));
    expect((unscheduled as Error).message).toBe('pod web does not have a host assigned');
    const badContainer = thrown(() => execInPod(deps(webPod({ running: {} }), undefined), 'default', 'web', { ...OPTS, container: 'x' }, cb));
    expect((badContainer as Error).message).toBe('container x is not valid for pod web');
    const down = thrown(() => execInPod(deps(webPod({ running: {} }), undefined), 'default', 'web', OPTS, cb));
    expect(isStatusError(down) && down.status.reason).toBe('');
    expect((down as Error).message).toBe('error dialing backend: dial tcp 10.0.0.5:10250: connect: connection refused');
  });
});
