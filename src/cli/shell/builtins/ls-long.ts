// `ls -l` rows: mode, links, owner, group, size, modification time and name, in aligned columns,
// with GNU's `total` in 1K blocks and its six-month rule for showing the year instead of the time.

import type { CommandContext } from '../types.ts';
import { MONTHS, pad2, utcTime } from './calendar.ts';
import type { FsEntryInfo } from '../../fs/virtual-fs.ts';

export interface Entry {
  readonly name: string;
  readonly path: string;
  readonly info: FsEntryInfo;
}

const BLOCK_BYTES = 4096;
const SIX_MONTHS_MS = 15_778_476_000;

function blocksKiB(entry: Entry): number {
  return Math.ceil(entry.info.size / BLOCK_BYTES) * (BLOCK_BYTES / 1024);
}

function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < 4) {
    value /= 1024;
    unit += 1;
  }
  const text = value < 10 ? (Math.ceil(value * 10) / 10).toFixed(1) : String(Math.ceil(value));
  return `${text}${'KMGT'.charAt(unit - 1)}`;
}

function timestamp(mtimeMs: number, nowMs: number): string {
  const t = utcTime(mtimeMs);
  const date = `${MONTHS[t.month - 1] ?? ''} ${String(t.day).padStart(2)}`;
  const recent = mtimeMs <= nowMs && nowMs - mtimeMs < SIX_MONTHS_MS;
  return recent ? `${date} ${pad2(t.hours)}:${pad2(t.minutes)}` : `${date}  ${t.year}`;
}

function linkCount(ctx: CommandContext, entry: Entry): number {
  if (entry.info.type === 'file') return 1;
  return 2 + ctx.fs.readdir(entry.path).filter((name) => ctx.fs.stat(`${entry.path === '/' ? '' : entry.path}/${name}`)?.type === 'dir').length;
}

export function longListing(
  ctx: CommandContext,
  entries: readonly Entry[],
  names: readonly string[],
  options: { total: boolean; human: boolean },
): string {
  const owner = ctx.vars.get('USER') ?? 'root';
  const rows = entries.map((entry, index) => ({
    mode: entry.info.type === 'dir' ? 'drwxr-xr-x' : '-rw-r--r--',
    links: String(linkCount(ctx, entry)),
    size: options.human ? humanSize(entry.info.size) : String(entry.info.size),
    time: timestamp(entry.info.mtimeMs, ctx.nowMs()),
    name: names[index] ?? entry.name,
  }));
  const linkWidth = Math.max(0, ...rows.map((row) => row.links.length));
  const sizeWidth = Math.max(0, ...rows.map((row) => row.size.length));
  const lines = rows.map(
    (row) => `${row.mode} ${row.links.padStart(linkWidth)} ${owner} ${owner} ${row.size.padStart(sizeWidth)} ${row.time} ${row.name}\n`,
  );
  const totalKiB = entries.reduce((sum, entry) => sum + blocksKiB(entry), 0);
  const total = options.total ? `total ${options.human ? humanSize(totalKiB * 1024) : totalKiB}\n` : '';
  return total + lines.join('');
}
