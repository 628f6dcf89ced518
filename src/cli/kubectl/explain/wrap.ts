// The text helpers of kubectl explain's templates: `wrap` (kubectl's term.NewWordWrapWriter, i.e.
// mitchellh/go-wordwrap v1.0.1 WrapString, which keeps existing line breaks) and `indent`.

const NBSP = '\u00a0';

/** Go's unicode.IsSpace, minus the non-breaking space go-wordwrap refuses to break at. */
function isBreakableSpace(ch: string): boolean {
  return ch !== NBSP && /^[\t\n\v\f\r \u0085\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(ch);
}

/** Wraps at white space so lines stay within `limit` runes; a word longer than the limit overflows. */
export function wrap(limit: number, text: string): string {
  let out = '';
  let current = 0;
  let word = '';
  let wordLen = 0;
  let space = '';
  let spaceLen = 0;
  for (const ch of text) {
    if (ch === '\n') {
      if (wordLen === 0) {
        if (current + spaceLen <= limit) out += space;
      } else {
        out += space + word;
      }
      out += '\n';
      current = 0;
      word = '';
      wordLen = 0;
      space = '';
      spaceLen = 0;
    } else if (isBreakableSpace(ch)) {
      if (spaceLen === 0 || wordLen > 0) {
        current += spaceLen + wordLen;
        out += space + word;
        space = '';
        spaceLen = 0;
        word = '';
        wordLen = 0;
      }
      space += ch;
      spaceLen++;
    } else {
      word += ch;
      wordLen++;
      if (current + spaceLen + wordLen > limit && wordLen < limit) {
        out += '\n';
        current = 0;
        space = '';
        spaceLen = 0;
      }
    }
  }
  if (wordLen === 0) {
    if (current + spaceLen <= limit) out += space;
  } else {
    out += space + word;
  }
  return out;
}

/** Prefixes every line with `amount` spaces (a trailing newline yields a trailing indented empty line). */
export function indent(amount: number, text: string): string {
  const pad = ' '.repeat(amount);
  return pad + text.split('\n').join(`\n${pad}`);
}
