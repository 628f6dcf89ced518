// The benchmark report: one row per figure, `figure | goal | measured | ratio` (measured / goal,
// above 1 means over budget), as a plain-text table.

export interface Figure {
  readonly figure: string;
  readonly goalMs?: number;
  /** A wall time, or `text` for anything else. */
  readonly ms?: number;
  readonly text?: string;
  /** A goal that is not a wall time (`≤ 170 KB`, `≥ 55 fps`), with its ratio computed by the benchmark. */
  readonly goalText?: string;
  readonly ratio?: number;
}

const HEADER = ['figure', 'goal', 'measured', 'ratio'] as const;

function formatMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1_000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}

function cells(f: Figure): string[] {
  const measured = f.ms !== undefined ? formatMs(f.ms) : (f.text ?? '');
  const goal = f.goalMs !== undefined ? `≤ ${formatMs(f.goalMs)}` : (f.goalText ?? '—');
  const ratio = f.goalMs !== undefined && f.ms !== undefined ? (f.ms / f.goalMs).toFixed(2) : (f.ratio?.toFixed(2) ?? '—');
  return [f.figure, goal, measured, ratio];
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = [[...HEADER], ...figures.map(cells)];
  const widths = HEADER.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  const line = (r: readonly string[]): string =>
    r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}
