// perl of the perl images: the docs' pi Job (`perl -Mbignum=bpi -wle 'print bpi(2000)'`, exact digits
// after a plausible compute time), `-e 'print "…"'` one-liners, `-v`, and the image's default
// `perl5.x -de0` whose debugger meets an empty stdin and quits. Other code: Perl's syntax error.

import type { ExternalProgram, ProcSys } from '../../process.ts';
import type { CatalogueImage } from '../types.ts';
import { evaluate, format, splitArgs, type Dialect } from './literals.ts';
import { piDigits } from './pi.ts';
import { stepOf } from './staged.ts';
import { readText, type ProgramFactory } from './support.ts';

const PERL: Dialect = { rawQuotes: "'", escapeQuotes: '"', concat: '.', python: false };
/** bpi's cost grows with the square of the digits: 2000 digits take about 2 s on a course VM. */
const bpiMs = (digits: number): number => 250 + Math.round((digits * digits) / 2_500);

interface Invocation {
  readonly modules: readonly string[];
  readonly newline: boolean;
  readonly code: string | undefined;
  readonly script: string | undefined;
  readonly version: boolean;
  readonly debugger: boolean;
}

/** Perl's switch parsing: clustered flags (`-wle`), `-M`, `-e CODE`, then a script name. */
function parseArgs(args: readonly string[]): Invocation {
  const modules: string[] = [];
  let newline = false;
  let code: string | undefined;
  let version = false;
  let debug = false;
  let i = 0;
  for (; i < args.length && args[i]!.startsWith('-') && args[i] !== '-'; i++) {
    const a = args[i]!;
    if (a === '--') { i++; break; }
    if (a.startsWith('-M') || a.startsWith('-m')) { modules.push(a.slice(2)); continue; }
    for (let j = 1; j < a.length; j++) {
      const f = a[j]!;
      if (f === 'l') newline = true;
      else if (f === 'v') version = true;
      else if (f === 'd') debug = true;
      else if (f === 'e' || f === 'E') {
        const rest = a.slice(j + 1);
        code = (code === undefined ? '' : `${code}\n`) + (rest !== '' ? rest : (args[++i] ?? ''));
        break;
      }
    }
  }
  return { modules, newline, code, script: code === undefined ? args[i] : undefined, version, debugger: debug };
}

/** The N of `print bpi(N)` when bignum's bpi is imported. */
function bpiDigits(inv: Invocation): number | undefined {
  if (!inv.modules.some((m) => /^(bignum|bigrat|bigfloat|Math::BigFloat)=.*\bbpi\b/.test(m))) return undefined;
  const m = /^\s*print\s*\(?\s*bpi\s*\(\s*(\d+)\s*\)\s*\)?\s*;?\s*$/.exec(inv.code ?? '');
  return m ? Math.max(1, Math.min(Number(m[1]), 100_000)) : undefined;
}

/** The output of `print LIST;` statements, or undefined for anything else. */
function printOutput(code: string, newline: boolean): string | undefined {
  let out = '';
  for (const raw of code.split(/;|\n/)) {
    const stmt = raw.trim();
    if (stmt === '') continue;
    const m = /^print\s*(?:\((.*)\)|(.*))$/s.exec(stmt);
    if (!m) return undefined;
    for (const arg of splitArgs(m[1] ?? m[2] ?? '')) {
      const v = evaluate(arg, PERL);
      if (v === undefined) return undefined;
      out += format(v, PERL);
    }
    if (newline) out += '\n';
  }
  return out;
}

function versionText(image: CatalogueImage): string {
  const [, minor, patch] = image.version.split('.');
  const year = minor === '34' ? '2021' : '2024';
  return `\nThis is perl 5, version ${minor}, subversion ${patch} (v${image.version}) built for x86_64-linux-gnu\n\n` +
    `Copyright 1987-${year}, Larry Wall\n\nPerl may be copied only under the terms of either the Artistic License or the\n` +
    'GNU General Public License, which may be found in the Perl 5 source kit.\n\n' +
    'Complete documentation for Perl, including FAQ lists, should be found on\n' +
    'this system using "man perl" or "perldoc perl".  If you have access to the\n' +
    'Internet, point your browser at https://www.perl.org/, the Perl Home Page.\n\n';
}

function debuggerText(image: CatalogueImage): string {
  const version = image.version.startsWith('5.34') ? '1.60' : '1.80';
  return `\nLoading DB routines from perl5db.pl version ${version}\nEditor support available.\n\n` +
    "Enter h or 'h h' for help, or 'man perldebug' for more help.\n\nmain::(-e:1):\t0\n  DB<1> ";
}

const exited = (code: number): { status: { state: 'exited'; code: number } } => ({ status: { state: 'exited', code } });

function run(image: CatalogueImage, inv: Invocation, sys: ProcSys): ReturnType<ExternalProgram['start']> {
  if (inv.version) {
    sys.write(1, versionText(image));
    return exited(0);
  }
  const digits = bpiDigits(inv);
  if (digits !== undefined) return { status: { state: 'sleeping', wakeMs: sys.nowMs() + bpiMs(digits) }, memo: { step: 1 } };
  if (inv.debugger && inv.code !== undefined) {
    sys.write(1, debuggerText(image));
    return exited(0);
  }
  if (inv.code === undefined && inv.script === undefined) return exited(0);
  const code = inv.code ?? readText(sys.fs, inv.script!);
  if (code === undefined) {
    sys.write(2, `Can't open perl script "${inv.script}": No such file or directory\n`);
    return exited(2);
  }
  const out = printOutput(code.replace(/^#!.*\n/, ''), inv.newline);
  if (out === undefined) {
    const where = inv.code !== undefined ? '-e' : inv.script!;
    const near = code.trim().split('\n')[0]!.slice(0, 40);
    sys.write(2, `syntax error at ${where} line 1, near "${near}"\nExecution of ${where} aborted due to compilation errors.\n`);
    return exited(255);
  }
  sys.write(1, out);
  return exited(0);
}

export const perlProgram: ProgramFactory = (image): ExternalProgram => ({
  start: (args, sys) => run(image, parseArgs(args), sys),
  resume(args, memo, sys) {
    const digits = bpiDigits(parseArgs(args));
    if (stepOf(memo) === 1 && digits !== undefined) sys.write(1, `${piDigits(digits)}${parseArgs(args).newline ? '\n' : ''}`);
    return exited(0);
  },
});
