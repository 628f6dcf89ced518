import { describe, expect, it } from 'vitest';
import { HeadlessRunner } from './headless.ts';
import { checkScenario, playScenario, scenarioOf } from './scenario.ts';
import { createSandbox } from './sandbox.ts';

describe('scenarios', () => {
  it('replays the lines from the fresh cluster, with the files in place', () => {
    const snapshot = playScenario({
      seed: 4,
      files: { '/home/student/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shared\n' },
      lines: ['kubectl apply -f ns.yaml', 'kubectl create deployment web --image=nginx -n shared', 'sleep 30'],
    });
    const runner = new HeadlessRunner({ seed: 4 }, snapshot);
    expect(runner.feedLine('kubectl get deploy -n shared')).toMatch(/web\s+1\/1/);
  });

  it('is the same cluster for everyone who opens it', () => {
    const scenario = { seed: 9, files: {}, lines: ['kubectl run web --image=nginx', 'sleep 10'] };
    expect(JSON.stringify(playScenario(scenario).cluster)).toBe(JSON.stringify(playScenario(scenario).cluster));
  });

  it('keeps only the files that differ from the profile\'s', () => {
    const host = createSandbox({ seed: 2 });
    const base = host.snapshot();
    const scenario = scenarioOf({ ...base, files: { ...base.files, '/home/student/web.yaml': 'kind: Pod\n' } }, ['kubectl get pods', 'kubectl get pods -w', 'kubectl logs -f web', 'kubectl exec -it web -- sh', 'exit']);
    expect(scenario).toEqual({ seed: 2, files: { '/home/student/web.yaml': 'kind: Pod\n' }, lines: ['kubectl get pods'] });
  });

  it('refuses damaged or hostile data with a reason', () => {
    expect(checkScenario(null)).toEqual({ ok: false, reason: 'the scenario has no seed' });
    expect(checkScenario({ seed: 1, profile: 'constructor', files: {}, lines: [] })).toEqual({ ok: false, reason: 'the scenario names an unknown profile' });
    expect(checkScenario({ seed: 1, files: { 'relative.yaml': '' }, lines: [] })).toEqual({ ok: false, reason: 'the scenario\'s files are damaged' });
    expect(checkScenario({ seed: 1, files: {}, lines: [1] })).toEqual({ ok: false, reason: 'the scenario\'s commands are damaged' });
    expect(checkScenario({ seed: 1, files: {}, lines: ['kubectl get pods'] })).toEqual({ ok: true, scenario: { seed: 1, files: {}, lines: ['kubectl get pods'] } });
  });
});
