// `kubectl cp` against a fake kubelet: files and directories both ways, into an existing directory,
// missing files, an image without tar, and the oracle cases.

import { describe, expect, it } from 'vitest';
import { HARNESS_HOME, kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { fakeNode, placePod } from '../exec/fake-node.ts';
import { ORACLE } from './oracle-cases.fixture.ts';
import { cleanPath, extractFileSpec, memberPrefix } from './file-spec.ts';

function setup() {
  const h = kubectlHarness();
  const node = fakeNode(h);
  placePod(h, 'web');
  return { h, node };
}

describe('kubectl cp (oracle)', () => {
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    expect(kubectlHarness().run(`kubectl ${line}`)).toMatchObject({ stdout, stderr, code });
  });
});

describe('kubectl cp file specs', () => {
  it('parses [[namespace/]pod:]path and cleans paths as Go does', () => {
    expect(extractFileSpec('ns/web:/tmp/x/')).toEqual({ namespace: 'ns', pod: 'web', file: '/tmp/x' });
    expect(extractFileSpec('./local')).toEqual({ namespace: '', pod: '', file: './local' });
    expect(cleanPath('a/../../b/./c/')).toBe('../b/c');
    expect(memberPrefix('/etc/nginx')).toBe('etc/nginx');
    expect(memberPrefix('../../x')).toBe('x');
  });
});

describe('kubectl cp', () => {
  it('copies a local file into a pod, into a directory when the target is one', () => {
    const { h, node } = setup();
    h.fs.writeFile(`${HARNESS_HOME}/index.html`, '<h1>hi</h1>\n');
    expect(h.run('cp index.html web:/tmp/page.html')).toMatchObject({ stdout: '', stderr: '', code: 0 });
    expect(node.files.get('/tmp/page.html')).toBe('<h1>hi</h1>\n');
    expect(h.run('cp index.html default/web:/tmp')).toMatchObject({ code: 0 });
    expect(node.files.get('/tmp/index.html')).toBe('<h1>hi</h1>\n');
  });

  it('copies a local directory into a pod', () => {
    const { h, node } = setup();
    h.fs.mkdir(`${HARNESS_HOME}/site/css`, { parents: true });
    h.fs.writeFile(`${HARNESS_HOME}/site/index.html`, 'index');
    h.fs.writeFile(`${HARNESS_HOME}/site/css/main.css`, 'css');
    expect(h.run('cp site web:/srv')).toMatchObject({ stderr: '', code: 0 });
    expect(node.files.get('/srv/index.html')).toBe('index');
    expect(node.files.get('/srv/css/main.css')).toBe('css');
  });

  it('copies a file and a directory out of a pod, with tar\'s note about the leading slash', () => {
    const { h, node } = setup();
    node.files.set('/etc/app', null);
    node.files.set('/etc/app/conf.d', null);
    node.files.set('/etc/app/app.conf', 'port=80\n');
    node.files.set('/etc/app/conf.d/extra.conf', 'x=1\n');
    expect(h.run('cp web:/etc/app/app.conf app.conf')).toMatchObject({ stdout: "tar: removing leading '/' from member names\n", code: 0 });
    expect(h.fs.readFile(`${HARNESS_HOME}/app.conf`)).toBe('port=80\n');
    expect(h.run('cp web:/etc/app backup').code).toBe(0);
    expect(h.fs.readFile(`${HARNESS_HOME}/backup/conf.d/extra.conf`)).toBe('x=1\n');
    expect(h.run('cp web:/etc/app/app.conf backup')).toMatchObject({ stderr: 'error: open backup: is a directory\n', code: 1 });
  });

  it('reports a missing remote file as the container\'s tar does', () => {
    const { h } = setup();
    expect(h.run('cp web:/tmp/nope here')).toMatchObject({
      stdout: "tar: removing leading '/' from member names\ntar: /tmp/nope: No such file or directory\n",
      stderr: 'command terminated with exit code 1\n', code: 1,
    });
  });

  it('fails with the runtime\'s error when the image has no tar', () => {
    const { h, node } = setup();
    node.missing.add('tar');
    h.fs.writeFile(`${HARNESS_HOME}/a.txt`, 'a');
    const stderr = 'error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "0f1e": OCI runtime exec failed: exec failed: unable to start container process: exec: "tar": executable file not found in $PATH: unknown\n';
    expect(h.run('cp a.txt web:/tmp/a.txt')).toMatchObject({ stderr, code: 1 });
    expect(h.run('cp web:/tmp/a.txt a.txt')).toMatchObject({ stderr, code: 1 });
  });

  it('refuses a missing pod and a completed one', () => {
    const { h } = setup();
    placePod(h, 'done', { phase: 'Succeeded', state: { terminated: { exitCode: 0 } } });
    h.fs.writeFile(`${HARNESS_HOME}/a.txt`, 'a');
    expect(h.run('cp a.txt nope:/tmp')).toMatchObject({ stderr: 'Error from server (NotFound): pods "nope" not found\n', code: 1 });
    expect(h.run('cp a.txt done:/tmp')).toMatchObject({ stderr: 'error: cannot exec into a container in a completed pod; current phase is Succeeded\n', code: 1 });
  });
});
