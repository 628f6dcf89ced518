// The timestamp formats the images' programs print, all in UTC (containers run with TZ unset):
// nginx error and access logs, HTTP dates, Apache, Go's log package, klog, Redis, MySQL, PostgreSQL.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

interface Parts {
  readonly y: number;
  readonly mo: number;
  readonly d: number;
  readonly h: number;
  readonly mi: number;
  readonly s: number;
  readonly ms: number;
  readonly wd: number;
}

function parts(ms: number): Parts {
  const t = new Date(ms);
  return {
    y: t.getUTCFullYear(), mo: t.getUTCMonth(), d: t.getUTCDate(), h: t.getUTCHours(), mi: t.getUTCMinutes(),
    s: t.getUTCSeconds(), ms: t.getUTCMilliseconds(), wd: t.getUTCDay(),
  };
}

const clock = (p: Parts): string => `${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;
const isoDate = (p: Parts): string => `${p.y}-${pad(p.mo + 1)}-${pad(p.d)}`;

/** nginx error log and Go's `log` package: `2025/03/17 08:31:02`. */
export function slashTime(ms: number): string {
  const p = parts(ms);
  return `${p.y}/${pad(p.mo + 1)}/${pad(p.d)} ${clock(p)}`;
}

/** Common Log Format (nginx, httpd access logs): `17/Mar/2025:08:31:02 +0000`. */
export function clfTime(ms: number): string {
  const p = parts(ms);
  return `${pad(p.d)}/${MONTHS[p.mo]}/${p.y}:${clock(p)} +0000`;
}

/** RFC 1123 as HTTP's Date and Last-Modified headers carry it: `Mon, 17 Mar 2025 08:31:02 GMT`. */
export function httpDate(ms: number): string {
  const p = parts(ms);
  return `${DAYS[p.wd]}, ${pad(p.d)} ${MONTHS[p.mo]} ${p.y} ${clock(p)} GMT`;
}

/** Apache's error log: `Mon Mar 17 08:31:02.123456 2025` (microseconds from the ms). */
export function apacheTime(ms: number): string {
  const p = parts(ms);
  return `${DAYS[p.wd]} ${MONTHS[p.mo]} ${pad(p.d)} ${clock(p)}.${pad(p.ms, 3)}${pad((ms * 7) % 1000, 3)} ${p.y}`;
}

/** klog's header time: `0317 08:31:02.123456`. */
export function klogTime(ms: number): string {
  const p = parts(ms);
  return `${pad(p.mo + 1)}${pad(p.d)} ${clock(p)}.${pad(p.ms, 3)}${pad((ms * 13) % 1000, 3)}`;
}

/** Redis: `17 Mar 2025 08:31:02.123`. */
export function redisTime(ms: number): string {
  const p = parts(ms);
  return `${pad(p.d)} ${MONTHS[p.mo]} ${p.y} ${clock(p)}.${pad(p.ms, 3)}`;
}

/** Redis 3.x, without the year: `17 Mar 08:31:02.123`. */
export function redisTimeNoYear(ms: number): string {
  const p = parts(ms);
  return `${pad(p.d)} ${MONTHS[p.mo]} ${clock(p)}.${pad(p.ms, 3)}`;
}

/** Entrypoint scripts' `date --rfc-3339=seconds`: `2025-03-17 08:31:02+00:00`. */
export function rfc3339Seconds(ms: number): string {
  const p = parts(ms);
  return `${isoDate(p)} ${clock(p)}+00:00`;
}

/** MySQL's error log: `2025-03-17T08:31:02.123456Z`. */
export function isoMicros(ms: number): string {
  const p = parts(ms);
  return `${isoDate(p)}T${clock(p)}.${pad(p.ms, 3)}${pad((ms * 11) % 1000, 3)}Z`;
}

/** PostgreSQL's log_line_prefix `%m`: `2025-03-17 08:31:02.123 UTC`. */
export function postgresTime(ms: number): string {
  const p = parts(ms);
  return `${isoDate(p)} ${clock(p)}.${pad(p.ms, 3)} UTC`;
}

/** MongoDB's structured log `$date`: `2025-03-17T08:31:02.123+00:00`. */
export function mongoTime(ms: number): string {
  const p = parts(ms);
  return `${isoDate(p)}T${clock(p)}.${pad(p.ms, 3)}+00:00`;
}

/** Python http.server's log: `17/Mar/2025 08:31:02`. */
export function pythonLogTime(ms: number): string {
  const p = parts(ms);
  return `${pad(p.d)}/${MONTHS[p.mo]}/${p.y} ${clock(p)}`;
}

/** Elastic Beats' JSON `@timestamp`: `2025-03-17T08:31:02.123Z`. */
export function isoMillis(ms: number): string {
  const p = parts(ms);
  return `${isoDate(p)}T${clock(p)}.${pad(p.ms, 3)}Z`;
}

/** Go's time.Time.String() in UTC: `2025-03-17 08:31:02.123 +0000 UTC` (nanoseconds from the ms). */
export function goTimeString(ms: number): string {
  const p = parts(ms);
  return `${isoDate(p)} ${clock(p)}.${pad(p.ms, 3)}000000 +0000 UTC`;
}

/** Calico's log time: `2025-03-17 08:31:02.123`. */
export function calicoTime(ms: number): string {
  const p = parts(ms);
  return `${isoDate(p)} ${clock(p)}.${pad(p.ms, 3)}`;
}
