// Backslash escapes shared by `$'…'` (ANSI-C quoting) and `echo -e`.
// The two differ only in octal syntax (`\nnn` versus `\0nnn`) and in `\c`, which ends echo's output.

export const ESCAPE_STYLES = { ansiC: 'ansiC', echo: 'echo' } as const;
export type EscapeStyle = (typeof ESCAPE_STYLES)[keyof typeof ESCAPE_STYLES];

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

export interface Decoded {
  readonly text: string;
  /** True when `\c` asked echo to stop printing. */
  readonly stopped: boolean;
}

function readDigits(text: string, start: number, pattern: RegExp, maxDigits: number): string {
  let digits = '';
  while (digits.length < maxDigits && pattern.test(text.charAt(start + digits.length))) {
    digits += text.charAt(start + digits.length);
  }
  return digits;
}

/** Decodes the escape at `text[i]` (just after the backslash); returns the text and chars consumed. */
function decodeOne(text: string, i: number, style: EscapeStyle): { out: string; used: number } | undefined {
  const char = text.charAt(i);
  const simple = SIMPLE_ESCAPES[char];
  if (simple !== undefined && !(style === 'echo' && (char === "'" || char === '"' || char === '?'))) {
    return { out: simple, used: 1 };
  }
  if (char === 'x') {
    const hex = readDigits(text, i + 1, /[0-9a-fA-F]/, 2);
    return hex === '' ? undefined : { out: String.fromCharCode(parseInt(hex, 16)), used: 1 + hex.length };
  }
  const octalStart = style === 'echo' ? (char === '0' ? i + 1 : -1) : /[0-7]/.test(char) ? i : -1;
  if (octalStart === -1) return undefined;
  const octal = readDigits(text, octalStart, /[0-7]/, 3);
  const used = octalStart - i + octal.length;
  return { out: String.fromCharCode(octal === '' ? 0 : parseInt(octal, 8) & 0xff), used };
}

export function decodeEscapes(text: string, style: EscapeStyle): Decoded {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char !== '\\' || i + 1 >= text.length) {
      out += char;
      i += 1;
      continue;
    }
    if (style === 'echo' && text.charAt(i + 1) === 'c') return { text: out, stopped: true };
    const decoded = decodeOne(text, i + 1, style);
    if (decoded === undefined) {
      out += `\\${text.charAt(i + 1)}`;
      i += 2;
    } else {
      out += decoded.out;
      i += 1 + decoded.used;
    }
  }
  return { text: out, stopped: false };
}
