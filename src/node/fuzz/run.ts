// `npm run fuzz [-- --seed N] [--count N]`: a long seeded run, printing each failure with the seed
// that reproduces it; exits 1 when any invariant broke.

import { describeFailure, fuzz } from './fuzz.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

const seed = option('seed', 1);
const count = option('count', 100_000);
const started = performance.now();
const result = fuzz(seed, count, 50);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const f of result.failures) process.stdout.write(`${describeFailure(f)}\n\n`);
process.stdout.write(`fuzz: ${result.commands} commands from seed ${seed} in ${seconds} s, ${result.failures.length} failure(s)\n`);
process.exitCode = result.failures.length > 0 ? 1 : 0;
