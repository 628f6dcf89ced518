// UTC calendar arithmetic for `date` and `ls -l`, from integer milliseconds.
// Determinism: computed by hand (days-from-civil) rather than through the host's Date.

export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export const WEEKDAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const MONTHS_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const MS_PER_DAY = 86_400_000;

export interface UtcTime {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  /** 0 = Sunday */
  readonly weekday: number;
  /** 1–366 */
  readonly dayOfYear: number;
}

/** Howard Hinnant's civil_from_days. */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;

export function utcTime(ms: number): UtcTime {
  const days = Math.floor(ms / MS_PER_DAY);
  const msOfDay = ms - days * MS_PER_DAY;
  const { year, month, day } = civilFromDays(days);
  const dayOfYear = (DAYS_BEFORE_MONTH[month - 1] ?? 0) + day + (month > 2 && isLeap(year) ? 1 : 0);
  return {
    year,
    month,
    day,
    hours: Math.floor(msOfDay / 3_600_000),
    minutes: Math.floor(msOfDay / 60_000) % 60,
    seconds: Math.floor(msOfDay / 1000) % 60,
    weekday: (((days + 4) % 7) + 7) % 7,
    dayOfYear,
  };
}

export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
