import { describe, expect, it } from 'vitest';
import type { HostApi } from '../api.ts';
import { createSandbox } from '../sandbox.ts';
import { inspectCommand, shellWord } from './inspector.ts';

function stepSeconds(host: HostApi, seconds: number): void {
  for (let i = 0; i < seconds; i++) host.step(1_000);
}

describe('inspector commands', () => {
  it('builds the kubectl line a student would type', () => {
    expect(inspectCommand({ kind: 'Pod', namespace: 'default', name: 'web-1', view: 'yaml' })).toBe('kubectl get pod/web-1 -n default -o yaml');
    expect(inspectCommand({ kind: 'Node', name: 'k8s-worker-1', view: 'describe' })).toBe('kubectl describe node/k8s-worker-1');
    expect(inspectCommand({ kind: 'Deployment', namespace: 'dev', name: 'web', view: 'events' })).toBe('kubectl events --for deployment/web -n dev');
    expect(inspectCommand({ kind: 'Pod', namespace: 'default', name: 'web-1', view: 'logs', container: 'app' }))
      .toBe('kubectl logs web-1 -n default -c app --tail=200');
  });

  it('quotes anything the shell would read otherwise', () => {
    expect(shellWord('web')).toBe('web');
    expect(shellWord('a b')).toBe(`'a b'`);
    expect(shellWord(`it's;rm`)).toBe(`'it'\\''s;rm'`);
  });
});

describe('inspector', () => {
  it('answers with kubectl’s own YAML, describe, events and logs, without moving the clock', () => {
    const host = createSandbox({ seed: 1 });
    const session = host.openSession();
    host.runLine(session, 'kubectl run web --image nginx:1.14.2');
    stepSeconds(host, 30);
    const before = host.clock().nowMs;
    const yaml = host.inspect({ kind: 'Pod', namespace: 'default', name: 'web', view: 'yaml' });
    expect(yaml.ok).toBe(true);
    expect(yaml.text).toMatch(/^apiVersion: v1\nkind: Pod\n/);
    const describe = host.inspect({ kind: 'Pod', namespace: 'default', name: 'web', view: 'describe' });
    expect(describe.text).toMatch(/^Name:\s+web\nNamespace:\s+default\n/);
    expect(describe.text).toMatch(/Events:\n/);
    const events = host.inspect({ kind: 'Pod', namespace: 'default', name: 'web', view: 'events' });
    expect(events.text).toMatch(/Scheduled\s+Pod\/web\s+Successfully assigned default\/web/);
    const logs = host.inspect({ kind: 'Pod', namespace: 'default', name: 'web', view: 'logs', container: 'web' });
    expect(logs.ok).toBe(true);
    expect(host.clock().nowMs).toBe(before);
  });

  it('says what kubectl says about an object that is gone', () => {
    const host = createSandbox({ seed: 1 });
    const result = host.inspect({ kind: 'Pod', namespace: 'default', name: 'nope', view: 'yaml' });
    expect(result).toEqual({ command: 'kubectl get pod/nope -n default -o yaml', text: 'Error from server (NotFound): pods "nope" not found\n', ok: false });
  });

  it('explains a Pending pod node by node', () => {
    const host = createSandbox({ seed: 1 });
    const session = host.openSession();
    host.runLine(session, 'kubectl create deployment big --image nginx:1.14.2');
    stepSeconds(host, 2);
    host.runLine(session, 'kubectl set resources deployment big --requests=cpu=100');
    stepSeconds(host, 10);
    const pending = host.viewSnapshot().objects.find((o) => o.kind === 'Pod' && o.name.startsWith('big-') && o.status === 'Pending')!;
    const why = host.whyPending('default', pending.name)!;
    expect(why.outcome).toBe('Unschedulable');
    expect(why.message).toMatch(/^0\/4 nodes are available: /);
    expect(why.nodes.map((n) => n.node)).toEqual(['k8s-master-1', 'k8s-worker-1', 'k8s-worker-2', 'k8s-worker-3']);
    expect(why.nodes.find((n) => n.node === 'k8s-worker-1')).toMatchObject({ feasible: false, rejectedBy: 'NodeResourcesFit', reasons: ['Insufficient cpu'] });
    expect(host.whyPending('default', 'nope')).toBeNull();
  });
});
