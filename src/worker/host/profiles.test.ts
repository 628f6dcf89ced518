import { describe, expect, it } from 'vitest';
import { HeadlessRunner } from './headless.ts';
import { bootSnapshot, newCluster, provideBootedCluster } from './profiles.ts';

const SCRIPT = [
  'kubectl get nodes -o wide',
  'kubectl get pods -A',
  'kubectl create deployment web --image=nginx --replicas=3',
  'kubectl expose deployment web --port=80',
  'sleep 45',
  'kubectl get pods -o wide',
  'kubectl get events --sort-by=.lastTimestamp',
  'kubectl auth can-i list secrets --as=system:anonymous',
  'kubectl scale deployment web --replicas=1',
  'sleep 600',
  'kubectl get all',
  'kubectl describe node k8s-worker-1',
];

describe('newCluster, which boots a profile once per seed and restores later clusters from that boot', () => {
  it('answers a script as the booted cluster does, and ends in the same state (newCluster restores a second time)', () => {
    const options = { seed: 4_242, profile: 'course' };
    const booted = new HeadlessRunner(options);
    const restored = new HeadlessRunner(options);
    for (const line of SCRIPT) expect(restored.feedLine(line)).toBe(booted.feedLine(line));
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(booted.snapshot()));
  });

  it('comes from a boot handed over (the one the app ships) as from one made here', () => {
    const shipped = JSON.parse(JSON.stringify(bootSnapshot('course', 77))) as ReturnType<typeof bootSnapshot>;
    provideBootedCluster(shipped);
    expect(JSON.stringify(newCluster({ seed: 77, profile: 'course' }).snapshot())).toBe(JSON.stringify(shipped.snapshot));
  });
});
