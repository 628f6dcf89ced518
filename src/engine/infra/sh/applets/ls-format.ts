// How ls lays out what it lists: the long format (busybox's fixed widths, GNU's fitted widths),
// modification times as ls prints them, and the column layouts of busybox and GNU on a terminal.
// Mirrors busybox coreutils/ls.c display_single/display_files and GNU ls's calculate_columns.

import type { FsStat } from '../../fs/vfs.ts';

export interface Listed {
  readonly name: string;
  readonly st: FsStat;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HALF_YEAR_MS = 15_778_476_000;
const TERMINAL_WIDTH = 80;

export function modeString(st: FsStat): string {
  const type = st.kind === 'dir' ? 'd' : st.kind === 'chardev' ? 'c' : '-';
  const bits = 'rwxrwxrwx';
  let s = '';
  for (let i = 0; i < 9; i++) s += st.mode & (1 << (8 - i)) ? bits[i] : '-';
  if (st.mode & 0o1000) s = s.slice(0, 8) + (s[8] === 'x' ? 't' : 'T');
  return type + s;
}

/** `Mar 17 08:31` within half a year, else `Mar 17  2024`. */
export function lsTime(mtimeMs: number, nowMs: number): string {
  const d = new Date(mtimeMs);
  const day = String(d.getUTCDate()).padStart(2);
  const age = nowMs - mtimeMs;
  if (age < HALF_YEAR_MS && age > -15 * 60_000) {
    return `${MONTHS[d.getUTCMonth()]} ${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  }
  return `${MONTHS[d.getUTCMonth()]} ${day}  ${d.getUTCFullYear()}`;
}

/** 1 KiB blocks a file occupies on a 4 KiB-block filesystem. */
export function blocksK(st: FsStat): number {
  if (st.kind === 'dir') return 4;
  return Math.ceil(st.size / 4096) * 4;
}

export function humanSize(size: number, gnu: boolean): string {
  if (size < 1024) return String(size);
  const units = ['K', 'M', 'G', 'T'];
  let v = size / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  if (gnu && v >= 10) return `${Math.ceil(v)}${units[u]}`;
  return `${(Math.ceil(v * 10) / 10).toFixed(1)}${units[u]}`;
}

export interface LongOpts {
  readonly gnu: boolean;
  readonly human: boolean;
  readonly numeric: boolean;
  readonly nowMs: number;
}

export function longLines(items: readonly Listed[], names: readonly string[], o: LongOpts): string[] {
  const user = o.numeric ? '0' : 'root';
  const size = (st: FsStat): string => (o.human ? humanSize(st.size, o.gnu) : String(st.size));
  if (!o.gnu) {
    return items.map((it, i) => `${modeString(it.st).padEnd(10)} ${String(it.st.nlink).padStart(4)} ${user.padEnd(8)} ${user.padEnd(8)} ${size(it.st).padStart(9)} ${lsTime(it.st.mtimeMs, o.nowMs)} ${names[i]}`);
  }
  const linkW = Math.max(...items.map((it) => String(it.st.nlink).length));
  const sizeW = Math.max(...items.map((it) => size(it.st).length));
  return items.map((it, i) => `${modeString(it.st)} ${String(it.st.nlink).padStart(linkW)} ${user} ${user} ${size(it.st).padStart(sizeW)} ${lsTime(it.st.mtimeMs, o.nowMs)} ${names[i]}`);
}

/** Names in columns down the screen; `shown` are the names with any colour codes, `widths` their visible lengths. */
export function columns(shown: readonly string[], widths: readonly number[], gnu: boolean): string[] {
  const n = shown.length;
  if (n === 0) return [];
  return gnu ? gnuColumns(shown, widths) : busyboxColumns(shown, widths);
}

function busyboxColumns(shown: readonly string[], widths: readonly number[]): string[] {
  const colWidth = Math.max(...widths) + 2;
  const ncols = Math.max(1, Math.floor(TERMINAL_WIDTH / colWidth));
  const nrows = Math.ceil(shown.length / ncols);
  const out: string[] = [];
  for (let r = 0; r < nrows; r++) {
    let line = '';
    let col = 0;
    for (let c = 0; c < ncols; c++) {
      const i = c * nrows + r;
      if (i >= shown.length) continue;
      if (c > 0) line += ' '.repeat(c * colWidth - col);
      line += shown[i];
      col = c * colWidth + widths[i]!;
    }
    out.push(line);
  }
  return out;
}

function gnuColumns(shown: readonly string[], widths: readonly number[]): string[] {
  const n = shown.length;
  let best = { cols: 1, colW: [Math.max(...widths)] };
  for (let cols = 2; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    if ((cols - 1) * rows >= n) continue;
    const colW: number[] = [];
    for (let c = 0; c < cols; c++) {
      let w = 0;
      for (let r = 0; r < rows; r++) w = Math.max(w, widths[c * rows + r] ?? 0);
      colW.push(w + (c === cols - 1 ? 0 : 2));
    }
    if (colW.reduce((a, b) => a + b, 0) >= TERMINAL_WIDTH) break;
    best = { cols, colW };
  }
  const rows = Math.ceil(n / best.cols);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < best.cols; c++) {
      const i = c * rows + r;
      if (i >= n) continue;
      const last = c === best.cols - 1 || (c + 1) * rows + r >= n;
      line += last ? shown[i] : shown[i] + ' '.repeat(best.colW[c]! - widths[i]!);
    }
    out.push(line);
  }
  return out;
}
