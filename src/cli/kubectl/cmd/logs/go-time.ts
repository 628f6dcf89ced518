// Go's time.ParseDuration and time.Parse(time.RFC3339, …) with their exact error texts, for the
// duration and time flags of logs and exec (--since, --since-time, --pod-running-timeout).

import { goQuote } from '../../../../engine/index.ts';

const UNIT_MS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** time.ParseDuration: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, or "0"; the value in ms. */
export function parseGoDuration(text: string): Parsed<number> {
  const invalid = { ok: false, error: `time: invalid duration ${goQuote(text)}` } as const;
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return { ok: true, value: 0 };
  if (rest === '') return invalid;
  let totalMs = 0;
  while (rest !== '') {
    const number = /^(\d*)(\.\d*)?/.exec(rest)![0];
    if (number === '' || number === '.') return invalid;
    rest = rest.slice(number.length);
    const unit = /^[^0-9.]*/.exec(rest)![0];
    if (unit === '') return { ok: false, error: `time: missing unit in duration ${goQuote(text)}` };
    const scale = UNIT_MS[unit];
    if (scale === undefined) return { ok: false, error: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(text)}` };
    rest = rest.slice(unit.length);
    totalMs += Number(number.endsWith('.') ? number.slice(0, -1) || '0' : number) * scale;
  }
  return { ok: true, value: sign * totalMs };
}

const RFC3339_LAYOUT = '2006-01-02T15:04:05Z07:00';

/** The layout's elements: a fixed-width number (with its range) or a literal. */
const ELEMENTS: ReadonlyArray<{ readonly layout: string; readonly digits?: number; readonly max?: number; readonly range?: string }> = [
  { layout: '2006', digits: 4 }, { layout: '-' }, { layout: '01', digits: 2, max: 12, range: 'month' }, { layout: '-' },
  { layout: '02', digits: 2, max: 31, range: 'day' }, { layout: 'T' }, { layout: '15', digits: 2, max: 23, range: 'hour' }, { layout: ':' },
  { layout: '04', digits: 2, max: 59, range: 'minute' }, { layout: ':' }, { layout: '05', digits: 2, max: 59, range: 'second' },
];

/** time.Parse(time.RFC3339, text): ms since the epoch, or Go's `parsing time …` error. */
export function parseRfc3339(text: string): Parsed<number> {
  const fail = (detail: string): Parsed<number> => ({ ok: false, error: `parsing time ${goQuote(text)}${detail}` });
  const cannot = (rest: string, element: string): Parsed<number> => fail(` as ${goQuote(RFC3339_LAYOUT)}: cannot parse ${goQuote(rest)} as ${goQuote(element)}`);
  let rest = text;
  const fields: number[] = [];
  for (const e of ELEMENTS) {
    if (e.digits === undefined) {
      if (!rest.startsWith(e.layout)) return cannot(rest, e.layout);
      rest = rest.slice(e.layout.length);
      continue;
    }
    const digits = rest.slice(0, e.digits);
    if (!new RegExp(`^\\d{${e.digits}}$`).test(digits)) return cannot(rest, e.layout);
    const value = Number(digits);
    if (e.max !== undefined && (value > e.max || (e.range === 'month' || e.range === 'day' ? value < 1 : false))) return fail(`: ${e.range} out of range`);
    fields.push(value);
    rest = rest.slice(e.digits);
  }
  const fraction = /^\.\d+/.exec(rest)?.[0] ?? '';
  rest = rest.slice(fraction.length);
  let offsetMin = 0;
  if (rest.startsWith('Z')) rest = rest.slice(1);
  else {
    const zone = /^([+-])(\d\d):(\d\d)/.exec(rest);
    if (!zone) return cannot(rest, 'Z07:00');
    offsetMin = (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
    rest = rest.slice(zone[0].length);
  }
  if (rest !== '') return fail(`: extra text: ${goQuote(rest)}`);
  const [year, month, day, hour, minute, second] = fields as [number, number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(Number(`0${fraction || '.0'}`) * 1000);
  return { ok: true, value: ms - offsetMin * 60_000 };
}
