// CronJob schedules as robfig/cron/v3 ParseStandard reads them and as its Next computes the
// following activation: five fields or an `@hourly`-style descriptor (with an optional `TZ=`
// prefix), `@every <duration>`, the day-of-month / day-of-week rule (both restricted: either
// matches; one is `*`: both must), DST handled as the library does. The API server has already
// validated the text (apiserver/registry/cronjobs/cron.ts owns the error messages).

import { loadZone, mod, type Zone, zoneDate } from './zone.ts';

export interface Schedule {
  /** The first activation strictly after `ms`, or undefined when none comes within five years. */
  next(ms: number): number | undefined;
}

interface Field {
  readonly values: readonly boolean[];
  /** The field was `*` or `?` (a step of 1 at most): matters for the day rule. */
  readonly star: boolean;
}

interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
}

const MINUTES: Bounds = { min: 0, max: 59 };
const HOURS: Bounds = { min: 0, max: 23 };
const DOM: Bounds = { min: 1, max: 31 };
const MONTHS: Bounds = { min: 1, max: 12, names: ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] };
const DOW: Bounds = { min: 0, max: 6, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] };
const DESCRIPTORS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *', '@midnight': '0 0 * * *', '@hourly': '0 * * * *',
};
const DURATION_UNITS_MS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Bounds Next's search (robfig stops after five years; this caps the steps on the way). */
const MAX_STEPS = 100_000;

/** cron.ParseStandard of a validated schedule; `zoneName` (spec.timeZone) applies unless the text has `TZ=`. */
export function parseSchedule(text: string, zoneName?: string): Schedule {
  let spec = text.trim();
  let zone = loadZone(zoneName);
  const tz = /^(?:CRON_)?TZ=(\S*)\s*/.exec(spec);
  if (tz) {
    zone = loadZone(tz[1]);
    spec = spec.slice(tz[0].length);
  }
  if (spec.startsWith('@every ')) return everySchedule(parseDurationMs(spec.slice('@every '.length)));
  const fields = (DESCRIPTORS[spec] ?? spec).split(/\s+/).filter((f) => f !== '');
  if (fields.length !== 5) throw new Error(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
  const [minute, hour, dom, month, dow] = fields.map((f, i) => parseField(f, [MINUTES, HOURS, DOM, MONTHS, DOW][i]!)) as [Field, Field, Field, Field, Field];
  return new SpecSchedule(zone, minute, hour, dom, month, dow);
}

function parseField(text: string, bounds: Bounds): Field {
  const values = new Array<boolean>(bounds.max + 1).fill(false);
  let star = false;
  for (const expr of text.split(',')) {
    const [range = '', stepText] = expr.split('/');
    const lowHigh = range.split('-');
    let start: number;
    let end: number;
    let isStar = false;
    if (lowHigh[0] === '*' || lowHigh[0] === '?') {
      [start, end, isStar] = [bounds.min, bounds.max, true];
    } else {
      start = valueOf(lowHigh[0]!, bounds);
      end = lowHigh.length === 2 ? valueOf(lowHigh[1]!, bounds) : start;
    }
    let step = 1;
    if (stepText !== undefined) {
      step = Number(stepText);
      if (lowHigh.length === 1) end = bounds.max;
      if (step > 1) isStar = false;
    }
    if (!(step > 0) || start < bounds.min || end > bounds.max || start > end) throw new Error(`invalid cron field ${expr}`);
    for (let v = start; v <= end; v += step) values[v] = true;
    star ||= isStar;
  }
  return { values, star };
}

function valueOf(text: string, bounds: Bounds): number {
  const named = bounds.names?.indexOf(text.toLowerCase()) ?? -1;
  return named >= 0 ? named : Number(text);
}

/** time.ParseDuration for `@every`, in whole milliseconds. */
function parseDurationMs(text: string): number {
  let totalMs = 0;
  const re = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) totalMs += Number(m[1]) * DURATION_UNITS_MS[m[2]!]!;
  return totalMs;
}

/** cron.Every: whole seconds, at least one; the next run is the delay after the current second. */
function everySchedule(durationMs: number): Schedule {
  const delayMs = durationMs < 1000 ? 1000 : durationMs - mod(durationMs, 1000);
  return { next: (ms) => ms - mod(ms, 1000) + delayMs };
}

class SpecSchedule implements Schedule {
  constructor(
    private readonly zone: Zone,
    private readonly minute: Field,
    private readonly hour: Field,
    private readonly dom: Field,
    private readonly month: Field,
    private readonly dow: Field,
  ) {}

  private dayMatches(day: number, weekday: number): boolean {
    const domMatch = this.dom.values[day] === true;
    const dowMatch = this.dow.values[weekday] === true;
    return this.dom.star || this.dow.star ? domMatch && dowMatch : domMatch || dowMatch;
  }

  /** SpecSchedule.Next: walk month, day, hour, minute, second; restart on a wrap. */
  next(fromMs: number): number | undefined {
    const z = this.zone;
    let t = fromMs - mod(fromMs, 1000) + 1000;
    let added = false;
    const yearLimit = z.wall(t).year + 5;
    let steps = 0;
    const step = (): boolean => ++steps <= MAX_STEPS;
    wrap: while (step()) {
      let w = z.wall(t);
      if (w.year > yearLimit) return undefined;
      while (!this.month.values[w.month] && step()) {
        if (!added) [added, t] = [true, zoneDate(z, w.year, w.month, 1, 0, 0, 0)];
        w = z.wall(t);
        t = zoneDate(z, w.year, w.month + 1, w.day, w.hour, w.minute, w.second);
        w = z.wall(t);
        if (w.month === 1) continue wrap;
      }
      while (!this.dayMatches(w.day, w.weekday) && step()) {
        if (!added) [added, t] = [true, zoneDate(z, w.year, w.month, w.day, 0, 0, 0)];
        w = z.wall(t);
        t = zoneDate(z, w.year, w.month, w.day + 1, w.hour, w.minute, w.second);
        w = z.wall(t);
        if (w.hour !== 0) {
          t += (w.hour > 12 ? 24 - w.hour : -w.hour) * 3_600_000;
          w = z.wall(t);
        }
        if (w.day === 1) continue wrap;
      }
      while (!this.hour.values[w.hour] && step()) {
        if (!added) [added, t] = [true, zoneDate(z, w.year, w.month, w.day, w.hour, 0, 0)];
        t += 3_600_000;
        w = z.wall(t);
        if (w.hour === 0) continue wrap;
      }
      while (!this.minute.values[w.minute] && step()) {
        if (!added) [added, t] = [true, t - mod(t, 60_000)];
        t += 60_000;
        w = z.wall(t);
        if (w.minute === 0) continue wrap;
      }
      while (w.second !== 0 && step()) {
        if (!added) [added, t] = [true, t - mod(t, 1000)];
        t += 1000;
        w = z.wall(t);
        if (w.second === 0) continue wrap;
      }
      return steps > MAX_STEPS ? undefined : t;
    }
    return undefined;
  }
}

