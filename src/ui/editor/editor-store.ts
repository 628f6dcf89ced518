// The editor's store and its actions: tabs over the workspace files, saved through the host (Ctrl-S,
// and by themselves a moment after the last keystroke), created, renamed and deleted; Apply types
// `kubectl apply -f` into the terminal; screen edits (`vi`, kubectl edit) open as tabs of their own.

import { create } from 'zustand';
import type { FileResult, FilesState, HostEvent, ScreenEditInfo, SessionId } from '../../worker/host/api.ts';
import { showStage } from '../store/layout-store.ts';
import {
  INITIAL_EDITOR_STATE, isDirty, reconcile, stampOf, updateTab, withoutTab, withTab, type EditorState, type OpenFile,
} from './editor-state.ts';
import { freeName, resolveName, shellPath } from './workspace-paths.ts';
import { templateText, type Template } from './templates.ts';

/** The host calls the editor makes (the Worker's API, or a fake in tests); every one may be async. */
export interface EditorHost {
  attachEditor(): unknown;
  listFiles(): FilesState | Promise<FilesState>;
  readFile(path: string): FileResult<string> | Promise<FileResult<string>>;
  writeFile(path: string, text: string, options?: { readonly create?: boolean }): FileResult<null> | Promise<FileResult<null>>;
  renameFile(from: string, to: string): FileResult<null> | Promise<FileResult<null>>;
  deleteFile(path: string): FileResult<null> | Promise<FileResult<null>>;
  finishEdit(id: number, text: string | null): FileResult<null> | Promise<FileResult<null>>;
  diffFile(path: string): { live: string; merged: string; error: string } | Promise<{ live: string; merged: string; error: string }>;
  runLine(sessionId: SessionId, line: string): unknown;
}

/** How long after the last keystroke a file saves itself. */
export const AUTOSAVE_DELAY_MS = 1_000;

export const useEditorStore = create<EditorState>()(() => INITIAL_EDITOR_STATE);

let host: EditorHost | null = null;
const autosaves = new Map<string, ReturnType<typeof setTimeout>>();

const get = (): EditorState => useEditorStore.getState();
const set = (state: EditorState): void => useEditorStore.setState(state, true);
const tab = (path: string): OpenFile | undefined => get().open.find((f) => f.path === path);

/** Ties the editor to the sandbox: screen edits show here from now on, and the file list loads. */
export async function connectEditor(h: EditorHost): Promise<void> {
  host = h;
  await h.attachEditor();
  applyFilesState(await h.listFiles());
}

/** The host event sink: the last `files` event of the batch says it all. */
export function applyFilesEvents(events: readonly HostEvent[]): void {
  let last: FilesState | undefined;
  for (const event of events) if (event.type === 'files') last = event.state;
  if (last !== undefined) applyFilesState(last);
}

function applyFilesState(files: FilesState): void {
  const { state, toOpen, toReload } = reconcile(get(), files);
  set(state);
  for (const edit of toOpen) void openScreenEdit(edit);
  for (const path of toReload) void reload(path);
}

/** Remembers a failure to show, or clears the last one; says whether the call worked. */
function report<T>(result: FileResult<T>): result is { ok: true; value: T } {
  set({ ...get(), problem: result.ok ? null : { code: result.code, path: result.path } });
  return result.ok;
}

async function openScreenEdit(edit: ScreenEditInfo): Promise<void> {
  if (host === null) return;
  const read = await host.readFile(edit.path);
  // A new file (`vi new.yaml`) starts empty.
  const text = read.ok ? read.value : '';
  set(withTab(get(), { path: edit.path, text, saved: text, stamp: stampOf(get(), edit.path), edit }));
  showStage('editor');
}

async function reload(path: string): Promise<void> {
  if (host === null) return;
  const read = await host.readFile(path);
  const current = tab(path);
  if (!read.ok || current === undefined || isDirty(current)) return;
  set(updateTab(get(), path, { text: read.value, saved: read.value, stamp: stampOf(get(), path) }));
}

export async function openFile(path: string): Promise<void> {
  if (tab(path) !== undefined) {
    set({ ...get(), active: path, diff: null });
    return;
  }
  if (host === null) return;
  const read = await host.readFile(path);
  if (!report(read)) return;
  set(withTab(get(), { path, text: read.value, saved: read.value, stamp: stampOf(get(), path) }));
}

export function activate(path: string): void {
  set({ ...get(), active: path, diff: null });
}

/** The text typed in a tab; ordinary files save themselves shortly after. */
export function setText(path: string, text: string): void {
  const current = tab(path);
  if (current === undefined || current.text === text) return;
  set(updateTab(get(), path, { text }));
  if (current.edit !== undefined) return;
  clearTimeout(autosaves.get(path));
  autosaves.set(path, setTimeout(() => void saveFile(path), AUTOSAVE_DELAY_MS));
}

export async function saveFile(path: string): Promise<boolean> {
  clearTimeout(autosaves.get(path));
  autosaves.delete(path);
  const current = tab(path);
  if (host === null || current === undefined) return false;
  if (!isDirty(current)) return true;
  const text = current.text;
  if (!report(await host.writeFile(path, text))) return false;
  set(updateTab(get(), path, { saved: text }));
  return true;
}

/** A new file from a typed name (relative to the home directory); false if the name is unusable or taken. */
export async function createFile(typedName: string, text = ''): Promise<boolean> {
  const { home } = get();
  const path = resolveName(home, typedName);
  if (host === null) return false;
  if (path === undefined) return report({ ok: false, code: 'EINVAL', path: typedName });
  if (!report(await host.writeFile(path, text, { create: true }))) return false;
  set(withTab(get(), { path, text, saved: text, stamp: null }));
  return true;
}

/** A new file holding a template, named after its kind (`deployment.yaml`, then `deployment-2.yaml`…). */
export async function createFromTemplate(template: Template): Promise<boolean> {
  const { home, files, open } = get();
  const taken = new Set([...files.map((f) => f.path), ...open.map((f) => f.path)]);
  return createFile(freeName(taken, home, template.fileBase, '.yaml'), await templateText(template));
}

export async function renameFile(path: string, typedName: string): Promise<boolean> {
  const current = tab(path);
  const to = resolveName(get().home, typedName);
  if (host === null || current === undefined) return false;
  if (to === undefined) return report({ ok: false, code: 'EINVAL', path: typedName });
  if (to === path) return true;
  if (!(await saveFile(path))) return false;
  if (!report(await host.renameFile(path, to))) return false;
  set(withTab(withoutTab(get(), path), { ...current, path: to, saved: current.text, stamp: null }));
  return true;
}

export async function deleteFile(path: string): Promise<boolean> {
  if (host === null) return false;
  clearTimeout(autosaves.get(path));
  if (!report(await host.deleteFile(path))) return false;
  set(withoutTab(get(), path));
  return true;
}

/** Closes a tab, saving it first; screen edits close only through Save & close or Cancel. */
export async function closeTab(path: string): Promise<void> {
  const current = tab(path);
  if (current === undefined || current.edit !== undefined) return;
  if (await saveFile(path)) set(withoutTab(get(), path));
}

/** Saves, then types `kubectl apply -f <file>` into the terminal, where its output shows. */
export async function applyFile(path: string, sessionId: SessionId): Promise<void> {
  if (host === null || !(await saveFile(path))) return;
  await host.runLine(sessionId, `kubectl apply -f ${shellPath(get().home, path)}`);
}

/** Save & close (the program reads the file and goes on), or Cancel (it sees the file unchanged). */
export async function finishScreenEdit(path: string, save: boolean): Promise<void> {
  const current = tab(path);
  if (host === null || current?.edit === undefined) return;
  report(await host.finishEdit(current.edit.id, save ? current.text : null));
}

export async function showDiff(path: string): Promise<void> {
  if (host === null || !(await saveFile(path))) return;
  const diff = await host.diffFile(path);
  set({ ...get(), diff: { path, ...diff } });
}

export function closeDiff(): void {
  set({ ...get(), diff: null });
}

export function dismissProblem(): void {
  set({ ...get(), problem: null });
}
