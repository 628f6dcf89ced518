import { describe, expect, it } from 'vitest';
import type { FilesState } from '../../worker/host/api.ts';
import { INITIAL_EDITOR_STATE, isDirty, reconcile, withoutTab, withTab, type EditorState } from './editor-state.ts';

const HOME = '/home/student';
const files = (list: Array<[string, number]>, edits: FilesState['edits'] = []): FilesState => ({
  home: HOME,
  files: list.map(([name, mtimeMs]) => ({ path: `${HOME}/${name}`, size: 10, mtimeMs })),
  edits,
});

describe('the editor state', () => {
  it('opens and closes tabs, the neighbour becoming active', () => {
    let s: EditorState = INITIAL_EDITOR_STATE;
    for (const name of ['a', 'b', 'c']) s = withTab(s, { path: name, text: '', saved: '', stamp: null });
    expect(s.active).toBe('c');
    s = withoutTab({ ...s, active: 'b' }, 'b');
    expect(s.open.map((f) => f.path)).toEqual(['a', 'c']);
    expect(s.active).toBe('a');
  });

  it('opens a tab for each new screen edit and closes it when the edit ends', () => {
    const edit = { id: 4, path: '/tmp/kubectl-edit-abcde.yaml', program: 'vi' };
    const first = reconcile(INITIAL_EDITOR_STATE, files([], [edit]));
    expect(first.toOpen).toEqual([edit]);
    const opened = withTab(first.state, { path: edit.path, text: 'x', saved: 'x', stamp: null, edit });
    expect(reconcile(opened, files([], [edit])).toOpen).toEqual([]);
    const ended = reconcile(opened, files([]));
    expect(ended.state.open).toEqual([]);
    expect(ended.state.active).toBeNull();
  });

  it('re-reads clean tabs whose file changed on disk, never dirty ones', () => {
    let s = reconcile(INITIAL_EDITOR_STATE, files([['a.yaml', 1], ['b.yaml', 1]])).state;
    s = withTab(s, { path: `${HOME}/a.yaml`, text: 'a', saved: 'a', stamp: '1:10' });
    s = withTab(s, { path: `${HOME}/b.yaml`, text: 'typed', saved: 'b', stamp: '1:10' });
    expect(isDirty(s.open[1]!)).toBe(true);
    expect(reconcile(s, files([['a.yaml', 1], ['b.yaml', 1]])).toReload).toEqual([]);
    expect(reconcile(s, files([['a.yaml', 2], ['b.yaml', 2]])).toReload).toEqual([`${HOME}/a.yaml`]);
  });

  it('gives a new tab the stamp of its file once the list shows it', () => {
    let s = withTab(INITIAL_EDITOR_STATE, { path: `${HOME}/new.yaml`, text: '', saved: '', stamp: null });
    s = reconcile(s, files([['new.yaml', 5]])).state;
    expect(s.open[0]!.stamp).toBe('5:10');
  });
});
