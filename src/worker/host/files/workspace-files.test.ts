import { describe, expect, it } from 'vitest';
import type { FilesState, HostApi, HostEvent } from '../api.ts';
import { createSandbox } from '../sandbox.ts';

const HOME = '/home/student';
const MANIFEST = `${HOME}/metrics-server.yaml`;

function sandbox(): { host: HostApi; states: FilesState[]; output: () => string } {
  const host = createSandbox({ seed: 1 });
  const states: FilesState[] = [];
  let out = '';
  host.subscribe((e: HostEvent) => {
    if (e.type === 'files') states.push(e.state);
    if (e.type === 'output') out += e.data;
  });
  return { host, states, output: () => out };
}

const paths = (state: FilesState | undefined): string[] => (state?.files ?? []).map((f) => f.path);

describe('the workspace files', () => {
  it('lists the home directory tree as ls -R ~ shows it, without hidden files', () => {
    const { host } = sandbox();
    const state = host.listFiles();
    expect(state.home).toBe(HOME);
    expect(paths(state)).toEqual([MANIFEST]);
    expect(state.edits).toEqual([]);
  });

  it('writes, reads, renames and deletes files, making directories as needed', () => {
    const { host } = sandbox();
    expect(host.writeFile(`${HOME}/k8s/web.yaml`, 'kind: Pod\n')).toEqual({ ok: true, value: null });
    expect(host.readFile(`${HOME}/k8s/web.yaml`)).toEqual({ ok: true, value: 'kind: Pod\n' });
    expect(host.renameFile(`${HOME}/k8s/web.yaml`, `${HOME}/web.yaml`)).toEqual({ ok: true, value: null });
    expect(paths(host.listFiles())).toEqual([MANIFEST, `${HOME}/web.yaml`]);
    expect(host.deleteFile(`${HOME}/web.yaml`)).toEqual({ ok: true, value: null });
    expect(host.readFile(`${HOME}/web.yaml`)).toEqual({ ok: false, code: 'ENOENT', path: `${HOME}/web.yaml` });
  });

  it('returns errors as values: existing names, directories, paths outside the home', () => {
    const { host } = sandbox();
    host.writeFile(`${HOME}/a.yaml`, 'a');
    host.writeFile(`${HOME}/b.yaml`, 'b');
    expect(host.writeFile(`${HOME}/a.yaml`, 'x', { create: true })).toMatchObject({ ok: false, code: 'EEXIST' });
    expect(host.renameFile(`${HOME}/a.yaml`, `${HOME}/b.yaml`)).toMatchObject({ ok: false, code: 'EEXIST' });
    expect(host.readFile(HOME + '/.kube')).toMatchObject({ ok: false, code: 'EISDIR' });
    expect(host.deleteFile(`${HOME}/.kube`)).toMatchObject({ ok: false, code: 'EISDIR' });
    expect(host.readFile('/etc/passwd')).toMatchObject({ ok: false, code: 'EACCES' });
    expect(host.writeFile(`${HOME}/../x.yaml`, '')).toMatchObject({ ok: false, code: 'EINVAL' });
    expect(host.writeFile('web.yaml', '')).toMatchObject({ ok: false, code: 'EINVAL' });
    expect(host.writeFile(`${HOME}/big.yaml`, 'x'.repeat(1_000_001))).toMatchObject({ ok: false, code: 'EFBIG' });
    expect(host.readFile(`${HOME}/a.yaml`)).toEqual({ ok: true, value: 'a' });
  });

  it('sends a files event when the shell changes the tree', () => {
    const { host, states } = sandbox();
    const s = host.openSession();
    host.runLine(s, "cat > f.yaml <<'EOF'\nkind: Pod\nEOF");
    expect(paths(states.at(-1))).toContain(`${HOME}/f.yaml`);
    host.runLine(s, 'mv f.yaml g.yaml');
    expect(paths(states.at(-1))).toEqual([`${HOME}/g.yaml`, MANIFEST]);
    const count = states.length;
    host.tick(100);
    expect(states.length).toBe(count);
  });

  it('opens vi in the editor pane once attached, and resumes the shell on Save & close', () => {
    const { host, states, output } = sandbox();
    const s = host.openSession();
    host.pause();
    host.attachEditor();
    host.runLine(s, 'vi notes.txt');
    const edit = states.at(-1)!.edits[0]!;
    expect(edit).toMatchObject({ path: `${HOME}/notes.txt`, program: 'vi' });
    expect(host.finishEdit(edit.id, 'hello\n')).toEqual({ ok: true, value: null });
    expect(states.at(-1)!.edits).toEqual([]);
    host.runLine(s, 'cat notes.txt');
    expect(output()).toContain('hello\r\n');
    expect(host.finishEdit(edit.id, null)).toMatchObject({ ok: false, code: 'ENOENT' });
  });

  it('takes the file off the screen when the program is interrupted', () => {
    const { host, states } = sandbox();
    const s = host.openSession();
    host.attachEditor();
    host.runLine(s, 'vi x.yaml');
    expect(states.at(-1)!.edits).toHaveLength(1);
    host.cancel(s);
    host.tick(10);
    expect(states.at(-1)!.edits).toEqual([]);
  });

  it('fails like vim without a terminal when no editor pane is attached', () => {
    const { host, output } = sandbox();
    host.runLine(host.openSession(), 'vi x.yaml; echo $?');
    expect(output()).toContain('Vim: Error reading input, exiting...\r\nVim: Finished.\r\n1\r\n');
  });

  it('keeps the editor pane attached across a restore', () => {
    const { host, states } = sandbox();
    const s = host.openSession();
    host.attachEditor();
    host.restore(host.snapshot());
    host.runLine(s, 'vi y.yaml');
    expect(states.at(-1)!.edits).toHaveLength(1);
  });

  it('diffs a file against the live objects', () => {
    const { host } = sandbox();
    host.writeFile(`${HOME}/cm.yaml`, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  k: v\n');
    const diff = host.diffFile(`${HOME}/cm.yaml`);
    expect(diff).toMatchObject({ live: '', error: '' });
    expect(diff.merged).toContain('  k: v\n');
    expect(host.diffFile(`${HOME}/none.yaml`).error).toBe(`error: the path "${HOME}/none.yaml" does not exist\n`);
  });
});
