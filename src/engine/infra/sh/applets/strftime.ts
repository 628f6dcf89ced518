// strftime(3) in UTC for `date +FORMAT` and the default formats of date (C locale).

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const p2 = (n: number): string => String(n).padStart(2, '0');

function dayOfYear(d: Date): number {
  return Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const conv = (c: string): string | undefined => {
    switch (c) {
      case 'a': return DAYS[d.getUTCDay()]!.slice(0, 3);
      case 'A': return DAYS[d.getUTCDay()];
      case 'b':
      case 'h': return MONTHS[d.getUTCMonth()]!.slice(0, 3);
      case 'B': return MONTHS[d.getUTCMonth()];
      case 'c': return strftime('%a %b %e %H:%M:%S %Y', ms);
      case 'C': return p2(Math.floor(d.getUTCFullYear() / 100));
      case 'd': return p2(d.getUTCDate());
      case 'D': return strftime('%m/%d/%y', ms);
      case 'e': return String(d.getUTCDate()).padStart(2);
      case 'F': return strftime('%Y-%m-%d', ms);
      case 'H': return p2(h);
      case 'I': return p2(h % 12 || 12);
      case 'j': return String(dayOfYear(d)).padStart(3, '0');
      case 'k': return String(h).padStart(2);
      case 'l': return String(h % 12 || 12).padStart(2);
      case 'm': return p2(d.getUTCMonth() + 1);
      case 'M': return p2(d.getUTCMinutes());
      case 'n': return '\n';
      case 'N': return `${String(d.getUTCMilliseconds()).padStart(3, '0')}000000`;
      case 'p': return h < 12 ? 'AM' : 'PM';
      case 'P': return h < 12 ? 'am' : 'pm';
      case 'r': return strftime('%I:%M:%S %p', ms);
      case 'R': return strftime('%H:%M', ms);
      case 's': return String(Math.floor(ms / 1000));
      case 'S': return p2(d.getUTCSeconds());
      case 't': return '\t';
      case 'T': return strftime('%H:%M:%S', ms);
      case 'u': return String(d.getUTCDay() || 7);
      case 'w': return String(d.getUTCDay());
      case 'x': return strftime('%m/%d/%y', ms);
      case 'X': return strftime('%H:%M:%S', ms);
      case 'y': return p2(d.getUTCFullYear() % 100);
      case 'Y': return String(d.getUTCFullYear());
      case 'z': return '+0000';
      case 'Z': return 'UTC';
      case '%': return '%';
      default: return undefined;
    }
  };
  return format.replace(/%([-_0^#]?)([A-Za-z%])/g, (all, flag: string, c: string) => {
    const v = conv(c);
    if (v === undefined) return all;
    if (flag === '-') return v.replace(/^[0 ]+(?=\d)/, '');
    if (flag === '_') return v.replace(/^0/, ' ');
    if (flag === '^') return v.toUpperCase();
    return v;
  });
}
