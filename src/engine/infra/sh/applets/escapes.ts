// Backslash escapes as `echo -e`, `printf` formats and `%b` arguments interpret them.
// Mirrors busybox libbb/process_escape_sequence.c and coreutils' print_esc.

const SIMPLE: Readonly<Record<string, string>> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/**
 * Expands escapes in `text`. `zeroOctal`: octal needs a leading 0 (`\0nnn`, echo and %b) rather than
 * up to three digits (`\nnn`, printf formats). Returns `stop` when `\c` ended the output.
 */
export function unescape(text: string, zeroOctal: boolean): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const n = text[++i]!;
    if (n === 'c') return { text: out, stop: true };
    if (SIMPLE[n] !== undefined) out += SIMPLE[n];
    else if (n === 'x' && /[0-9a-fA-F]/.test(text[i + 1] ?? '')) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(m, 16));
      i += m.length;
    } else if (/[0-7]/.test(n) && (!zeroOctal || n === '0')) {
      const digits = /^[0-7]{0,3}/.exec(text.slice(zeroOctal ? i + 1 : i))![0];
      out += String.fromCharCode(parseInt(digits || '0', 8) & 255);
      i += zeroOctal ? digits.length : digits.length - 1;
    } else out += `\\${n}`;
  }
  return { text: out, stop: false };
}
