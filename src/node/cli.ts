// The headless `kubelab` CLI: runs shell lines from a script or stdin against a simulated cluster
// and writes what the terminal would show; with a TTY and no script, an interactive shell.

import { readFileSync } from 'node:fs';
import { HeadlessRunner } from '../worker/host/headless.ts';
import { profileByName } from '../worker/host/profiles.ts';
import { ArgsError, parseCliArgs, USAGE, type CliOptions } from './args.ts';
import { runInteractive } from './interactive.ts';

export async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (e) {
    if (!(e instanceof ArgsError)) throw e;
    process.stderr.write(`kubelab: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!profileByName(options.profile)) {
    process.stderr.write(`kubelab: unknown profile "${options.profile}" (known: course, course-flannel, empty)\n`);
    return 2;
  }
  if (options.script === undefined && process.stdin.isTTY) return runInteractive(options);
  const text = options.script !== undefined ? readFileSync(options.script, 'utf8') : await readStdin();
  runScript(text, options, (s) => process.stdout.write(s));
  return 0;
}

export function runScript(text: string, options: CliOptions, write: (s: string) => void): void {
  const runner = new HeadlessRunner({ seed: options.seed, profile: options.profile, echo: options.echo });
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) write(runner.feedLine(line));
  write(runner.finish());
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
