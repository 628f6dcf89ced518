import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../engine/index.ts';
import { evaluateStep } from './evaluate.ts';
import { context, lessonWith } from './testing.ts';

const frontend: KubeObject = {
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'frontend', namespace: 'default' },
  spec: { replicas: 3, template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2' }] } } },
  status: { availableReplicas: 2, conditions: [{ type: 'Available', status: 'True' }] },
};
const node = (name: string, labels: Record<string, string>): KubeObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels } });
const pod = (name: string, nodeName: string | undefined): KubeObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels: { app: 'web' } },
  spec: nodeName === undefined ? {} : { nodeName }, status: { phase: nodeName === undefined ? 'Pending' : 'Running' },
});

describe('evaluateStep', () => {
  it('says what differs, in the lesson\'s language', () => {
    const lesson = lessonWith('- id: available\n  field: { kind: Deployment, name: frontend, path: status.availableReplicas, eq: 3 }');
    const fr = evaluateStep(lesson, 's', context([frontend]));
    expect(fr.checks[0]).toMatchObject({ state: 'fail', label: 'fr available', detail: 'Deployment « frontend », status.availableReplicas : trouvé 2, attendu 3.' });
    const en = evaluateStep(lesson, 's', context([frontend], { lang: 'en' }));
    expect(en.checks[0]).toMatchObject({ state: 'fail', label: 'en available', detail: 'Deployment "frontend", status.availableReplicas: found 2, expected 3.' });
    expect(evaluateStep(lesson, 's', context([], { lang: 'en' })).checks[0]?.detail).toBe('Deployment "frontend" not found.');
  });

  it('selects containers by name and compares with operators', () => {
    const lesson = lessonWith([
      '- id: image',
      '  field: { kind: Deployment, name: frontend, path: "spec.template.spec.containers[name=nginx].image", matches: "^nginx:1\\\\.14" }',
      '- id: replicas',
      '  field: { kind: Deployment, name: frontend, path: spec.replicas, gte: 3 }',
      '- id: available',
      '  condition: { kind: Deployment, name: frontend, type: Available }',
    ].join('\n'));
    expect(evaluateStep(lesson, 's', context([frontend])).complete).toBe(true);
  });

  it('combines with all, any and not', () => {
    const lesson = lessonWith([
      '- id: combined',
      '  all:',
      '    - exists: { kind: Deployment, name: frontend }',
      '    - any:',
      '        - field: { kind: Deployment, name: frontend, path: spec.replicas, eq: 5 }',
      '        - not: { exists: { kind: Deployment, name: backend } }',
    ].join('\n'));
    expect(evaluateStep(lesson, 's', context([frontend])).complete).toBe(true);
    const backend = { ...frontend, metadata: { name: 'backend', namespace: 'default' } };
    const status = evaluateStep(lesson, 's', context([frontend, backend], { lang: 'en' }));
    expect(status.checks[0]?.detail).toBe('None of the possibilities holds: Deployment "frontend", spec.replicas: found 3, expected 5. | This should not be true: Deployment "backend" exists.');
  });

  it('counts only after the check has held long enough', () => {
    const lesson = lessonWith('- id: exists\n  exists: { kind: Deployment, name: frontend }\n  holdSeconds: 3');
    const first = evaluateStep(lesson, 's', context([frontend], { nowMs: 10_000 }));
    expect(first.checks[0]).toMatchObject({ state: 'holding', remainingMs: 3000 });
    expect(first.complete).toBe(false);
    const later = evaluateStep(lesson, 's', context([frontend], { nowMs: 13_000 }), first.memory);
    expect(later.complete).toBe(true);
    const broken = evaluateStep(lesson, 's', context([], { nowMs: 12_000 }), first.memory);
    const again = evaluateStep(lesson, 's', context([frontend], { nowMs: 13_000 }), broken.memory);
    expect(again.checks[0]?.state).toBe('holding');
  });

  it('checks placement on nodes by name, labels and spread', () => {
    const nodes = [node('w1', { disk: 'ssd' }), node('w2', { disk: 'hdd' })];
    const ssd = lessonWith('- id: ssd\n  placement: { selector: app=web, nodeSelector: disk=ssd }');
    const spread = lessonWith('- id: spread\n  placement: { selector: app=web, spread: true, min: 2 }');
    expect(evaluateStep(ssd, 's', context([...nodes, pod('a', 'w1')])).complete).toBe(true);
    expect(evaluateStep(ssd, 's', context([...nodes, pod('a', 'w1'), pod('b', 'w2')])).checks[0]?.detail).toBe('Le Pod « b » est sur w2, dont les labels ne satisfont pas « disk=ssd ».');
    expect(evaluateStep(ssd, 's', context([...nodes, pod('a', undefined)])).checks[0]?.detail).toBe('Le Pod « a » n\'est planifié sur aucun nœud.');
    expect(evaluateStep(spread, 's', context([...nodes, pod('a', 'w1'), pod('b', 'w2')])).complete).toBe(true);
    expect(evaluateStep(spread, 's', context([...nodes, pod('a', 'w1'), pod('b', 'w1')], { lang: 'en' })).checks[0]?.detail).toBe('Pods "a" and "b" share a node (w1).');
  });

  it('counts objects by selector and field', () => {
    const lesson = lessonWith('- id: running\n  count: { kind: Pod, selector: app=web, where: { status.phase: Running }, eq: 2 }');
    expect(evaluateStep(lesson, 's', context([pod('a', 'w1'), pod('b', undefined)])).checks[0]?.detail).toBe('Pod (app=web, status.phase=Running) : 1 trouvé(s), attendu 2.');
  });

  it('reads events since the step began', () => {
    const event = (reason: string, at: string): KubeObject => ({ apiVersion: 'v1', kind: 'Event', metadata: { name: `e-${at}`, namespace: 'default' }, reason, message: 'Scaled up', involvedObject: { kind: 'Deployment', name: 'frontend' }, lastTimestamp: at });
    const lesson = lessonWith('- id: scaled\n  event: { reason: ScalingReplicaSet, kind: Deployment, name: frontend }');
    const ctx = { stepStartMs: Date.UTC(2025, 2, 17, 8, 30, 0) };
    expect(evaluateStep(lesson, 's', context([event('ScalingReplicaSet', '2025-03-17T08:29:59Z')], ctx)).complete).toBe(false);
    expect(evaluateStep(lesson, 's', context([event('ScalingReplicaSet', '2025-03-17T08:30:01Z')], ctx)).complete).toBe(true);
  });

  it('reads the command history, workspace files and quiz answers', () => {
    const lesson = lessonWith([
      '- id: undo',
      '  command: { words: [rollout, undo], target: deployment/frontend }',
      '- id: context',
      '  file: { path: .kube/config, key: current-context, eq: dev }',
      '- id: answer',
      '  quiz: q',
    ].join('\n'), '    quiz: { q: [b] }\n');
    const files: Record<string, string> = { '/home/student/.kube/config': 'current-context: dev\n' };
    const done = context([], { history: ['kubectl rollout undo deploy/frontend'], readFile: (p) => files[p], answers: { q: ['b'] } });
    expect(evaluateStep(lesson, 's', done).complete).toBe(true);
    const wrong = evaluateStep(lesson, 's', context([], { lang: 'en', history: ['kubectl rollout status deploy/frontend'], answers: { q: ['a'] } }));
    expect(wrong.checks.map((c) => c.detail)).toEqual([
      'The command "kubectl rollout undo deployment/frontend" was not run during this step.',
      'File ".kube/config" not found.',
      'Question "q": that is not the right answer.',
    ]);
  });
});
