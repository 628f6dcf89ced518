import { beforeEach, describe, expect, it } from 'vitest';
import type { FileResult, FilesState } from '../../worker/host/api.ts';
import { INITIAL_EDITOR_STATE } from './editor-state.ts';
import {
  applyFile, applyFilesEvents, connectEditor, createFile, createFromTemplate, deleteFile, finishScreenEdit, renameFile, saveFile, setText,
  useEditorStore, type EditorHost,
} from './editor-store.ts';

const HOME = '/home/student';

/** A host over a map of files, recording the lines run in the terminal and the screen edits finished. */
function fakeHost(): EditorHost & { files: Map<string, string>; lines: string[]; finished: Array<[number, string | null]> } {
  const files = new Map<string, string>();
  const lines: string[] = [];
  const finished: Array<[number, string | null]> = [];
  const ok = (): FileResult<null> => ({ ok: true, value: null });
  const state = (): FilesState => ({ home: HOME, files: [...files.keys()].map((path) => ({ path, size: 1, mtimeMs: 0 })), edits: [] });
  return {
    files, lines, finished,
    attachEditor: () => undefined,
    listFiles: state,
    readFile: (path) => (files.has(path) ? { ok: true, value: files.get(path)! } : { ok: false, code: 'ENOENT', path }),
    writeFile: (path, text, options) => {
      if (options?.create && files.has(path)) return { ok: false, code: 'EEXIST', path };
      files.set(path, text);
      return ok();
    },
    renameFile: (from, to) => {
      files.set(to, files.get(from)!);
      files.delete(from);
      return ok();
    },
    deleteFile: (path) => (files.delete(path) ? ok() : { ok: false, code: 'ENOENT', path }),
    finishEdit: (id, text) => {
      finished.push([id, text]);
      return ok();
    },
    diffFile: () => ({ live: '', merged: '', error: '' }),
    runLine: (_session, line) => lines.push(line),
  };
}

describe('the editor store', () => {
  beforeEach(() => useEditorStore.setState(INITIAL_EDITOR_STATE, true));

  it('creates a file, saves what is typed, and applies it in the terminal', async () => {
    const host = fakeHost();
    await connectEditor(host);
    expect(await createFile('web.yaml')).toBe(true);
    setText(`${HOME}/web.yaml`, 'kind: Pod\n');
    expect(useEditorStore.getState().open[0]!.saved).toBe('');
    await applyFile(`${HOME}/web.yaml`, 's1');
    expect(host.files.get(`${HOME}/web.yaml`)).toBe('kind: Pod\n');
    expect(host.lines).toEqual(['kubectl apply -f ~/web.yaml']);
  });

  it('shows the host\'s refusal, e.g. a name that exists', async () => {
    const host = fakeHost();
    host.files.set(`${HOME}/web.yaml`, '');
    await connectEditor(host);
    expect(await createFile('web.yaml')).toBe(false);
    expect(useEditorStore.getState().problem).toEqual({ code: 'EEXIST', path: `${HOME}/web.yaml` });
    expect(await createFile('../x')).toBe(false);
    expect(useEditorStore.getState().problem?.code).toBe('EINVAL');
  });

  it('names template files after their kind, without overwriting', async () => {
    const host = fakeHost();
    host.files.set(`${HOME}/deployment.yaml`, '');
    await connectEditor(host);
    await createFromTemplate({ kind: 'Deployment', fileBase: 'deployment' });
    expect(host.files.get(`${HOME}/deployment-2.yaml`)).toContain('kind: Deployment');
  });

  it('renames and deletes the file of a tab', async () => {
    const host = fakeHost();
    await connectEditor(host);
    await createFile('a.yaml', 'x');
    await renameFile(`${HOME}/a.yaml`, 'k8s/b.yaml');
    expect([...host.files.keys()]).toEqual([`${HOME}/k8s/b.yaml`]);
    expect(useEditorStore.getState().active).toBe(`${HOME}/k8s/b.yaml`);
    await deleteFile(`${HOME}/k8s/b.yaml`);
    expect(host.files.size).toBe(0);
    expect(useEditorStore.getState().open).toEqual([]);
  });

  it('opens screen edits as tabs and finishes them with the text, or without', async () => {
    const host = fakeHost();
    await connectEditor(host);
    const path = '/tmp/kubectl-edit-abcde.yaml';
    host.files.set(path, 'replicas: 1\n');
    applyFilesEvents([{ type: 'files', state: { home: HOME, files: [], edits: [{ id: 9, path, program: 'vi' }] } }]);
    await expect.poll(() => useEditorStore.getState().open.length).toBe(1);
    setText(path, 'replicas: 3\n');
    await finishScreenEdit(path, true);
    expect(host.finished).toEqual([[9, 'replicas: 3\n']]);
    expect(await saveFile(path)).toBe(true);
  });
});
