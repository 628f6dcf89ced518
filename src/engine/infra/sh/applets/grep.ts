// grep [-icvnqlLhHowxEFs] [-A|B|C N] [-e PATTERN]... PATTERN [FILE]...: lines matching a basic (or
// with -E extended) regular expression, as they arrive on a pipe, with context lines around them.
// Exit 0 on a match, 1 on none, 2 on error. Mirrors busybox findutils/grep.c.

import { isFsError } from '../../fs/errors.ts';
import { badOption, perror } from './common.ts';
import { CONTEXT_START, contextStep, nextInputContext, type ContextLineFormat, type ContextState, type GrepContext } from './grep-context.ts';
import { posixToJs } from './regex.ts';
import { exit, type Applet, type AppletCtx } from './types.ts';

const LETTERS = 'icvnqlLhHowxEFsr';

interface GrepMemo {
  readonly partial: string;
  readonly count: number;
  readonly lineNo: number;
  /** Absent in memos saved before grep printed context lines. */
  readonly context?: ContextState;
}

interface Options {
  readonly flags: Set<string>;
  readonly patterns: string[];
  readonly files: string[];
  /** The values of -A, -B and -C as given. */
  readonly counts: Map<string, string>;
}

function parse(ctx: AppletCtx): Options | { bad: string } | { missing: true } {
  const flags = new Set<string>();
  const patterns: string[] = [];
  const counts = new Map<string, string>();
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
      if (c === 'e' || c === 'f' || c === 'A' || c === 'B' || c === 'C') {
        const v = a.slice(j + 1) || ctx.argv[++i];
        if (v === undefined) return { bad: c };
        if (c === 'e' || c === 'f') patterns.push(v);
        else counts.set(c, v);
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
  return { flags, patterns, files: rest, counts };
}

/** -A/-B/-C (-A and -B win over -C); the bad count when one is not a number. */
function contextOf(o: Options, gnu: boolean): GrepContext | { badCount: string } {
  const n: Record<string, number> = {};
  for (const [letter, text] of o.counts) {
    if (!/^[0-9]+$/.test(text)) return { badCount: text };
    n[letter] = Number(text);
  }
  const before = n.B ?? n.C ?? 0;
  const after = n.A ?? n.C ?? 0;
  return { before, after, separator: gnu ? o.counts.size > 0 : before > 0 || after > 0 };
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
  const context = contextOf(o, ctx.gnu);
  if ('badCount' in context) {
    ctx.err(ctx.gnu ? `${ctx.errPrefix}${context.badCount}: invalid context length argument\n` : `${ctx.errPrefix}invalid number '${context.badCount}'\n`);
    return exit(ctx.gnu ? 2 : 1);
  }
  const f = o.flags;
  const files = o.files.length > 0 ? o.files : ['-'];
  const named = (files.length > 1 || f.has('H')) && !f.has('h');
  const quiet = f.has('q');
  const scan = (text: string, name: string, state: { count: number; lineNo: number; context: ContextState }): boolean => {
    const format: ContextLineFormat = (lineNo, line, mark) => {
      const pre = `${named ? `${name}${mark}` : ''}${f.has('n') ? `${lineNo}${mark}` : ''}`;
      re.lastIndex = 0;
      // GNU prints the matches of every printed line with -o (none for -v's lines); busybox those of selected lines.
      if (f.has('o') && (ctx.gnu || (mark === ':' && !f.has('v')))) return [...line.matchAll(re)].map((m) => `${pre}${m[0]}\n`).join('');
      return `${pre}${line}\n`;
    };
    for (const line of text.split('\n')) {
      state.lineNo++;
      re.lastIndex = 0;
      const hit = re.test(line) !== f.has('v');
      if (hit) state.count++;
      if (hit && quiet) return true;
      if (f.has('c') || f.has('l') || f.has('L')) continue;
      const step = contextStep(context, state.context, state.lineNo, line, hit, format);
      if (step.out !== '') ctx.out(step.out);
      state.context = step.state;
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
    const m = (memo as GrepMemo | undefined) ?? { partial: '', count: 0, lineNo: 0, context: CONTEXT_START };
    const r = ctx.read();
    const text = m.partial + r.data;
    const cut = r.eof ? text.length : text.lastIndexOf('\n') + 1;
    const state = { count: m.count, lineNo: m.lineNo, context: m.context ?? CONTEXT_START };
    const whole = text.slice(0, cut);
    if (whole !== '' && scan(whole.endsWith('\n') ? whole.slice(0, -1) : whole, '(standard input)', state)) return exit(0);
    if (!r.eof) return { t: 'read', memo: { partial: text.slice(cut), count: state.count, lineNo: state.lineNo, context: state.context } satisfies GrepMemo };
    finishFile('(standard input)', state.count);
    return exit(state.count > 0 ? 0 : 1);
  }
  let total = 0;
  let error = false;
  let carried = CONTEXT_START;
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
    const state = { count: 0, lineNo: 0, context: nextInputContext(carried) };
    if (data !== '' && scan(data.endsWith('\n') ? data.slice(0, -1) : data, name, state)) return exit(0);
    carried = state.context;
    finishFile(name, state.count);
    total += state.count;
  }
  return exit(error && !(quiet && total > 0) ? 2 : total > 0 ? 0 : 1);
};
