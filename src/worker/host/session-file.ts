// The session file: a whole sandbox (cluster, files, options) as JSON, for export and import. Import
// checks the shape before anything is touched, and says what is wrong in plain words.

import { isPlainObject } from '../../engine/index.ts';
import type { HostSnapshot } from './api.ts';

export const SESSION_FILE_FORMAT = 'kubelab-session';
export const SESSION_FILE_VERSION = 1;
/** Larger files are refused before parsing (a session of the course cluster is about 0.5 MB). */
export const MAX_SESSION_FILE_BYTES = 64 * 1024 * 1024;

export type SessionFileResult = { readonly ok: true; readonly snapshot: HostSnapshot } | { readonly ok: false; readonly reason: string };

export function sessionFileText(snapshot: HostSnapshot): string {
  return JSON.stringify({ format: SESSION_FILE_FORMAT, version: SESSION_FILE_VERSION, snapshot });
}

export function parseSessionFile(text: string): SessionFileResult {
  if (text.length > MAX_SESSION_FILE_BYTES) return { ok: false, reason: `the file is larger than ${MAX_SESSION_FILE_BYTES / 1024 / 1024} MB` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the file is not JSON' };
  }
  if (!isPlainObject(data) || data['format'] !== SESSION_FILE_FORMAT) return { ok: false, reason: 'the file is not a kubelab session' };
  if (data['version'] !== SESSION_FILE_VERSION) return { ok: false, reason: `unsupported session version ${JSON.stringify(data['version'])}` };
  return checkSnapshot(data['snapshot']);
}

/** Checks a stored or imported snapshot's shape (its cluster part is checked again as it loads). */
export function checkSnapshot(value: unknown): SessionFileResult {
  if (!isPlainObject(value) || value['version'] !== 1) return { ok: false, reason: 'the session has no snapshot' };
  const options = value['options'];
  if (!isPlainObject(options) || !Number.isInteger(options['seed'])) return { ok: false, reason: 'the session has no seed' };
  if (options['profile'] !== undefined && typeof options['profile'] !== 'string') return { ok: false, reason: 'the session names no profile' };
  const cluster = value['cluster'];
  if (!isPlainObject(cluster) || cluster['version'] !== 2) return { ok: false, reason: 'the session has no cluster' };
  const files = value['files'];
  if (!isPlainObject(files) || !Object.values(files).every((f) => typeof f === 'string')) return { ok: false, reason: 'the session\'s files are damaged' };
  return { ok: true, snapshot: value as unknown as HostSnapshot };
}
