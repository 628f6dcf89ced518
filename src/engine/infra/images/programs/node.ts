// node: the REPL (the default CMD) meets an empty stdin without a tty and exits 0; `-e` runs
// console.log() one-liners; a missing script fails as Node reports it; SIGTERM exits 143 even as
// PID 1. Deviation from upstream: other code answers with a SyntaxError.

import type { ExternalProgram, ProcStatus, ProcSys } from '../../process.ts';
import type { CatalogueImage } from '../types.ts';
import { evaluate, format, splitArgs, type Dialect } from './literals.ts';
import { readText, type ProgramFactory } from './support.ts';

const JS: Dialect = { rawQuotes: '', escapeQuotes: '"\'`', concat: '+', python: false };

/** The output of `console.log(…)` statements, or undefined for anything else. */
function logOutput(code: string): string | undefined {
  let out = '';
  for (const raw of code.split(/;|\n/)) {
    const stmt = raw.trim();
    if (stmt === '' || stmt.startsWith('//') || /^['"]use strict['"]$/.test(stmt)) continue;
    const m = /^console\.(?:log|info|error)\((.*)\)$/s.exec(stmt);
    if (!m) return undefined;
    const values = splitArgs(m[1]!).map((a) => evaluate(a, JS));
    if (values.some((v) => v === undefined)) return undefined;
    out += `${values.map((v) => format(v!, JS)).join(' ')}\n`;
  }
  return out;
}

function missingModule(sys: ProcSys, image: CatalogueImage, path: string): { status: ProcStatus } {
  sys.write(2, [
    'node:internal/modules/cjs/loader:1228', '  throw err;', '  ^', '', `Error: Cannot find module '${path}'`,
    '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
    '    at Module._load (node:internal/modules/cjs/loader:1051:27)',
    '    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:174:12)',
    '    at node:internal/main/run_main_module:28:49 {', "  code: 'MODULE_NOT_FOUND',", '  requireStack: []', '}', '',
    `Node.js v${image.version}`, '',
  ].join('\n'));
  return { status: { state: 'exited', code: 1 } };
}

function syntaxError(sys: ProcSys, image: CatalogueImage, file: string, code: string): { status: ProcStatus } {
  const line = code.trim().split('\n')[0] ?? '';
  sys.write(2, `${file}:1\n${line}\n^\n\nSyntaxError: Unexpected identifier\n\nNode.js v${image.version}\n`);
  return { status: { state: 'exited', code: 1 } };
}

export const nodeProgram: ProgramFactory = (image): ExternalProgram => ({
  start(args, sys) {
    if (args.includes('-v') || args.includes('--version')) {
      sys.write(1, `v${image.version}\n`);
      return { status: { state: 'exited', code: 0 } };
    }
    const e = args.findIndex((a) => a === '-e' || a === '--eval' || a === '-p' || a === '--print');
    const script = args.find((a) => !a.startsWith('-'));
    if (e < 0 && script === undefined) return { status: { state: 'exited', code: 0 } };
    const path = script === undefined ? '' : script.startsWith('/') ? script : `/${script}`;
    const code = e >= 0 ? args[e + 1] ?? '' : readText(sys.fs, path);
    if (code === undefined) return missingModule(sys, image, path);
    const out = logOutput(code);
    if (out === undefined) return syntaxError(sys, image, e >= 0 ? '[eval]' : path, code);
    sys.write(1, out);
    return { status: { state: 'exited', code: 0 } };
  },
  signal: (sig) => ({ exitAfterMs: 0, code: sig === 'SIGINT' ? 130 : 143 }),
});
