// Wall-clock time in a time zone, as Go's time.Location gives the cron library: the fields of an
// instant in the zone, and time.Date's mapping of a wall time back to an instant (normalising
// out-of-range fields, resolving gaps and overlaps with Go's rule). UTC is computed directly; other
// IANA zones through Intl's tz database.
// Determinism: named zones depend on the runtime's tz database, the same one for every run of a build.

export interface WallTime {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday. */
  readonly weekday: number;
}

export interface Zone {
  readonly name: string;
  wall(ms: number): WallTime;
  /** Milliseconds to add to UTC to get the wall time at the instant `ms`. */
  offsetMs(ms: number): number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function utcWall(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), weekday: d.getUTCDay(),
  };
}

export const UTC: Zone = { name: 'UTC', wall: utcWall, offsetMs: () => 0 };

class IanaZone implements Zone {
  constructor(readonly name: string, private readonly format: Intl.DateTimeFormat) {}

  offsetMs(ms: number): number {
    const w = this.fields(ms);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - (ms - mod(ms, 1000));
  }

  wall(ms: number): WallTime {
    const w = this.fields(ms);
    return { ...w, weekday: new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() };
  }

  private fields(ms: number): Omit<WallTime, 'weekday'> {
    const parts: Record<string, number> = {};
    for (const p of this.format.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
  }
}

/** time.LoadLocation: "" and "UTC" are UTC; an unknown name throws `unknown time zone <name>`. */
export function loadZone(name: string | undefined): Zone {
  if (name === undefined || name === '' || name === 'UTC') return UTC;
  let format = formatters.get(name);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      throw new Error(`unknown time zone ${name}`);
    }
    formatters.set(name, format);
  }
  return new IanaZone(name, format);
}

/**
 * time.Date(y, mo, d, h, mi, s, 0, zone): fields may overflow (month 13, day 32). A wall time
 * in a gap or overlap takes the offset found at the wall time read as UTC, corrected once (Go's rule).
 */
export function zoneDate(zone: Zone, year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const unix = Date.UTC(year, month - 1, day, hour, minute, second);
  const offset = zone.offsetMs(unix);
  if (offset === 0) return unix;
  const corrected = zone.offsetMs(unix - offset);
  return unix - (corrected === offset ? offset : corrected);
}

/** Go's RFC 3339 of the instant in the zone: 2024-05-02T11:14:00+02:00, `Z` for a zero offset. */
export function rfc3339InZone(ms: number, zone: Zone): string {
  const offset = zone.offsetMs(ms);
  const w = utcWall(ms + offset);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const stamp = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
  if (offset === 0) return `${stamp}Z`;
  const minutes = Math.abs(offset) / 60_000;
  return `${stamp}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}
