// dig's command line: `@server`, `-t TYPE`, `-x ADDR`, `-p`, `-4`, `-v`, a type or class operand,
// `+[no]keyword[=value]` display and query options (unique prefixes accepted), and its `;; WHEN:`
// time. Mirrors bind9 bin/dig/dig.c (parse_args, plus_option, usage).

import type { DnsType } from '../net.ts';
import type { DigSections } from './dig-message.ts';
import { IPV4 } from './types.ts';

const TYPES: readonly DnsType[] = ['A', 'AAAA', 'CNAME', 'SRV', 'PTR', 'TXT', 'NS', 'SOA', 'MX'];

export const DIG_USAGE = 'Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}\n' +
  '            {global-d-opt} host [@local-server] {local-d-opt}\n' +
  '            [ host [@local-server] {local-d-opt} [...]]\n\n' +
  'Use "dig -h" (or "dig -h | more") for complete list of options\n';

export interface DigQuery {
  readonly name: string;
  readonly type: DnsType;
  readonly server: string | undefined;
  /** `-x`: the name is the address's in-addr.arpa name. */
  readonly reverse: boolean;
  readonly search: boolean;
  readonly short: boolean;
  readonly timeS: number;
  readonly tries: number;
  readonly show: DigSections & { readonly cmd: boolean; readonly stats: boolean };
  readonly version: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Display = keyof DigQuery['show'];

const DISPLAY: readonly Display[] = ['cmd', 'comments', 'question', 'answer', 'authority', 'additional', 'stats'];
/** Query options dig knows and this sandbox accepts without effect (the transport is always UDP). */
const ACCEPTED = ['recurse', 'tcp', 'vc', 'ignore', 'fail', 'edns', 'cookie', 'ndots', 'bufsize', 'identify', 'ttlid', 'class', 'multiline'];
const KEYWORDS = ['all', 'short', 'search', 'time', 'tries', 'retry', ...DISPLAY, ...ACCEPTED];

/** Parses dig's arguments; an error carries the whole text dig prints to stderr. */
export function parseDigArgs(args: readonly string[]): DigQuery | { readonly error: string } {
  const show: Mutable<DigQuery['show']> = { cmd: true, comments: true, question: true, answer: true, authority: true, additional: true, stats: true };
  const q: Mutable<Omit<DigQuery, 'show'>> = { name: '', type: 'A', server: undefined, reverse: false, search: false, short: false, timeS: 5, tries: 3, version: false };
  let typeGiven = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('@')) q.server = a.slice(1);
    else if (a.startsWith('+')) {
      const bad = plusOption(a.slice(1), q, show);
      if (bad) return { error: `Invalid option: ${a}\n${DIG_USAGE}` };
    } else if (a.startsWith('-') && a.length > 1) {
      const flag = a[1]!;
      if (flag === 'v') q.version = true;
      else if (flag === '4' || flag === '6') continue;
      else if ('txpcqfbky'.includes(flag)) {
        const value = a.length > 2 ? a.slice(2) : args[++i];
        if (value === undefined) return { error: `${DIG_USAGE}` };
        if (flag === 't') {
          const t = TYPES.find((x) => x === value.toUpperCase());
          if (t) [q.type, typeGiven] = [t, true];
        } else if (flag === 'x') {
          q.name = IPV4.test(value) ? `${value.split('.').reverse().join('.')}.in-addr.arpa.` : value;
          q.reverse = true;
          if (!typeGiven) q.type = 'PTR';
        } else if (flag === 'q') q.name = value;
      } else return { error: `Invalid option: ${a}\n${DIG_USAGE}` };
    } else {
      const t = TYPES.find((x) => x === a.toUpperCase());
      if (t && !typeGiven) [q.type, typeGiven] = [t, true];
      else if (a.toUpperCase() !== 'IN') q.name = a;
    }
  }
  if (q.short) Object.assign(show, { cmd: false, comments: false, question: false, authority: false, additional: false, stats: false });
  return { ...q, show };
}

/** One `+keyword`; true when dig would reject it. */
function plusOption(opt: string, q: Mutable<Omit<DigQuery, 'show'>>, show: Mutable<DigQuery['show']>): boolean {
  const eq = opt.indexOf('=');
  const raw = eq < 0 ? opt : opt.slice(0, eq);
  const value = eq < 0 ? undefined : opt.slice(eq + 1);
  const on = !raw.startsWith('no');
  const word = on ? raw : raw.slice(2);
  const matches = KEYWORDS.filter((k) => k.startsWith(word));
  const key = matches.includes(word) ? word : matches.length === 1 && word.length >= 2 ? matches[0]! : undefined;
  if (key === undefined) return true;
  if (key === 'all') for (const d of DISPLAY) show[d] = on;
  else if (key === 'short') q.short = on;
  else if (key === 'search') q.search = on;
  else if (key === 'time') q.timeS = Math.max(1, Number(value) || 1);
  else if (key === 'tries') q.tries = Math.max(1, Number(value) || 1);
  else if (key === 'retry') q.tries = Math.max(0, Number(value) || 0) + 1;
  else if ((DISPLAY as readonly string[]).includes(key)) show[key as Display] = on;
  return false;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `;; WHEN:` as dig prints it in a container without TZ: `Mon Mar 17 08:30:33 UTC 2025`. */
export function digWhen(ms: number): string {
  const t = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const clock = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  return `${DAYS[t.getUTCDay()]} ${MONTHS[t.getUTCMonth()]} ${pad(t.getUTCDate())} ${clock} UTC ${t.getUTCFullYear()}`;
}
