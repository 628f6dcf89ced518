// `printf FORMAT [ARG]...` (bash's builtin): %s %b %q %c %d %i %u %x %X %o %f %e %g %% with flags,
// width and precision; the format is reused while arguments remain.

import { decodeEscapes } from '../escapes.ts';
import { EXIT_STATUS } from '../exit-status.ts';
import type { CommandContext, CommandSpec } from '../types.ts';

/** Invariant: a width or precision never makes a string larger than this. */
const MAX_FIELD_WIDTH = 100_000;
const CONVERSION = /%([-+ 0#]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([sbqcdiuxXofeEgG%])/g;

interface Spec {
  readonly flags: string;
  readonly width: number | undefined;
  readonly precision: number | undefined;
}

class Args {
  private index = 0;
  failed = false;

  constructor(
    private readonly values: readonly string[],
    private readonly ctx: CommandContext,
  ) {}

  get consumed(): number {
    return this.index;
  }

  get remaining(): boolean {
    return this.index < this.values.length;
  }

  text(): string {
    const value = this.values[this.index] ?? '';
    this.index += 1;
    return value;
  }

  number(): number {
    const raw = this.text();
    const text = raw.trim();
    if (text === '') return 0;
    if (/^['"]/.test(text)) return text.codePointAt(1) ?? 0;
    const value = /^[+-]?(0x[0-9a-f]+|[0-9]+(\.[0-9]*)?|\.[0-9]+)(e[+-]?[0-9]+)?$/i.test(text) ? Number(text) : Number.NaN;
    if (Number.isNaN(value)) {
      this.ctx.io.stderr.write(`bash: printf: ${raw}: invalid number\n`);
      this.failed = true;
      return 0;
    }
    return value;
  }

  integer(): number {
    const before = this.index;
    const value = this.number();
    if (!Number.isInteger(value) && !this.failed) {
      this.ctx.io.stderr.write(`bash: printf: ${this.values[before] ?? ''}: invalid number\n`);
      this.failed = true;
    }
    return Math.trunc(value);
  }
}

function shellQuote(text: string): string {
  if (text === '') return "''";
  return text.replace(/[^A-Za-z0-9_\-.,:/@%+=]/g, '\\$&');
}

function pad(text: string, spec: Spec, numeric: boolean): string {
  const width = spec.width ?? 0;
  if (text.length >= width) return text;
  if (spec.flags.includes('-')) return text.padEnd(width);
  if (numeric && spec.flags.includes('0')) {
    const sign = /^[+\- ]/.test(text) ? text.charAt(0) : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width);
}

function signed(value: number, text: string, flags: string): string {
  if (value < 0 || Object.is(value, -0)) return text;
  return flags.includes('+') ? `+${text}` : flags.includes(' ') ? ` ${text}` : text;
}

function convert(conversion: string, spec: Spec, args: Args): string {
  const precision = spec.precision;
  switch (conversion) {
    case 's':
    case 'b':
    case 'q': {
      const raw = args.text();
      const text = conversion === 'b' ? decodeEscapes(raw, 'echo').text : conversion === 'q' ? shellQuote(raw) : raw;
      return pad(precision === undefined ? text : text.slice(0, precision), spec, false);
    }
    case 'c':
      return pad([...args.text()][0] ?? '', spec, false);
    case 'd':
    case 'i':
    case 'u': {
      const value = args.integer();
      return pad(signed(value, String(value), spec.flags), spec, true);
    }
    case 'x':
    case 'X':
    case 'o': {
      const value = args.integer();
      const text = Math.abs(value).toString(conversion === 'o' ? 8 : 16);
      return pad(conversion === 'X' ? text.toUpperCase() : text, spec, true);
    }
    default: {
      const value = args.number();
      const digits = precision ?? 6;
      const lower = conversion.toLowerCase();
      const text = lower === 'f' ? value.toFixed(digits) : lower === 'e' ? value.toExponential(digits).replace(/e([+-])(\d)$/, 'e$10$2') : String(Number(value.toPrecision(digits || 1)));
      return pad(signed(value, conversion === lower ? text : text.toUpperCase(), spec.flags), spec, true);
    }
  }
}

function formatOnce(format: string, args: Args): string {
  return format.replace(CONVERSION, (_, flags: string, width: string | undefined, precision: string | undefined, conversion: string) => {
    if (conversion === '%') return '%';
    const spec: Spec = {
      flags,
      width: width === undefined ? undefined : Math.min(width === '*' ? args.integer() : Number(width), MAX_FIELD_WIDTH),
      precision: precision === undefined ? undefined : Math.min(precision === '*' ? args.integer() : Number(precision || '0'), MAX_FIELD_WIDTH),
    };
    return convert(conversion, spec, args);
  });
}

function printf(ctx: CommandContext): number {
  const [formatText, ...values] = ctx.argv.slice(1)[0] === '--' ? ctx.argv.slice(2) : ctx.argv.slice(1);
  if (formatText === undefined) {
    ctx.io.stderr.write('printf: usage: printf [-v var] format [arguments]\n');
    return EXIT_STATUS.usage;
  }
  const format = decodeEscapes(formatText, 'ansiC').text;
  const args = new Args(values, ctx);
  let out = formatOnce(format, args);
  // Invariant: each pass consumes an argument, so this ends; a format without conversions runs once.
  while (args.remaining && args.consumed > 0) out += formatOnce(format, args);
  ctx.io.stdout.write(out);
  return args.failed ? 1 : 0;
}

export const PRINTF: CommandSpec = { name: 'printf', path: '/usr/bin/printf', run: printf };
