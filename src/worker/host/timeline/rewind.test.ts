import { describe, expect, it } from 'vitest';
import type { HostApi } from '../api.ts';
import { createSandbox } from '../sandbox.ts';

/** Runs a line in the session and returns what it printed (the prompt that follows included). */
function run(host: HostApi, sessionId: string, line: string): string {
  let out = '';
  const stop = host.subscribe((e) => {
    if (e.type === 'output' && e.sessionId === sessionId) out += e.data;
  });
  host.runLine(sessionId, line);
  stop();
  return out;
}

describe('rewinding the sandbox', () => {
  it('finds the exact state of an earlier moment, then carries on from there', () => {
    const host = createSandbox({ seed: 7 });
    const s = host.openSession();
    run(host, s, 'kubectl create deployment web --image=nginx --replicas=2');
    host.step(40_000);
    const atForty = host.clock().nowMs;
    const seenThen = run(host, s, 'kubectl get deploy,rs,pods -o wide');
    host.step(50_000);
    run(host, s, 'kubectl scale deployment web --replicas=4');
    host.step(90_000);
    expect(run(host, s, 'kubectl get deploy web')).toContain('4/4');

    host.rewind(atForty);
    expect(host.clock().nowMs).toBe(atForty);
    expect(run(host, s, 'kubectl get deploy,rs,pods -o wide')).toBe(seenThen);
    expect(host.timeline().marks.map((m) => m.label)).toEqual([
      'kubectl create deployment web --image=nginx --replicas=2',
      'kubectl get deploy,rs,pods -o wide',
      'kubectl get deploy,rs,pods -o wide',
    ]);
  });

  it('reaches a moment between two periodic rewind points by advancing from the earlier one', () => {
    const host = createSandbox({ seed: 3 });
    const s = host.openSession();
    run(host, s, 'kubectl run web --image=nginx');
    for (let i = 0; i < 10; i++) host.step(10_000);
    const target = host.clock().nowMs - 45_000;
    host.step(5_000);
    const copy = createSandbox({ seed: 3 });
    const c = copy.openSession();
    run(copy, c, 'kubectl run web --image=nginx');
    copy.step(target - copy.clock().nowMs);
    host.rewind(target);
    expect(run(host, s, 'kubectl get pods web -o yaml')).toBe(run(copy, c, 'kubectl get pods web -o yaml'));
  });

  it('snaps a moment before the first rewind point to the first one', () => {
    const host = createSandbox({ seed: 1 });
    const start = host.clock().nowMs;
    host.step(20_000);
    host.rewind(start - 1_000_000);
    expect(host.clock().nowMs).toBe(start);
    expect(host.timeline().segments).toEqual([{ fromMs: start, toMs: start }]);
  });

  it('reset starts a fresh cluster and a fresh timeline', () => {
    const host = createSandbox({ seed: 1 });
    const s = host.openSession();
    run(host, s, 'kubectl create namespace lab');
    host.step(5_000);
    host.reset();
    expect(run(host, s, 'kubectl get namespace lab')).toContain('Error from server (NotFound): namespaces "lab" not found');
    expect(host.timeline().marks.map((m) => m.label)).toEqual(['kubectl get namespace lab']);
  });
});
