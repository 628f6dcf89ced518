import { describe, expect, it } from 'vitest';
import { loadLesson } from './load.ts';

const YAML = `id: demo
day: 2
module: pods
order: 1
cluster: { seed: 3 }
steps:
  - id: run
    checks:
      - id: exists
        exists: { kind: Pod, name: web }
    solution: [kubectl run web --image=nginx]
`;
const prose = (title: string, label: string) => `# ${title}\n\nIntro.\n\n## Step {#run}\n\n\`\`\`run\nkubectl run web --image=nginx\n\`\`\`\n\n\`\`\`file path=web.yaml\nkind: Pod\n\`\`\`\n\n:::checks\n- exists: ${label}\n:::\n\n:::hint\nkubectl run\n:::\n\n:::trainer\nNote.\n:::\n`;

describe('loadLesson', () => {
  it('joins the data and the prose of each language', () => {
    const loaded = loadLesson({ dir: 'jour2/pods', yaml: YAML, prose: { fr: prose('Pods', 'Le Pod existe.'), en: prose('Pods', 'The Pod exists.') } });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const step = loaded.lesson.text.en.steps[0]!;
    expect(step.actions).toEqual([{ kind: 'run', text: 'kubectl run web --image=nginx' }, { kind: 'file', path: 'web.yaml', text: 'kind: Pod\n' }]);
    expect(step.checks).toEqual({ exists: 'The Pod exists.' });
    expect(step.hints).toEqual(['kubectl run']);
    expect(step.trainer).toBe('Note.');
    expect(step.body).toContain('```run');
    expect(loaded.lesson.cluster).toMatchObject({ profile: 'course', seed: 3, settleMs: 0 });
  });

  it('reports every problem with where it is', () => {
    const yaml = YAML.replace('exists: { kind: Pod, name: web }', 'field: { kind: Pods, name: web, path: "spec.containers[0].image", eq: 1, ne: 2 }').replace('seed: 3', 'seed: -1');
    const loaded = loadLesson({ dir: 'jour2/pods', yaml, prose: { fr: prose('Pods', 'x').replace('{#run}', '{#go}'), en: prose('Pods', 'x').replace('kubectl run web', 'kubectl run webb') } });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems).toEqual([
      'jour2/pods/lesson.yaml: steps[0].checks[0].field.kind: unknown kind "Pods" (write it as the API does: Deployment, Pod…)',
      'jour2/pods/lesson.yaml: steps[0].checks[0].field.path: "spec.containers[0].image": select list items by key ([name=value]), not by position',
      'jour2/pods/lesson.yaml: steps[0].checks[0].field: expected exactly one comparison (eq, ne, gt, gte, lt, lte, matches, in, contains, exists), found eq, ne',
      'jour2/pods/lesson.yaml: cluster.seed: expected a whole number ≥ 0',
      'jour2/pods/fr.md: steps [go] differ from lesson.yaml\'s [run]',
      'jour2/pods/en.md step run: its run and file blocks differ from fr.md\'s',
    ]);
  });
});
