// `date [-u] [-d @SECONDS] [+FORMAT]`: the virtual time in UTC, formatted as GNU date does
// (`Thu Nov 26 19:54:11 UTC 2026` by default).

import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail } from './args.ts';
import { MONTHS, MONTHS_LONG, WEEKDAYS, WEEKDAYS_LONG, pad2, utcTime } from './calendar.ts';
import type { UtcTime } from './calendar.ts';

const DEFAULT_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

type Field = (t: UtcTime, ms: number) => string;

const FIELDS: Readonly<Record<string, Field>> = {
  a: (t) => WEEKDAYS[t.weekday] ?? '',
  A: (t) => WEEKDAYS_LONG[t.weekday] ?? '',
  b: (t) => MONTHS[t.month - 1] ?? '',
  h: (t) => MONTHS[t.month - 1] ?? '',
  B: (t) => MONTHS_LONG[t.month - 1] ?? '',
  Y: (t) => String(t.year),
  y: (t) => pad2(t.year % 100),
  m: (t) => pad2(t.month),
  d: (t) => pad2(t.day),
  e: (t) => String(t.day).padStart(2),
  H: (t) => pad2(t.hours),
  I: (t) => pad2(((t.hours + 11) % 12) + 1),
  p: (t) => (t.hours < 12 ? 'AM' : 'PM'),
  M: (t) => pad2(t.minutes),
  S: (t) => pad2(t.seconds),
  j: (t) => String(t.dayOfYear).padStart(3, '0'),
  s: (_, ms) => String(Math.floor(ms / 1000)),
  N: (_, ms) => String((((ms % 1000) + 1000) % 1000) * 1_000_000).padStart(9, '0'),
  Z: () => 'UTC',
  z: () => '+0000',
  F: (t) => `${t.year}-${pad2(t.month)}-${pad2(t.day)}`,
  T: (t) => `${pad2(t.hours)}:${pad2(t.minutes)}:${pad2(t.seconds)}`,
  D: (t) => `${pad2(t.month)}/${pad2(t.day)}/${pad2(t.year % 100)}`,
  n: () => '\n',
  t: () => '\t',
  '%': () => '%',
};

function formatDate(ms: number, format: string): string {
  const t = utcTime(ms);
  return format.replace(/%(.)/gs, (whole, key: string) => FIELDS[key]?.(t, ms) ?? whole);
}

function invalidDate(ctx: CommandContext, text: string): number {
  ctx.io.stderr.write(`date: invalid date '${text}'\n`);
  return 1;
}

function date(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 'uR', valued: 'd', long: { utc: 'u', universal: 'u', date: 'd' } });
  if (typeof args === 'number') return args;
  const dateText = args.values.get('d');
  let ms = ctx.nowMs();
  if (dateText !== undefined && dateText !== 'now') {
    const match = /^@(-?[0-9]+)$/.exec(dateText);
    if (match === null) return invalidDate(ctx, dateText);
    ms = Number(match[1]) * 1000;
  }
  const [operand, extra] = args.operands;
  if (extra !== undefined) return invalidDate(ctx, extra);
  if (operand !== undefined && !operand.startsWith('+')) return invalidDate(ctx, operand);
  const format = operand?.slice(1) ?? (args.flags.has('R') ? '%a, %d %b %Y %H:%M:%S %z' : DEFAULT_FORMAT);
  ctx.io.stdout.write(`${formatDate(ms, format)}\n`);
  return 0;
}

export const DATE: CommandSpec = { name: 'date', path: '/usr/bin/date', run: date };
