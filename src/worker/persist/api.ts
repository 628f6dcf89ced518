// What the browser host adds to the host API for keeping sessions: named snapshots, export and
// import of a session file, and saving now (the page asks before it goes away).

import type { SnapshotInfo } from './vault.ts';

export type { SnapshotInfo } from './vault.ts';

/** How boot went: whether the autosaved session came back, and why not if it could not be read. */
export interface BootResult {
  readonly resumed: boolean;
  readonly problem?: string;
}

export type ImportResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface PersistenceApi {
  listSnapshots(): Promise<SnapshotInfo[]>;
  /** Takes a named snapshot of the whole sandbox now. */
  saveSnapshot(name: string): Promise<SnapshotInfo>;
  /** Puts the sandbox back as the snapshot was; false if it is gone or unreadable (nothing changes then). */
  restoreSnapshot(id: string): Promise<boolean>;
  deleteSnapshot(id: string): Promise<void>;
  /** The session file's text (JSON). */
  exportSession(): string;
  /** Replaces the sandbox by a session file's; a file that is not one changes nothing and says why. */
  importSession(text: string): ImportResult;
  /** Saves the current session at once (autosave does it every few seconds anyway). */
  saveNow(): Promise<void>;
  /** Clears the browser's saved data (broken or full storage), then saves the running session afresh. */
  clearSavedData(): Promise<void>;
}
