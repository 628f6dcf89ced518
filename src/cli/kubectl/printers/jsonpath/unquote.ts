// client-go's UnquoteExtend: strconv.Unquote that also accepts single-quoted strings.
// Returns undefined where Go returns ErrSyntax.

const SIMPLE: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

export function unquoteExtend(s: string): string | undefined {
  if (s.length < 2) return undefined;
  const quote = s[0]!;
  if (quote !== s[s.length - 1] || (quote !== '"' && quote !== "'")) return undefined;
  const body = s.slice(1, -1);
  if (!body.includes('\\') && !body.includes(quote)) return body;
  let out = '';
  for (let i = 0; i < body.length;) {
    const c = body[i]!;
    if (c === quote) return undefined;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const escaped = unescape(body, i + 1, quote);
    if (!escaped) return undefined;
    out += escaped.text;
    i = escaped.next;
  }
  return out;
}

function unescape(body: string, i: number, quote: string): { text: string; next: number } | undefined {
  const c = body[i];
  if (c === undefined) return undefined;
  if (SIMPLE[c] !== undefined) return { text: SIMPLE[c], next: i + 1 };
  if (c === quote) return { text: c, next: i + 1 };
  const hexLength = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (hexLength > 0) {
    const hex = body.slice(i + 1, i + 1 + hexLength);
    if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) return undefined;
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) return undefined;
    return { text: String.fromCodePoint(code), next: i + 1 + hexLength };
  }
  const octal = body.slice(i, i + 3);
  if (/^[0-7]{3}$/.test(octal) && parseInt(octal, 8) <= 255) return { text: String.fromCharCode(parseInt(octal, 8)), next: i + 3 };
  return undefined;
}
