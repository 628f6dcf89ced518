// grep [-icvnqlLhHowxEFs] [-e PATTERN]... PATTERN [FILE]...: lines matching a basic (or with -E
// extended) regular expression, as they arrive on a pipe. Exit 0 on a match, 1 on none, 2 on error.
// Mirrors busybox findutils/grep.c.

import { isFsError } from '../../fs/errors.ts';
import { badOption, perror } from './common.ts';
import { posixToJs } from './regex.ts';
import { exit, type Applet, type AppletCtx } from './types.ts';

const LETTERS = 'icvnqlLhHowxEFsr';

interface GrepMemo {
  readonly partial: string;
  readonly count: number;
  readonly lineNo: number;
}

interface Options {
  readonly flags: Set<string>;
  readonly patterns: string[];
  readonly files: string[];
}

function parse(ctx: AppletCtx): Options | { bad: string } | { missing: true } {
  const flags = new Set<string>();
  const patterns: string[] = [];
  const rest: string[] = [];
  let i = 1;
  for (; i < ctx.argv.length; i++) {
    const a = ctx.argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      rest.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (c === 'e' || c === 'f') {
        const v = a.slice(j + 1) || ctx.argv[++i];
        if (v === undefined) return { bad: c };
        patterns.push(v);
        break;
      }
      if (!LETTERS.includes(c)) return { bad: c };
      flags.add(c);
    }
  }
  rest.push(...ctx.argv.slice(i));
  if (patterns.length === 0) {
    const p = rest.shift();
    if (p === undefined) return { missing: true };
    patterns.push(p);
  }
  return { flags, patterns, files: rest };
}

function compile(o: Options): RegExp {
  const f = o.flags;
  const sources = o.patterns.flatMap((p) => p.split('\n')).map((p) => (f.has('F') ? p.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&') : posixToJs(p, f.has('E'))));
  let src = sources.map((s) => `(?:${s})`).join('|');
  if (f.has('w')) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
  if (f.has('x')) src = `^(?:${src})$`;
  return new RegExp(src, f.has('i') ? 'gi' : 'g');
}

export const grep: Applet = (ctx, memo) => {
  const o = parse(ctx);
  if ('bad' in o) return badOption(ctx, o.bad, '[-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...');
  if ('missing' in o) {
    ctx.err(ctx.gnu ? `Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n` : `${ctx.errPrefix}no pattern\n`);
    return exit(2);
  }
  let re: RegExp;
  try {
    re = compile(o);
  } catch {
    ctx.err(`${ctx.errPrefix}bad regex '${o.patterns[0]}'\n`);
    return exit(2);
  }
  const f = o.flags;
  const files = o.files.length > 0 ? o.files : ['-'];
  const named = (files.length > 1 || f.has('H')) && !f.has('h');
  const quiet = f.has('q');
  const scan = (text: string, name: string, state: { count: number; lineNo: number }): boolean => {
    for (const line of text.split('\n')) {
      state.lineNo++;
      re.lastIndex = 0;
      const hit = re.test(line) !== f.has('v');
      if (!hit) continue;
      state.count++;
      if (quiet) return true;
      if (f.has('c') || f.has('l') || f.has('L')) continue;
      const pre = `${named ? `${name}:` : ''}${f.has('n') ? `${state.lineNo}:` : ''}`;
      re.lastIndex = 0;
      if (f.has('o') && !f.has('v')) for (const m of line.matchAll(re)) ctx.out(`${pre}${m[0]}\n`);
      else ctx.out(`${pre}${line}\n`);
    }
    return false;
  };
  const finishFile = (name: string, n: number): void => {
    if (quiet) return;
    if (f.has('c')) ctx.out(`${named ? `${name}:` : ''}${n}\n`);
    else if (f.has('l') && n > 0) ctx.out(`${name}\n`);
    else if (f.has('L') && n === 0) ctx.out(`${name}\n`);
  };
  if (files[0] === '-' && files.length === 1) {
    const m = (memo as GrepMemo | undefined) ?? { partial: '', count: 0, lineNo: 0 };
    const r = ctx.read();
    const text = m.partial + r.data;
    const cut = r.eof ? text.length : text.lastIndexOf('\n') + 1;
    const state = { count: m.count, lineNo: m.lineNo };
    const whole = text.slice(0, cut);
    if (whole !== '' && scan(whole.endsWith('\n') ? whole.slice(0, -1) : whole, '(standard input)', state)) return exit(0);
    if (!r.eof) return { t: 'read', memo: { partial: text.slice(cut), count: state.count, lineNo: state.lineNo } };
    finishFile('(standard input)', state.count);
    return exit(state.count > 0 ? 0 : 1);
  }
  let total = 0;
  let error = false;
  for (const name of files) {
    const data = name === '-' ? ctx.read().data : ctx.fs.readFile(name);
    if (isFsError(data)) {
      if (!f.has('s')) {
        if (data.errno === 'EISDIR') ctx.err(`${ctx.errPrefix}${name}: Is a directory\n`);
        else perror(ctx, name, data);
      }
      error = true;
      continue;
    }
    const state = { count: 0, lineNo: 0 };
    if (data !== '' && scan(data.endsWith('\n') ? data.slice(0, -1) : data, name, state)) return exit(0);
    finishFile(name, state.count);
    total += state.count;
  }
  return exit(error && !(quiet && total > 0) ? 2 : total > 0 ? 0 : 1);
};
