// The fuzzer: seeded command lines and YAML documents against the shell, kubectl and the API server
// of a course cluster, checking the invariants after each; a failure names the seed and the line
// that reproduce it (`npm run fuzz -- --seed N`).

import { HeadlessRunner } from '../../worker/host/headless.ts';
import { commandLine } from './commands.ts';
import { Invariants } from './invariants.ts';
import { Picker } from './pick.ts';

export interface FuzzFailure {
  readonly seed: number;
  /** 1-based index of the command in the run. */
  readonly index: number;
  readonly line: string;
  readonly problems: readonly string[];
}

export interface FuzzResult {
  readonly commands: number;
  readonly failures: readonly FuzzFailure[];
}

/** Lines per cluster: a fresh course cluster after this many, so a run covers many starting states. */
const LINES_PER_CLUSTER = 400;

export function fuzz(seed: number, count: number, maxFailures = 10): FuzzResult {
  const failures: FuzzFailure[] = [];
  let done = 0;
  for (let round = 0; done < count && failures.length < maxFailures; round++) {
    const roundSeed = (seed + round * 7919) >>> 0;
    const picker = new Picker(roundSeed);
    const runner = new HeadlessRunner({ seed: roundSeed });
    const invariants = new Invariants(runner.cluster);
    const files: string[] = [];
    for (let i = 0; i < LINES_PER_CLUSTER && done < count && failures.length < maxFailures; i++, done++) {
      const line = commandLine(picker, files);
      let output = '';
      let problems: string[];
      try {
        for (const l of line.split('\n')) output += runner.feedLine(l);
        output += runner.finish();
        problems = invariants.check(line, output, runner.lastExitCode);
      } catch (e) {
        problems = [`exception: ${e instanceof Error ? e.stack ?? e.message : String(e)}`];
      }
      if (problems.length > 0) failures.push({ seed: roundSeed, index: i + 1, line, problems });
    }
    try {
      runner.cluster.runUntilIdle();
    } catch (e) {
      failures.push({ seed: roundSeed, index: 0, line: '(runUntilIdle)', problems: [String(e)] });
    }
  }
  return { commands: done, failures };
}

export function describeFailure(f: FuzzFailure): string {
  const shown = f.line.length > 300 ? `${f.line.slice(0, 300)}…` : f.line;
  return `seed ${f.seed}, command ${f.index}: ${JSON.stringify(shown)}\n${f.problems.map((p) => `  - ${p}`).join('\n')}`;
}
