// A validator for CronJob schedules with the error texts of robfig/cron/v3 ParseStandard: five
// fields (minute hour day-of-month month day-of-week), ranges, steps, names, `@hourly`-style
// descriptors and `@every <duration>`. Validation only: the controller computes run times itself.

interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FIELDS: readonly Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: Object.fromEntries(MONTH_NAMES.map((n, i) => [n, i + 1])) },
  { min: 0, max: 6, names: Object.fromEntries(DAY_NAMES.map((n, i) => [n, i])) },
];
const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const INT64_MAX = 9223372036854775807n;

class CronError extends Error {}

/** Returns the parser's error message, or undefined when the schedule is valid. */
export function cronScheduleError(schedule: string): string | undefined {
  try {
    parseStandard(schedule);
    return undefined;
  } catch (e) {
    if (e instanceof CronError) return e.message;
    throw e;
  }
}

function parseStandard(input: string): void {
  if (input.length === 0) throw new CronError('empty spec string');
  let spec = input;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    const location = spec.slice(spec.indexOf('=') + 1, space < 0 ? undefined : space);
    const problem = timeZoneError(location);
    if (problem) throw new CronError(`provided bad location ${location}: ${problem}`);
    spec = space < 0 ? '' : spec.slice(space).trim();
  }
  if (spec.startsWith('@')) return parseDescriptor(spec);
  const fields = spec.split(/\s+/).filter((f) => f !== '');
  if (fields.length !== 5) throw new CronError(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
  fields.forEach((f, i) => f.split(',').filter((r) => r !== '').forEach((r) => parseRange(r, FIELDS[i]!)));
}

function parseDescriptor(spec: string): void {
  if (DESCRIPTORS.has(spec)) return;
  if (spec.startsWith('@every ')) {
    const problem = durationError(spec.slice('@every '.length));
    if (problem) throw new CronError(`failed to parse duration ${spec}: ${problem}`);
    return;
  }
  throw new CronError(`unrecognized descriptor: ${spec}`);
}

function parseRange(expr: string, bounds: Bounds): void {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0]!.split('-');
  let start: number;
  let end: number;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = bounds.min;
    end = bounds.max;
  } else {
    start = parseIntOrName(lowAndHigh[0]!, bounds.names);
    if (lowAndHigh.length > 2) throw new CronError(`too many hyphens: ${expr}`);
    end = lowAndHigh.length === 2 ? parseIntOrName(lowAndHigh[1]!, bounds.names) : start;
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = mustParseInt(rangeAndStep[1]!);
    if (lowAndHigh.length === 1) end = bounds.max;
  } else if (rangeAndStep.length > 2) throw new CronError(`too many slashes: ${expr}`);
  if (start < bounds.min) throw new CronError(`beginning of range (${start}) below minimum (${bounds.min}): ${expr}`);
  if (end > bounds.max) throw new CronError(`end of range (${end}) above maximum (${bounds.max}): ${expr}`);
  if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new CronError(`step of range should be a positive number: ${expr}`);
}

function parseIntOrName(expr: string, names: Bounds['names']): number {
  const named = names?.[expr.toLowerCase()];
  return named ?? mustParseInt(expr);
}

/** strconv.Atoi plus the parser's non-negative rule. */
function mustParseInt(expr: string): number {
  if (!/^[+-]?\d+$/.test(expr)) throw new CronError(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`);
  const big = BigInt(expr);
  if (big > INT64_MAX || big < -INT64_MAX - 1n) throw new CronError(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: value out of range`);
  const n = Number(big);
  if (n < 0) throw new CronError(`negative number (${n}) not allowed: ${expr}`);
  return n;
}

/** time.ParseDuration's errors for the common mistakes. */
function durationError(text: string): string | undefined {
  const quoted = JSON.stringify(text);
  if (text === '0') return undefined;
  const body = text.replace(/^[+-]/, '');
  if (body === '') return `time: invalid duration ${quoted}`;
  const units = /^(?:(?:\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/;
  if (units.test(body)) return undefined;
  const unit = /^(?:\d+\.?\d*|\.\d+)([^\d.]+)/.exec(body)?.[1];
  if (unit && /^[^\d.]+$/.test(unit)) return `time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}`;
  if (/^(?:\d+\.?\d*|\.\d+)$/.test(body)) return `time: missing unit in duration ${quoted}`;
  return `time: invalid duration ${quoted}`;
}

/**
 * time.LoadLocation stand-in. Deviation from upstream: there is no tz database in the engine, so any
 * IANA-shaped name (`Area/City`, `UTC`, `Etc/GMT+5`) is accepted.
 */
export function timeZoneError(name: string): string | undefined {
  if (name === 'UTC' || name === 'Local' || name === '') return undefined;
  return /^[A-Z][A-Za-z_+-]*(\/[A-Za-z0-9_+-]+){1,2}$/.test(name) || /^[A-Z]{3,5}\d?$/.test(name) ? undefined : `unknown time zone ${name}`;
}
