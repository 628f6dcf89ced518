// `kubectl exec` against a fake kubelet: commands, exit codes, stdin, the -it session (prompt,
// typed lines, Ctrl-C, Ctrl-D, exit), workloads, refusals, and the oracle cases.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { fakeNode, placePod, SHELL_PROMPT } from './fake-node.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

function setup() {
  const h = kubectlHarness();
  const node = fakeNode(h);
  placePod(h, 'web');
  return { h, node };
}

const stripAnsi = (s: string): string => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

describe('kubectl exec (oracle)', () => {
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    expect(kubectlHarness().run(`kubectl ${line}`)).toMatchObject({ stdout, stderr, code });
  });
});

describe('kubectl exec', () => {
  it('runs a command and relays its output', () => {
    const { h, node } = setup();
    expect(h.run('exec web -- echo hello world')).toMatchObject({ stdout: 'hello world\n', stderr: '', code: 0 });
    expect(node.execs[0]).toEqual({ namespace: 'default', pod: 'web', container: 'app', command: ['echo', 'hello', 'world'], stdin: false, tty: false });
  });

  it('ends with the command\'s exit code and says so', () => {
    const { h } = setup();
    expect(h.run('exec web -- false')).toMatchObject({ stdout: '', stderr: 'command terminated with exit code 1\n', code: 1 });
    expect(h.run('exec web -- nosuch')).toMatchObject({ stderr: 'sh: nosuch: not found\ncommand terminated with exit code 127\n', code: 127 });
  });

  it('sends piped stdin with -i, and refuses a tty when stdin is not the terminal', () => {
    const { h } = setup();
    expect(h.run('exec -i web -- cat', 'piped text\n')).toMatchObject({ stdout: 'piped text\n', stderr: '', code: 0 });
    expect(h.run('exec -it web -- cat', 'x\n')).toMatchObject({ stdout: 'x\n', stderr: 'Unable to use a TTY - input is not a terminal or the right kind of file\n' });
  });

  it('keeps running until a slow command ends, and stops on Ctrl-C', () => {
    const { h, node } = setup();
    const r = h.run('exec web -- sleep 5');
    expect(r.process?.done).toBe(false);
    node.finishSleeps();
    expect(r.process?.done).toBe(true);
    const cancelled = h.run('exec web -- sleep 5');
    cancelled.process!.cancel();
    expect(cancelled.code).toBe(130);
  });

  it('opens an interactive shell with -it: prompt, typed lines, exit code', () => {
    const { h, node } = setup();
    const r = h.run('exec -it web -- sh');
    const p = r.process!;
    expect(r.stdout).toBe(SHELL_PROMPT);
    expect(p.input!('echo hi\r')).toBe(true);
    expect(stripAnsi(r.stdout)).toBe(`${SHELL_PROMPT}echo hi\r\nhi\n${SHELL_PROMPT}`);
    p.input!('exit 3\r');
    expect(p.done).toBe(true);
    expect(r).toMatchObject({ code: 3, stderr: 'command terminated with exit code 3\n' });
    expect(node.execs[0]).toMatchObject({ command: ['sh'], stdin: true, tty: true });
  });

  it('passes Ctrl-C to the shell and ends it with Ctrl-D on an empty line', () => {
    const { h } = setup();
    const r = h.run('exec -it web -- sh');
    const p = r.process!;
    p.input!('abc\x03');
    expect(stripAnsi(r.stdout)).toBe(`${SHELL_PROMPT}abc^C\r\n${SHELL_PROMPT}`);
    expect(p.done).toBe(false);
    p.input!('x\x04');
    expect(p.done).toBe(false);
    p.input!('\x7f\x04');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(p.done).toBe(true);
  });

  it('reads typed lines in cooked mode with -i alone, leaving Ctrl-C to the shell that runs kubectl', () => {
    const { h } = setup();
    const r = h.run('exec -i web -- cat');
    const p = r.process!;
    p.input!('one\r');
    expect(p.input!('\x03')).toBe(false);
    p.input!('\x04');
    expect({ stdout: stripAnsi(r.stdout), code: r.code }).toEqual({ stdout: 'one\r\none\n', code: 0 });
  });

  it('execs into the most active pod of a workload and defaults the container', () => {
    const { h, node } = setup();
    h.run('create deployment app --image=nginx --replicas=0');
    placePod(h, 'app-1', { labels: { app: 'app' }, containers: ['main', 'sidecar'] });
    expect(h.run('exec deploy/app -- echo ok')).toMatchObject({ stdout: 'ok\n', stderr: 'Defaulted container "main" out of: main, sidecar\n' });
    expect(node.execs.at(-1)).toMatchObject({ pod: 'app-1', container: 'main' });
    expect(h.run('exec deploy/app -q -- echo ok').stderr).toBe('');
  });

  it.each([
    ['exec nope -- ls', 'Error from server (NotFound): pods "nope" not found\n'],
    ['exec web -c nope -- ls', 'Error from server (BadRequest): container nope is not valid for pod web\n'],
    ['exec done -- ls', 'error: cannot exec into a container in a completed pod; current phase is Succeeded\n'],
    ['exec waiting -- ls', 'error: unable to upgrade connection: container not found ("app")\n'],
    ['exec pending -- ls', 'Error from server (BadRequest): pod pending does not have a host assigned\n'],
    ['exec cm/kube-root-ca.crt -- ls', 'error: cannot attach to *v1.ConfigMap: selector for *v1.ConfigMap not implemented\n'],
  ])('%s fails as kubectl does', (line, stderr) => {
    const { h } = setup();
    placePod(h, 'done', { phase: 'Succeeded', state: { terminated: { exitCode: 0 } } });
    placePod(h, 'waiting', { state: { waiting: { reason: 'CrashLoopBackOff' } } });
    placePod(h, 'pending', { node: '', state: { waiting: { reason: 'ContainerCreating' } } });
    expect(h.run(line)).toMatchObject({ stdout: '', stderr, code: 1 });
  });

  it('reports a command the image does not have as the runtime does', () => {
    const { h, node } = setup();
    node.missing.add('bash');
    expect(h.run('exec -it web -- bash').stderr).toBe('error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "0f1e": OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n');
  });
});
