import { beforeAll, describe, expect, it } from 'vitest';
import { courseProfile } from '../../../engine/index.ts';
import { completeBash, type CompletionMachine } from '../bash.ts';
import { HARNESS_HOME, kubectlHarness, type KubectlHarness } from '../../testing/kubectl-harness.ts';

let h: KubectlHarness;
let machine: CompletionMachine;

beforeAll(() => {
  h = kubectlHarness({ profile: courseProfile });
  h.fs.writeFile(`${HARNESS_HOME}/web.yaml`, '');
  h.fs.writeFile(`${HARNESS_HOME}/notes.txt`, '');
  h.run('create deployment web --image=nginx --replicas=2');
  h.run('create namespace team-a');
  h.cluster.advance(60_000);
  machine = { fs: h.fs, cwd: HARNESS_HOME, home: HARNESS_HOME, commands: ['kubectl'], cluster: h.cluster };
}, 60_000);

const complete = (line: string) => completeBash(machine, line, line.length);
const matches = (line: string) => [...complete(line).matches].sort();

describe('kubectl completion, as `kubectl completion bash` does it', () => {
  it('completes commands, then subcommands (aliases understood)', () => {
    expect(matches('kubectl ap')).toEqual(['api-resources', 'api-versions', 'apply']);
    expect(matches('kubectl rollout st')).toEqual(['status']);
    expect(matches('kubectl config use ')).toEqual(['kubernetes-admin@kubernetes']);
  });

  it('offers the resource types `kubectl api-resources -o name --verbs=get` lists, groups included', () => {
    expect(matches('kubectl get po')).toEqual(['poddisruptionbudgets.policy', 'pods', 'podtemplates']);
    expect(matches('kubectl get deploy')).toEqual(['deployments.apps']);
    expect(matches('kubectl get pods,se')).toEqual(['pods,secrets', 'pods,serviceaccounts', 'pods,services']);
  });

  it('offers names of the type given, in the namespace of -n or the context', () => {
    expect(matches('kubectl describe node k8s-')).toEqual(['k8s-master-1', 'k8s-worker-1', 'k8s-worker-2', 'k8s-worker-3']);
    expect(matches('kubectl get deploy ')).toEqual(['web']);
    expect(matches('kubectl -n kube-system get deploy c')).toEqual(['calico-kube-controllers', 'coredns']);
    expect(matches('kubectl get deploy --namespace=kube-system co')).toEqual(['coredns']);
    expect(matches('kubectl get deploy web ')).toEqual([]);
  });

  it('completes TYPE/NAME forms, with no space after `TYPE/`', () => {
    expect(complete('kubectl describe deployments.apps/')).toMatchObject({ matches: ['deployments.apps/web'] });
    expect(complete('kubectl describe deploy/w')).toMatchObject({ matches: ['deploy/web'] });
    expect(complete('kubectl describe deploy/web dep')).toMatchObject({ matches: ['deployments.apps/'], noSpace: true });
    expect(matches('kubectl rollout status ')).toEqual(['daemonset', 'deployment', 'statefulset']);
  });

  it('offers pods, and the types that run pods, to logs and exec; then the containers', () => {
    const pods = matches('kubectl logs web');
    expect(pods).toHaveLength(2);
    expect(pods.every((p) => p.startsWith('web-'))).toBe(true);
    expect(matches('kubectl exec de')).toEqual(['deployments/']);
    expect(matches(`kubectl logs ${pods[0]} `)).toEqual(['nginx']);
    expect(matches('kubectl exec deploy/web -c ')).toEqual(['nginx']);
  });

  it('lists flag names with `=` for the ones taking a value, and without', () => {
    expect(complete('kubectl get --outp')).toMatchObject({ matches: ['--output=', '--output-watch-events', '--output'], noSpace: true });
    expect(complete('kubectl get --all-n')).toMatchObject({ matches: ['--all-namespaces'], noSpace: false });
    expect(matches('kubectl get -')).toContain('-n');
  });

  it('completes flag values: namespaces, contexts, get -o, and manifests for -f', () => {
    expect(matches('kubectl get pods -n kube-')).toEqual(['kube-node-lease', 'kube-public', 'kube-system']);
    expect(complete('kubectl get pods --namespace=team')).toMatchObject({ start: 'kubectl get pods --namespace='.length, matches: ['team-a'] });
    expect(matches('kubectl get pods -o ya')).toEqual(['yaml']);
    expect(matches('kubectl --context ')).toEqual(['kubernetes-admin@kubernetes']);
    expect(matches('kubectl apply -f ')).toEqual(['web.yaml']);
  });

  it('falls back to filenames where kubectl offers nothing and does not forbid them', () => {
    expect(matches('kubectl get pods -l ')).toEqual(['notes.txt', 'web.yaml']);
    expect(matches('kubectl run x --image=no')).toEqual(['notes.txt']);
    expect(matches('kubectl describe zzz')).toEqual([]);
  });
});
