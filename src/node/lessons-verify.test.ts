import { describe, expect, it } from 'vitest';
import { loadLesson, type Lesson } from '../lessons/index.ts';
import { verifyLesson } from './lessons-verify-run.ts';
import { changesShell, LessonSandbox } from './lessons-verify-sandbox.ts';

function lesson(steps: string, run: string): Lesson {
  const prose = `# T\n\n## S {#s}\n\n\`\`\`run\n${run}\n\`\`\`\n\n:::checks\n- ns: x\n:::\n\n:::hint\nh\n:::\n`;
  const loaded = loadLesson({ dir: 'fixture', yaml: `id: f\nday: 2\nmodule: pods\norder: 1\ncluster: { seed: 1 }\nsteps:\n${steps}`, prose: { fr: prose, en: prose } });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  return loaded.lesson;
}

describe('verifyLesson', () => {
  it('passes a lesson whose solution, alternative and prose work and whose mistake does not', () => {
    const steps = `  - id: s
    timeoutSeconds: 10
    checks:
      - id: ns
        exists: { kind: Namespace, name: dev }
    solution: [kubectl create namespace dev]
    alternatives: [[kubectl create ns dev]]
    wrong: [[kubectl create namespace prod]]
`;
    expect(verifyLesson(lesson(steps, 'kubectl create namespace dev'))).toEqual([]);
  });

  it('reports a check passing at the start, a wrong solution that passes, a typo and a prose that does not do the job', () => {
    const steps = `  - id: s
    timeoutSeconds: 10
    checks:
      - id: ns
        exists: { kind: Namespace, name: default }
    solution: [kubectl create namespace dev]
    wrong: [[kubectl get pods]]
`;
    expect(verifyLesson(lesson(steps.replace('default', 'dev'), 'kubectl create namespace dve'))).toEqual([
      'fixture: fr.md step s: after its blocks, checks still fail: ns: Namespace « dev » introuvable.',
      'fixture: en.md step s: after its blocks, checks still fail: ns: Namespace "dev" not found.',
    ]);
    expect(verifyLesson(lesson(steps, 'kubeclt get ns'))).toEqual([
      'fixture: fr.md step s run block: unknown program "kubeclt"',
      'fixture: en.md step s run block: unknown program "kubeclt"',
      'fixture: step s: check ns already passes when the step begins (Namespace « default » existe.)',
      'fixture: step s: wrong solution #1 passes every check',
      'fixture: fr.md step s: a block failed:\nkubeclt get ns\nbash: kubeclt: command not found',
      'fixture: en.md step s: a block failed:\nkubeclt get ns\nbash: kubeclt: command not found',
    ]);
  });
  it('checks the commands typed in a node shell opened by ssh against the node\'s programs', () => {
    const steps = `  - id: s
    timeoutSeconds: 10
    checks:
      - id: ns
        exists: { kind: Namespace, name: dev }
    solution: [kubectl create namespace dev]
`;
    const session = 'ssh k8s-worker-1\nsystemctl status kubelet --no-pager | head -3\nsudo -i\ncrictl ps\nexit\nexit\nkubectl create namespace dev';
    expect(verifyLesson(lesson(steps, session))).toEqual([]);
    expect(verifyLesson(lesson(steps, 'crictl ps\nkubectl create namespace dev'))).toEqual([
      'fixture: fr.md step s run block: unknown program "crictl"',
      'fixture: en.md step s run block: unknown program "crictl"',
      'fixture: fr.md step s: a block failed:\ncrictl ps\nbash: crictl: command not found',
      'fixture: en.md step s: a block failed:\ncrictl ps\nbash: crictl: command not found',
    ]);
  });
});

describe('LessonSandbox.fork', () => {
  it('tells the lines that change the shell itself, which a snapshot would lose', () => {
    for (const text of ['cd /tmp', 'X=1', 'export KUBECONFIG=x', 'kubectl get pods -w &', 'mkdir d && cd d', 'sudo -i']) expect(changesShell(text), text).toBe(true);
    for (const text of ['kubectl get pods', 'X=1 kubectl get pods', "cat > f <<'EOF'\ncd /\nEOF", 'echo cd']) expect(changesShell(text), text).toBe(false);
  });

  it('copies a sandbox that then moves on exactly as the original does', () => {
    const steps = `  - id: s\n    checks:\n      - id: ns\n        exists: { kind: Namespace, name: dev }\n    solution: [kubectl create namespace dev]\n`;
    const { sandbox } = LessonSandbox.start(lesson(steps, 'kubectl create namespace dev'));
    sandbox.type('kubectl create deployment web --image=nginx:1.14.2 --replicas=2');
    const copy = sandbox.fork();
    for (const s of [sandbox, copy]) {
      s.type('kubectl scale deployment web --replicas=3');
      s.waitFor('s', 20_000);
    }
    const pods = (s: LessonSandbox): string[] => s.context('en').cluster.list('Pod', 'default').map((p) => `${p.metadata.name} ${JSON.stringify(p.status)}`);
    expect(pods(copy)).toEqual(pods(sandbox));
    expect(pods(copy)).toHaveLength(3);
  });
});
