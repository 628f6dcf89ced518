// POSIX regular expressions (basic and extended) as JavaScript ones, for grep: BRE's `\(`, `\{`,
// `\|`, `\+`, `\?`, a leading `*` taken literally, and bracket classes such as `[[:digit:]]`.

const CLASSES: Readonly<Record<string, string>> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: '\\s', blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f',
};

/** Copies a bracket expression starting at `i` (`[`), converting classes; returns it and the index after. */
function bracket(re: string, i: number): [string, number] {
  let j = i + 1;
  let out = '[';
  if (re[j] === '^') {
    out += '^';
    j++;
  }
  if (re[j] === ']') {
    out += '\\]';
    j++;
  }
  for (; j < re.length && re[j] !== ']'; j++) {
    if (re[j] === '[' && re[j + 1] === ':') {
      const close = re.indexOf(':]', j + 2);
      if (close > 0) {
        out += CLASSES[re.slice(j + 2, close)] ?? '';
        j = close + 1;
        continue;
      }
    }
    out += re[j] === '\\' ? '\\\\' : re[j] === '[' ? '\\[' : re[j];
  }
  if (j >= re.length) throw new SyntaxError('Unmatched [, [^, [:, [., or [=');
  return [`${out}]`, j + 1];
}

export function posixToJs(re: string, extended: boolean): string {
  let out = '';
  for (let i = 0; i < re.length;) {
    const c = re[i]!;
    if (c === '[') {
      const [b, next] = bracket(re, i);
      out += b;
      i = next;
      continue;
    }
    if (c === '\\' && i + 1 < re.length) {
      const n = re[i + 1]!;
      if (!extended && '(){}|+?'.includes(n)) out += n;
      else if (/[1-9wWsSbB]/.test(n)) out += `\\${n}`;
      else if (n === '<' || n === '>') out += '\\b';
      else out += `\\${n}`;
      i += 2;
      continue;
    }
    if (!extended && '(){}|+?'.includes(c)) out += `\\${c}`;
    else if (c === '*' && (out === '' || out.endsWith('(') || out === '^' || out.endsWith('|'))) out += '\\*';
    else if (c === '/') out += '\\/';
    else if (extended && c === '{' && !/^\{\d*(,\d*)?\}/.test(re.slice(i))) out += '\\{';
    else out += c;
    i++;
  }
  return out;
}
