import { describe, expect, it } from 'vitest';
import { Cluster, emptyProfile } from '../../../../engine/index.ts';
import type { Process } from '../../../shell/types.ts';
import { createWorkstation, type Workstation } from '../../../workstation.ts';
import { EDIT_HEADER } from './edit-file.ts';

/** A workstation whose screen is attached, as in the browser: kubectl edit shows its file there. */
function setUp(): { ws: Workstation; cluster: Cluster; sh: (line: string) => { job: Process; out: () => string } } {
  const cluster = new Cluster({ seed: 7, profile: emptyProfile });
  const ws = createWorkstation(cluster);
  ws.screen.attached = true;
  const shell = ws.openShell();
  const sh = (line: string): { job: Process; out: () => string } => {
    let text = '';
    const write = { write: (t: string) => { text += t; } };
    return { job: shell.run(line, { stdout: write, stderr: write }), out: () => text };
  };
  return { ws, cluster, sh };
}

/** What the person at the screen does: the file shown, then changed and saved, or quit. */
function screen(ws: Workstation): { path: string; text: string; save: (text: string) => void; quit: () => void } {
  const edit = ws.screen.edits().at(-1)!;
  return {
    path: edit.path,
    text: ws.fs.readFile(edit.path),
    save: (text) => {
      ws.fs.writeFile(edit.path, text);
      ws.screen.finish(edit.id, 'saved');
    },
    quit: () => ws.screen.finish(edit.id, 'quit'),
  };
}

function finish(job: Process): void {
  job.poll(0);
}

describe('kubectl edit', () => {
  it('opens the live object under its header and patches what was saved', () => {
    const { ws, sh } = setUp();
    sh('kubectl create deployment web --image=nginx:1.25');
    const { job, out } = sh('kubectl edit deployment web');
    expect(job.done).toBe(false);
    const shown = screen(ws);
    expect(shown.path).toMatch(/^\/tmp\/kubectl-edit-[a-z0-9]{5}\.yaml$/);
    expect(shown.text.startsWith(`${EDIT_HEADER}apiVersion: apps/v1\nkind: Deployment\n`)).toBe(true);
    shown.save(shown.text.replace('replicas: 1', 'replicas: 3'));
    finish(job);
    expect(job.done && job.exitCode).toBe(0);
    expect(out()).toBe('deployment.apps/web edited\n');
    expect(ws.fs.exists(shown.path)).toBe(false);
    const after = sh('kubectl get deployment web -o jsonpath={.spec.replicas}');
    expect(after.out()).toBe('3');
  });

  it('says so when nothing changed, or the file was emptied', () => {
    const { ws, sh } = setUp();
    sh('kubectl create configmap c --from-literal=a=1');
    const first = sh('kubectl edit cm c');
    screen(ws).quit();
    finish(first.job);
    expect(first.out()).toBe('Edit cancelled, no changes made.\n');
    const second = sh('kubectl edit cm/c');
    screen(ws).save('# nothing left\n\n');
    finish(second.job);
    expect(second.out()).toBe('Edit cancelled, saved file was empty.\n');
  });

  it('reopens an invalid object with the server\'s reasons as comments', () => {
    const { ws, sh } = setUp();
    sh('kubectl create deployment web --image=nginx:1.25');
    const { job, out } = sh('kubectl edit deploy web');
    const first = screen(ws);
    first.save(first.text.replace('replicas: 1', 'replicas: -1'));
    finish(job);
    expect(job.done).toBe(false);
    expect(out()).toBe('error: deployments.apps "web" is invalid\n');
    const again = screen(ws);
    expect(again.path).not.toBe(first.path);
    expect(again.text.startsWith(`${EDIT_HEADER}# deployments.apps "web" was not valid:\n# * spec.replicas: Invalid value: -1: must be greater than or equal to 0\n#\napiVersion: apps/v1\n`)).toBe(true);
    again.quit();
    finish(job);
    expect(job.exitCode).toBe(1);
    expect(out()).toBe([
      'error: deployments.apps "web" is invalid',
      `A copy of your changes has been stored to "${again.path}"`,
      'error: Edit cancelled, no valid changes were saved.',
      '',
    ].join('\n'));
  });

  it('reopens a file that does not parse, then applies the fixed one', () => {
    const { ws, sh } = setUp();
    sh('kubectl create configmap c --from-literal=a=1');
    const { job, out } = sh('kubectl edit cm c');
    const first = screen(ws);
    first.save(first.text.replace('  a: "1"', '  a: "1"\n b: [2'));
    finish(job);
    const again = screen(ws);
    expect(again.text).toContain('# The edited file had a syntax error: error parsing edited-file: error converting YAML to JSON: yaml:');
    again.save(first.text.replace('  a: "1"', '  a: "2"'));
    finish(job);
    expect(job.exitCode).toBe(0);
    expect(out()).toBe('configmap/c edited\n');
  });

  it('edits several objects as a List: changed ones are edited, the others skipped', () => {
    const { ws, sh } = setUp();
    sh('kubectl create configmap a --from-literal=k=1');
    sh('kubectl create configmap b --from-literal=k=1');
    const { job, out } = sh('kubectl edit configmaps --output-patch');
    const shown = screen(ws);
    expect(shown.text).toContain('\nitems:\n- apiVersion: v1\n');
    expect(shown.text.endsWith('kind: List\nmetadata: {}\n')).toBe(true);
    shown.save(shown.text.replace('k: "1"', 'k: "2"'));
    finish(job);
    expect(out()).toBe('Patch: {"data":{"k":"2"}}\nconfigmap/a edited\nconfigmap/b skipped\nconfigmap/kube-root-ca.crt skipped\n');
  });

  it('refuses changes to the identity of an object', () => {
    const { ws, sh } = setUp();
    sh('kubectl create configmap a --from-literal=k=1');
    const { job, out } = sh('kubectl edit configmap a');
    const shown = screen(ws);
    shown.save(shown.text.replace('name: a', 'name: z'));
    finish(job);
    expect(out()).toBe(`A copy of your changes has been stored to "${shown.path}"\nerror: At least one of apiVersion, kind and name was changed\n`);
  });

  it('edits JSON without a header with -o json, and prints the result in that format', () => {
    const { ws, sh } = setUp();
    sh('kubectl create configmap a --from-literal=k=1');
    const { job, out } = sh('kubectl edit configmap a -o json');
    const shown = screen(ws);
    expect(shown.path.endsWith('.json')).toBe(true);
    expect(shown.text.startsWith('{\n    "apiVersion": "v1",\n')).toBe(true);
    shown.save(shown.text.replace('"k": "1"', '"k": "5"'));
    finish(job);
    expect(JSON.parse(out())).toMatchObject({ kind: 'ConfigMap', data: { k: '5' } });
  });

  it('takes the file off the screen when interrupted', () => {
    const { ws, sh } = setUp();
    sh('kubectl create configmap a --from-literal=k=1');
    const { job } = sh('kubectl edit configmap a');
    expect(ws.screen.edits()).toHaveLength(1);
    job.cancel();
    expect(job.exitCode).toBe(130);
    expect(ws.screen.edits()).toEqual([]);
  });

  it('runs the editor named by KUBE_EDITOR, then EDITOR, on the temp file', () => {
    const { sh, ws } = setUp();
    sh('kubectl create configmap a --from-literal=k=1');
    ws.fs.writeFile('/home/student/b.yaml', 'x');
    expect(sh('EDITOR=false kubectl edit cm a').out()).toBe('error: there was a problem with the editor "false"\n');
    expect(sh('EDITOR=false KUBE_EDITOR=true kubectl edit cm a').out()).toBe('Edit cancelled, no changes made.\n');
    expect(sh('KUBE_EDITOR="/usr/bin/true" kubectl edit cm a').out()).toBe('Edit cancelled, no changes made.\n');
    expect(sh('KUBE_EDITOR="/opt/true" kubectl edit cm a').out()).toBe('error: unable to launch the editor "/opt/true"\n');
    // The copied file does not parse: reopened, copied over again, unchanged, so given up.
    expect(sh('KUBE_EDITOR="cp b.yaml" kubectl edit cm a').out())
      .toMatch(/^A copy of your changes has been stored to "\/tmp\/kubectl-edit-[a-z0-9]{5}\.yaml"\nerror: Edit cancelled, no valid changes were saved\.\n$/);
  });
});
