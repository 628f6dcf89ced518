// The saved sessions: the current one (autosaved, resumed on reload) and the named snapshots the
// student or trainer takes. A record that cannot be read is kept aside under CORRUPT_KEY, never
// silently dropped.

import type { HostSnapshot } from '../host/api.ts';
import { checkSnapshot } from '../host/session-file.ts';
import type { KeyValueStore } from './kv-store.ts';

export const CURRENT_KEY = 'current';
export const CORRUPT_KEY = 'unreadable';
const SNAPSHOT_PREFIX = 'snapshot:';
/** Each snapshot's id, name and time apart from it, so listing reads no cluster. */
const INFO_PREFIX = 'snapshot-info:';
export const MAX_SNAPSHOTS = 50;

export interface SnapshotInfo {
  readonly id: string;
  readonly name: string;
  /** The sandbox's virtual time when it was taken. */
  readonly timeMs: number;
}

interface SnapshotRecord extends SnapshotInfo {
  readonly snapshot: HostSnapshot;
}

export type LoadResult = { readonly snapshot: HostSnapshot } | { readonly problem: string } | undefined;

export class SessionVault {
  constructor(private readonly store: KeyValueStore) {}

  /** The autosaved session: undefined if none, a problem if it could not be read (it is then kept aside). */
  async loadCurrent(): Promise<LoadResult> {
    const value = await this.store.get(CURRENT_KEY);
    if (value === undefined) return undefined;
    const checked = checkSnapshot(value);
    if (checked.ok) return { snapshot: checked.snapshot };
    await this.store.set(CORRUPT_KEY, value);
    await this.store.delete(CURRENT_KEY);
    return { problem: checked.reason };
  }

  saveCurrent(snapshot: HostSnapshot): Promise<void> {
    return this.store.set(CURRENT_KEY, snapshot);
  }

  clearCurrent(): Promise<void> {
    return this.store.delete(CURRENT_KEY);
  }

  async listSnapshots(): Promise<SnapshotInfo[]> {
    const ids = (await this.store.keys()).filter((k) => k.startsWith(SNAPSHOT_PREFIX)).map((k) => k.slice(SNAPSHOT_PREFIX.length));
    const infos: SnapshotInfo[] = [];
    for (const id of ids) {
      const info = await this.infoOf(id);
      if (info) infos.push(info);
    }
    return infos.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  }

  /** A snapshot's info; a snapshot saved before infos were kept apart is read once and gets one. */
  private async infoOf(id: string): Promise<SnapshotInfo | undefined> {
    const kept = await this.store.get(INFO_PREFIX + id);
    if (isInfo(kept)) return kept;
    const record = await this.store.get(SNAPSHOT_PREFIX + id);
    if (!isRecord(record)) return undefined;
    const info: SnapshotInfo = { id: record.id, name: record.name, timeMs: record.timeMs };
    await this.store.set(INFO_PREFIX + id, info);
    return info;
  }

  /** Saves a named snapshot; past MAX_SNAPSHOTS the oldest goes. */
  async saveSnapshot(name: string, snapshot: HostSnapshot, timeMs: number): Promise<SnapshotInfo> {
    const existing = await this.listSnapshots();
    const next = existing.reduce((n, s) => Math.max(n, Number(s.id) || 0), 0) + 1;
    const info: SnapshotInfo = { id: String(next), name: name.trim() || `#${next}`, timeMs };
    await this.store.set(SNAPSHOT_PREFIX + info.id, { ...info, snapshot } satisfies SnapshotRecord);
    await this.store.set(INFO_PREFIX + info.id, info);
    for (const old of existing.slice(0, Math.max(0, existing.length + 1 - MAX_SNAPSHOTS))) await this.deleteSnapshot(old.id);
    return info;
  }

  async loadSnapshot(id: string): Promise<HostSnapshot | undefined> {
    const record = await this.store.get(SNAPSHOT_PREFIX + id);
    if (!isRecord(record)) return undefined;
    const checked = checkSnapshot(record.snapshot);
    return checked.ok ? checked.snapshot : undefined;
  }

  async deleteSnapshot(id: string): Promise<void> {
    await this.store.delete(SNAPSHOT_PREFIX + id);
    await this.store.delete(INFO_PREFIX + id);
  }

  /** Forgets everything saved: the current session, the snapshots, the unreadable copy. */
  async clearAll(): Promise<void> {
    for (const key of await this.store.keys()) await this.store.delete(key);
  }
}

function isInfo(value: unknown): value is SnapshotInfo {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<SnapshotInfo>;
  return typeof r.id === 'string' && typeof r.name === 'string' && typeof r.timeMs === 'number';
}

function isRecord(value: unknown): value is SnapshotRecord {
  return isInfo(value) && (value as Partial<SnapshotRecord>).snapshot !== undefined;
}
