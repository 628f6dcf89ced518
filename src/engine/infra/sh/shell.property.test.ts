import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runProcess, spawnProcess } from './index.ts';
import type { ProcState } from './state.ts';
import { bench, ENV } from './testing.ts';

const name = fc.constantFrom('a', 'b', 'n');
const atom = fc.oneof(fc.integer({ min: 0, max: 9 }).map(String), name.map((v) => `$${v}`), fc.constantFrom('"x y"', "'q'", '$#', '$?'));
const arith = fc.tuple(fc.oneof(name, fc.integer({ min: 0, max: 9 }).map(String)), fc.constantFrom('+', '-', '*', '%', '<', '=='), fc.integer({ min: 1, max: 9 }))
  .map(([l, op, r]) => `$((${l} ${op} ${r}))`);

const stmt: fc.Arbitrary<string> = fc.letrec<{ s: string }>((tie) => ({
  s: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.oneof(atom, arith), { minLength: 1, maxLength: 3 }).map((ws) => `echo ${ws.join(' ')}`),
    fc.tuple(name, fc.oneof(atom, arith)).map(([v, e]) => `${v}=${e}`),
    fc.constantFrom('sleep 1', 'sleep 0.2', 'false', 'true', 'echo "$(echo sub; sleep 1)"', 'date +%s'),
    fc.tuple(name, tie('s'), tie('s')).map(([v, t, e]) => `if [ "$${v}" = 1 ]; then ${t}; else ${e}; fi`),
    fc.tuple(name, tie('s')).map(([v, body]) => `for ${v} in 1 2; do ${body}; done`),
    fc.tuple(tie('s'), tie('s')).map(([x, y]) => `${x} && ${y}`),
    tie('s').map((x) => `echo in | { ${x}; }`),
  ),
})).s;

const script = fc.array(stmt, { minLength: 1, maxLength: 5 }).map((xs) => xs.join('; '));

/** Runs a script to its end; `roundTrip` restores the state from JSON at every suspension. */
function outcome(src: string, roundTrip: boolean, budget: number): string {
  const b = bench();
  let st: ProcState = spawnProcess(['sh', '-c', src], { env: ENV, cwd: '/', flavour: 'ash' });
  let status = runProcess(st, b.sys, budget);
  for (let i = 0; i < 5_000 && status.state === 'sleeping'; i++) {
    b.nowMs = Math.max(b.nowMs, status.wakeMs);
    if (roundTrip) st = JSON.parse(JSON.stringify(st)) as ProcState;
    status = runProcess(st, b.sys, budget);
  }
  return JSON.stringify({ writes: b.writes, status, files: b.upper.entries });
}

describe('the shell, for any script', () => {
  it('behaves the same whether or not its state is restored from JSON at every suspension', () => {
    fc.assert(fc.property(script, fc.integer({ min: 3, max: 40 }), (src, budget) => {
      const straight = outcome(src, false, 10_000);
      expect(outcome(src, true, budget)).toBe(straight);
    }), { numRuns: 200 });
  });

  it('never throws, whatever the text: errors are messages', () => {
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.array(fc.constantFrom('echo', 'if', 'then', 'fi', '"', "'", '$(', ')', '`', '${', '}', '|', '&&', ';', '\n', '<<', 'EOF', 'x', '$((', '1+', '#', '\\', '*', 'for', 'do', 'done', 'case', 'in', 'esac', ';;', '(', '{', '&', '>'), { maxLength: 12 }).map((xs) => xs.join(' ')));
    fc.assert(fc.property(text, (src) => {
      const b = bench();
      const st = spawnProcess(['sh', '-c', src], { env: ENV, cwd: '/', flavour: 'ash' });
      expect(() => runProcess(st, b.sys)).not.toThrow();
      expect(() => JSON.parse(JSON.stringify(st))).not.toThrow();
    }), { numRuns: 500 });
  });
});
