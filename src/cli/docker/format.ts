// How the docker CLI prints: go-units' human durations and sizes, tabwriter tables (min width 10,
// padding 3), the quoted and ellipsised COMMAND column, container states as `docker ps` shows them.
// Mirrors docker/cli cli/command/formatter and docker/go-units.

import type { DockerContainer } from '../../engine/index.ts';

/** go-units HumanDuration. */
export function humanDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 1) return 'Less than a second';
  if (s === 1) return '1 second';
  if (s < 60) return `${s} seconds`;
  const m = Math.floor(s / 60);
  if (m === 1) return 'About a minute';
  if (m < 60) return `${m} minutes`;
  const h = Math.round(s / 3600);
  if (h === 1) return 'About an hour';
  if (h < 48) return `${h} hours`;
  if (h < 24 * 7 * 2) return `${Math.floor(h / 24)} days`;
  if (h < 24 * 30 * 2) return `${Math.floor(h / 24 / 7)} weeks`;
  if (h < 24 * 365 * 2) return `${Math.floor(h / 24 / 30)} months`;
  return `${Math.floor(h / 24 / 365)} years`;
}

/** go-units HumanSizeWithPrecision(size, 3), decimal units. */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < units.length - 1) {
    size /= 1000;
    i++;
  }
  return `${Number(size.toPrecision(3))}${units[i]!}`;
}

/** tabwriter.NewWriter(out, 10, 1, 3, ' ', 0): each column as wide as its widest cell plus 3, at least 10. */
export function table(rows: ReadonlyArray<readonly string[]>): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, [...cell].length); });
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(Math.max(10, widths[i]! + 3)))).join('').trimEnd()).join('\n') + '\n';
}

/** strconv.Quote of the command ellipsised to 20 characters. */
export function commandColumn(c: DockerContainer): string {
  const full = [c.path, ...c.args].join(' ');
  const chars = [...full];
  const cut = chars.length > 20 ? `${chars.slice(0, 19).join('')}…` : full;
  return JSON.stringify(cut);
}

export function statusColumn(c: DockerContainer, nowMs: number): string {
  if (c.status === 'running') return `Up ${humanDuration(nowMs - (c.startedMs ?? nowMs))}`;
  if (c.status === 'created') return 'Created';
  return `Exited (${c.exitCode}) ${humanDuration(nowMs - (c.finishedMs ?? nowMs))} ago`;
}

/** `0.0.0.0:8080->80/tcp, [::]:8080->80/tcp`, exposed-only ports as `80/tcp`. */
export function portsColumn(c: DockerContainer, exposed: readonly string[]): string {
  if (c.status !== 'running') return '';
  const published = c.ports.flatMap((p) => [`0.0.0.0:${p.hostPort}->${p.containerPort}/${p.protocol}`, `[::]:${p.hostPort}->${p.containerPort}/${p.protocol}`]);
  const bare = exposed.filter((e) => !c.ports.some((p) => `${p.containerPort}/${p.protocol}` === e));
  return [...bare, ...published].join(', ');
}

export function ago(ms: number): string {
  return `${humanDuration(ms)} ago`;
}
