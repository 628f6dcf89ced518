// `kubectl logs` against a fake kubelet: container choice, selectors, workloads, the log options,
// the kubelet's refusals, -f, and the oracle cases (output equal to real kubectl v1.31's).

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { fakeNode, placePod } from '../exec/fake-node.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

function setup() {
  const h = kubectlHarness();
  const node = fakeNode(h);
  return { h, node };
}

describe('kubectl logs (oracle)', () => {
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    expect(kubectlHarness().run(`kubectl ${line}`)).toMatchObject({ stdout, stderr, code });
  });
});

describe('kubectl logs', () => {
  it('prints a one-container pod\'s log', () => {
    const { h, node } = setup();
    placePod(h, 'web');
    node.log('web', 'app', 'hello');
    node.log('web', 'app', 'world');
    expect(h.run('logs web')).toMatchObject({ stdout: 'hello\nworld\n', stderr: '', code: 0 });
    expect(h.run('logs pod/web --tail=1')).toMatchObject({ stdout: 'world\n', code: 0 });
  });

  it('defaults to the first container, or the annotated one, and says so', () => {
    const { h, node } = setup();
    placePod(h, 'two', { containers: ['app', 'sidecar'], initContainers: ['setup'] });
    node.log('two', 'app', 'from app');
    node.log('two', 'sidecar', 'from sidecar');
    expect(h.run('logs two')).toMatchObject({ stdout: 'from app\n', stderr: 'Defaulted container "app" out of: app, sidecar, setup (init)\n' });
    expect(h.run('logs two -c sidecar')).toMatchObject({ stdout: 'from sidecar\n', stderr: '' });
    expect(h.run('logs two sidecar')).toMatchObject({ stdout: 'from sidecar\n', stderr: '' });
    placePod(h, 'annotated', { containers: ['app', 'sidecar'], annotations: { 'kubectl.kubernetes.io/default-container': 'sidecar' } });
    expect(h.run('logs annotated')).toMatchObject({ stderr: '', code: 0 });
  });

  it('reads every container with --all-containers and prefixes lines with --prefix', () => {
    const { h, node } = setup();
    placePod(h, 'two', { containers: ['app', 'sidecar'] });
    node.log('two', 'app', 'a1');
    node.log('two', 'sidecar', 's1');
    expect(h.run('logs two --all-containers --prefix').stdout).toBe('[pod/two/app] a1\n[pod/two/sidecar] s1\n');
  });

  it('reads the last 10 lines of each pod matching -l', () => {
    const { h, node } = setup();
    placePod(h, 'a', { labels: { app: 'web' } });
    placePod(h, 'b', { labels: { app: 'web' } });
    for (let i = 1; i <= 12; i++) node.log('a', 'app', `line ${i}`);
    node.log('b', 'app', 'only');
    expect(h.run('logs -l app=web').stdout).toBe(`${Array.from({ length: 10 }, (_, i) => `line ${i + 3}\n`).join('')}only\n`);
    expect(h.run('logs -l app=none')).toMatchObject({ stdout: '', stderr: 'No resources found in default namespace.\n', code: 0 });
  });

  it('picks the best pod of a workload and says how many it found', () => {
    const { h, node } = setup();
    h.run('create deployment web --image=nginx --replicas=0');
    placePod(h, 'web-1', { labels: { app: 'web' }, state: { waiting: { reason: 'ContainerCreating' } } });
    placePod(h, 'web-2', { labels: { app: 'web' } });
    node.log('web-2', 'app', 'serving');
    expect(h.run('logs deploy/web')).toMatchObject({ stdout: 'serving\n', stderr: 'Found 2 pods, using pod/web-2\n', code: 0 });
    expect(h.run('logs configmap/kube-root-ca.crt')).toMatchObject({ stderr: 'error: cannot get the logs from *v1.ConfigMap: selector for *v1.ConfigMap not implemented\n', code: 1 });
  });

  it('waits for a workload\'s first pod, then gives up after --pod-running-timeout', () => {
    const { h } = setup();
    h.run('create deployment idle --image=nginx --replicas=0');
    const r = h.run('logs deploy/idle --pod-running-timeout=5s');
    expect(r.process?.wakeAtMs()).toBe(h.cluster.nowMs + 5000);
    h.cluster.advance(5000);
    r.process!.poll(h.cluster.nowMs);
    expect(r).toMatchObject({ stderr: 'error: timed out waiting for the condition\n', code: 1 });
  });

  it('applies --timestamps, --since, --limit-bytes and --previous', () => {
    const { h, node } = setup();
    placePod(h, 'web', { lastState: { terminated: { exitCode: 1, containerID: 'containerd://old' } } });
    node.previousLog('web', 'app', 'before the crash');
    node.log('web', 'app', 'old line');
    h.cluster.advance(120_000);
    node.log('web', 'app', 'new line');
    expect(h.run('logs web --since=1m').stdout).toBe('new line\n');
    expect(h.run('logs web --limit-bytes=5').stdout).toBe('old l');
    expect(h.run('logs web -p').stdout).toBe('before the crash\n');
    expect(h.run('logs web --timestamps --tail=1').stdout).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z new line\n$/);
  });

  it.each([
    ['logs nope', 'error: error from server (NotFound): pods "nope" not found in namespace "default"\n'],
    ['logs web -c nope', 'error: container nope is not valid for pod web\n'],
    ['logs web -p', 'Error from server (BadRequest): previous terminated container "app" in pod "web" not found\n'],
    ['logs web --since=1h --since-time=2024-01-01T00:00:00Z', 'error: at most one of `sinceTime` or `sinceSeconds` may be specified\n'],
    ['logs web --all-containers -c app', 'error: --all-containers=true should not be specified with container name app\n'],
    ['logs web app -c app', 'error: only one of -c or an inline [CONTAINER] arg is allowed\n'],
    ['logs web --tail=-2', 'error: --tail must be greater than or equal to -1\n'],
    ['logs web --limit-bytes=-1', 'error: --limit-bytes must be greater than 0\n'],
  ])('%s fails as kubectl does', (line, stderr) => {
    const { h } = setup();
    placePod(h, 'web');
    expect(h.run(line)).toMatchObject({ stdout: '', stderr, code: 1 });
  });

  it('relays the kubelet\'s refusal for a container that has not started', () => {
    const { h } = setup();
    placePod(h, 'web', { state: { waiting: { reason: 'ContainerCreating' } } });
    placePod(h, 'pull', { state: { waiting: { reason: 'ImagePullBackOff' } } });
    expect(h.run('logs web').stderr).toBe('Error from server (BadRequest): container "app" in pod "web" is waiting to start: ContainerCreating\n');
    expect(h.run('logs pull').stderr).toBe('Error from server (BadRequest): container "app" in pod "pull" is waiting to start: trying and failing to pull image\n');
    placePod(h, 'pending', { node: '', state: { waiting: { reason: 'ContainerCreating' } } });
    expect(h.run('logs pending')).toMatchObject({ stdout: '', stderr: '', code: 0 });
  });

  it('follows with -f until the container stops', () => {
    const { h, node } = setup();
    placePod(h, 'web');
    node.log('web', 'app', 'first');
    const r = h.run('logs -f web');
    expect(r.process?.done).toBe(false);
    node.log('web', 'app', 'second');
    expect(r.stdout).toBe('first\nsecond\n');
    node.stop('web', 'app');
    expect(r).toMatchObject({ code: 0 });
    expect(r.process?.done).toBe(true);
  });

  it('ends -f with Ctrl-C and refuses to follow more streams than --max-log-requests', () => {
    const { h, node } = setup();
    for (const name of ['a', 'b', 'c']) placePod(h, name, { labels: { app: 'web' } });
    const r = h.run('logs -f -l app=web --prefix');
    node.log('b', 'app', 'from b');
    r.process!.cancel();
    node.log('a', 'app', 'too late');
    expect(r).toMatchObject({ stdout: '[pod/b/app] from b\n', code: 130 });
    expect(h.run('logs -f -l app=web --max-log-requests=2')).toMatchObject({
      stderr: 'error: you are attempting to follow 3 log streams, but maximum allowed concurrency is 2, use --max-log-requests to increase the limit\n', code: 1,
    });
  });
});
