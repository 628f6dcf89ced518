// Invariant: same seed + same commands ⇒ byte-identical output, and a snapshot restored mid-run
// continues exactly as the uninterrupted run does.

import { describe, expect, it } from 'vitest';
import { HeadlessRunner } from '../worker/host/headless.ts';

const PART_A = [
  'kubectl create namespace dev',
  'kubectl run web --image=nginx -n dev --labels=app=web',
  'kubectl create deployment api --image=nginx:1.27 --replicas=2',
  'sleep 30',
];
const PART_B = [
  'kubectl get pods -A -o wide',
  'kubectl get deployments,replicasets,pods',
  'kubectl get pod web -n dev -o yaml',
  'kubectl get events -A',
  'kubectl delete namespace dev',
  'sleep 5',
  'kubectl get ns',
];

function run(runner: HeadlessRunner, lines: readonly string[]): string {
  return lines.map((l) => runner.feedLine(l)).join('') + runner.finish();
}

describe('determinism', () => {
  it('prints the same bytes for the same seed and commands', () => {
    const first = run(new HeadlessRunner({ seed: 7, echo: true }), [...PART_A, ...PART_B]);
    const second = run(new HeadlessRunner({ seed: 7, echo: true }), [...PART_A, ...PART_B]);
    expect(second).toBe(first);
    expect(first).toContain('pod/web created');
  });

  it('continues identically after a snapshot is restored mid-run', () => {
    const straight = new HeadlessRunner({ seed: 11, echo: true });
    run(straight, PART_A);
    const snapshot = JSON.parse(JSON.stringify(straight.snapshot()));
    const expected = run(straight, PART_B);
    const restored = new HeadlessRunner({ seed: 11, echo: true }, snapshot);
    expect(run(restored, PART_B)).toBe(expected);
  });

  it('differs for another seed', () => {
    const a = run(new HeadlessRunner({ seed: 1 }), ['kubectl run x --image=nginx', 'kubectl get pod x -o jsonpath={.metadata.uid}']);
    const b = run(new HeadlessRunner({ seed: 2 }), ['kubectl run x --image=nginx', 'kubectl get pod x -o jsonpath={.metadata.uid}']);
    expect(a).not.toBe(b);
  });
});
