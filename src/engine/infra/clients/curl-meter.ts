// curl's progress meter (what it writes on stderr when its output is not a terminal and -s is not
// given) and `-w` write-out variables. Mirrors lib/progress.c (progress_meter, max5data, time2str)
// and src/tool_writeout.c.

import type { RunLog } from './types.ts';

const HEADER = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n';

export interface MeterState {
  /** Bytes expected (Content-Length), when known. */
  readonly totalBytes?: number;
  readonly receivedBytes: number;
  /** Time spent so far. */
  readonly spentMs: number;
}

/** max5data: a size in at most five columns. */
export function max5(bytes: number): string {
  const K = 1024;
  if (bytes < 100_000) return String(bytes).padStart(5);
  if (bytes < 10_000 * K) return `${String(Math.floor(bytes / K)).padStart(4)}k`;
  if (bytes < 100 * K * K) return `${String(Math.floor(bytes / (K * K))).padStart(2)}.${Math.floor((bytes % (K * K)) / (K * K / 10))}M`;
  return `${String(Math.floor(bytes / (K * K))).padStart(4)}M`;
}

/** time2str: `--:--:--` for nothing, else ` H:MM:SS`. */
function time2str(seconds: number): string {
  if (seconds <= 0) return '--:--:--';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${String(h).padStart(2)}:${String(m).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

function percent(total: number, cur: number): number {
  if (total > 10_000) return Math.floor(cur / Math.floor(total / 100));
  return total > 0 ? Math.floor((cur * 100) / total) : 0;
}

/** One meter line, with the carriage return that redraws it in place. */
export function meterLine(s: MeterState): string {
  const secs = Math.floor(s.spentMs / 1000);
  const speed = s.spentMs > 0 ? Math.floor((s.receivedBytes * 1000) / s.spentMs) : 0;
  const known = s.totalBytes !== undefined;
  const expected = known ? s.totalBytes! : s.receivedBytes;
  const dlPercent = known && speed > 0 ? percent(s.totalBytes!, s.receivedBytes) : 0;
  const estSecs = known && speed > 0 ? Math.floor(s.totalBytes! / speed) : 0;
  const pct = (n: number): string => String(n).padStart(3);
  return `\r${pct(percent(expected, s.receivedBytes))} ${max5(expected)}  ${pct(dlPercent)} ${max5(s.receivedBytes)}  ${pct(0)} ${max5(0)}  ` +
    `${max5(speed)}  ${max5(0)} ${time2str(estSecs)} ${time2str(secs)} ${time2str(estSecs > 0 ? estSecs - secs : 0)} ${max5(speed)}`;
}

/** The meter over a wait: the header, the first line, one per second while waiting, the final line. */
export class Meter {
  private started = false;

  constructor(private readonly log: RunLog, private readonly on: boolean) {}

  /** Shows the meter from `fromMs` to `toMs` (relative to the start), one redraw per second. */
  waitUntil(fromMs: number, toMs: number): void {
    if (!this.on) {
      this.log.wait(toMs - this.log.atMs);
      return;
    }
    this.start();
    for (let s = Math.floor(fromMs / 1000) + 1; s * 1000 < toMs; s++) {
      this.log.wait(s * 1000 - this.log.atMs).err(meterLine({ receivedBytes: 0, spentMs: s * 1000 }));
    }
    this.log.wait(toMs - this.log.atMs);
  }

  /** The forced last update and its newline (curl's pgrsDone). */
  done(state: MeterState): void {
    if (!this.on) return;
    this.start();
    this.log.err(`${meterLine(state)}\n`);
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.log.err(HEADER).err(meterLine({ receivedBytes: 0, spentMs: 0 }));
  }
}

export interface WriteOutFacts {
  readonly httpCode: number;
  readonly remoteIp: string;
  readonly remotePort: number;
  readonly sizeDownload: number;
  readonly totalMs: number;
  readonly url: string;
  readonly contentType?: string;
  readonly numRedirects: number;
}

/** `-w FORMAT`: `%{var}` and backslash escapes. */
export function writeOut(format: string, f: WriteOutFacts): string {
  const secs = (ms: number): string => (ms / 1000).toFixed(6);
  const vars: Record<string, string> = {
    http_code: String(f.httpCode).padStart(3, '0'), response_code: String(f.httpCode).padStart(3, '0'),
    remote_ip: f.remoteIp, remote_port: f.remotePort ? String(f.remotePort) : '', size_download: String(f.sizeDownload),
    time_total: secs(f.totalMs), time_connect: secs(Math.min(f.totalMs, 1)), time_namelookup: secs(0),
    url_effective: f.url, url: f.url, content_type: f.contentType ?? '', num_redirects: String(f.numRedirects),
  };
  return format
    .replace(/%\{([a-z_]+)\}/g, (m, name: string) => vars[name] ?? '')
    .replace(/\\([nrt\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', '\\': '\\' })[c]!);
}
