// Timestamps as the API shows them. The engine keeps time as integer ms since the Unix epoch.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** RFC 3339 in UTC with second precision, as metav1.Time serializes: 2024-05-02T09:14:07Z. */
/** Seconds formatted lately (objects are stamped with the same few); emptied when it grows past its bound. */
const formatted = new Map<number, string>();
const FORMATTED_LIMIT = 4_096;

export function rfc3339(ms: number): string {
  const second = Math.floor(ms / 1000);
  let text = formatted.get(second);
  if (text === undefined) {
    text = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
    if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
    formatted.set(second, text);
  }
  return text;
}

/** RFC 3339 with microseconds, as metav1.MicroTime serializes (Event.eventTime, Lease renewTime). */
export function rfc3339Micro(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** Timestamps parsed lately (the same few are read again and again); emptied when it grows past its bound. */
const parsed = new Map<string, number | undefined>();
const PARSED_LIMIT = 4_096;

export function parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (parsed.has(value)) return parsed.get(value);
  const ms = Date.parse(value);
  const result = Number.isNaN(ms) ? undefined : ms;
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(value, result);
  return result;
}

/** RFC 1123Z as describe prints it, in the cluster's time zone (UTC): Tue, 14 May 2024 14:53:53 +0000. */
export function rfc1123z(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`;
}

/** apimachinery duration.HumanDuration: truncated, never rounded. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(seconds / 3600);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (hours < 192) {
    const h = hours % 24;
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (days < 365 * 2) return `${days}d`;
  const years = Math.floor(days / 365);
  if (years < 8) {
    const d = days % 365;
    return d === 0 ? `${years}y` : `${years}y${d}d`;
  }
  return `${years}y`;
}

/** Age of a timestamp relative to now, or <unknown> when absent. */
export function age(nowMs: number, timestamp: unknown): string {
  const ms = parseTime(timestamp);
  return ms === undefined ? '<unknown>' : humanDuration(nowMs - ms);
}

/** Go's time.Duration.String() of a whole number of milliseconds: 313ms, 7.264s, 1m20s, 5m0s, 1h0m3s. */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1_000) return `${ms}ms`;
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const seconds = `${((ms % 60_000) / 1_000).toFixed(3).replace(/\.?0+$/, '')}s`;
  if (hours > 0) return `${hours}h${minutes}m${seconds}`;
  return minutes > 0 ? `${minutes}m${seconds}` : seconds;
}
