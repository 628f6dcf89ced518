// The editor's state as pure data and the pure steps over it: open tabs (the text, what was last
// saved, the screen edit a tab stands for), and how a `files` event from the host reconciles them —
// which tabs to open for new screen edits, which to close, which to re-read after the shell wrote.

import type { FileErrorCode, FilesState, ScreenEditInfo, WorkspaceFile } from '../../worker/host/api.ts';

export interface OpenFile {
  readonly path: string;
  readonly text: string;
  /** The text as it is on disk, as far as the editor knows. */
  readonly saved: string;
  /** The file's mtime and size when last read or written here (see `stampOf`); null if not listed then. */
  readonly stamp: string | null;
  /** Set when `vi` or kubectl edit put this file on the screen and waits for it. */
  readonly edit?: ScreenEditInfo;
}

export interface DiffView {
  readonly path: string;
  readonly live: string;
  readonly merged: string;
  readonly error: string;
}

export interface EditorState {
  readonly home: string;
  readonly files: readonly WorkspaceFile[];
  readonly edits: readonly ScreenEditInfo[];
  readonly open: readonly OpenFile[];
  readonly active: string | null;
  readonly problem: { readonly code: FileErrorCode; readonly path: string } | null;
  readonly diff: DiffView | null;
}

export const INITIAL_EDITOR_STATE: EditorState = { home: '', files: [], edits: [], open: [], active: null, problem: null, diff: null };

export const isDirty = (file: OpenFile): boolean => file.text !== file.saved;

const fileStamp = (f: WorkspaceFile): string => `${f.mtimeMs}:${f.size}`;

/** Opens (or refreshes) a tab with the file's text and makes it active. */
export function withTab(state: EditorState, file: OpenFile): EditorState {
  const exists = state.open.some((f) => f.path === file.path);
  const open = exists ? state.open.map((f) => (f.path === file.path ? file : f)) : [...state.open, file];
  return { ...state, open, active: file.path, diff: null };
}

/** Closes a tab; the next one to its left (or right) becomes active if it was. */
export function withoutTab(state: EditorState, path: string): EditorState {
  const index = state.open.findIndex((f) => f.path === path);
  if (index < 0) return state;
  const open = state.open.filter((f) => f.path !== path);
  const active = state.active === path ? (open[Math.max(0, index - 1)]?.path ?? null) : state.active;
  return { ...state, open, active, diff: state.diff?.path === path ? null : state.diff };
}

export function updateTab(state: EditorState, path: string, change: Partial<Omit<OpenFile, 'path'>>): EditorState {
  if (!state.open.some((f) => f.path === path)) return state;
  return { ...state, open: state.open.map((f) => (f.path === path ? { ...f, ...change } : f)) };
}

/** What a `files` event asks of the editor besides the new lists. */
export interface Reconciled {
  readonly state: EditorState;
  /** Screen edits with no tab yet: read their file and open it. */
  readonly toOpen: readonly ScreenEditInfo[];
  /** Clean tabs whose file changed on disk (the shell wrote it): read them again. */
  readonly toReload: readonly string[];
}

export function reconcile(state: EditorState, files: FilesState): Reconciled {
  const editIds = new Set(files.edits.map((e) => e.id));
  let next: EditorState = { ...state, home: files.home, files: files.files, edits: files.edits };
  // A screen edit that ended (saved, quit, or its command interrupted) takes its tab with it.
  for (const tab of state.open) if (tab.edit !== undefined && !editIds.has(tab.edit.id)) next = withoutTab(next, tab.path);
  const tabbed = new Set(next.open.flatMap((f) => (f.edit === undefined ? [] : [f.edit.id])));
  const toOpen = files.edits.filter((e) => !tabbed.has(e.id));
  const byPath = new Map(files.files.map((f) => [f.path, f]));
  // A tab made here (a new file, a rename) learns its file's stamp from the first list that shows it.
  next = {
    ...next,
    open: next.open.map((tab) => {
      const listed = byPath.get(tab.path);
      return tab.stamp === null && listed !== undefined ? { ...tab, stamp: fileStamp(listed) } : tab;
    }),
  };
  const toReload = next.open
    .filter((tab) => tab.edit === undefined && !isDirty(tab))
    .filter((tab) => {
      const listed = byPath.get(tab.path);
      return listed !== undefined && tab.stamp !== null && fileStamp(listed) !== tab.stamp;
    })
    .map((tab) => tab.path);
  return { state: next, toOpen, toReload };
}

/** How the file list last showed `path`: a change of it means someone else wrote the file. */
export function stampOf(state: EditorState, path: string): string | null {
  const listed = state.files.find((f) => f.path === path);
  return listed === undefined ? null : fileStamp(listed);
}
