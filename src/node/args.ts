// Command-line options of the `kubelab` CLI.

export interface CliOptions {
  readonly seed: number;
  readonly profile: string;
  readonly echo: boolean;
  readonly script?: string;
  readonly help: boolean;
}

export const DEFAULT_SEED = 1;

export const USAGE = `Usage: kubelab [--seed N] [--profile NAME] [--echo] [--script FILE]

Runs shell lines in a simulated Kubernetes cluster, as a student would type them.
Lines are read from FILE (--script) or from standard input; with a terminal and no
script, kubelab starts an interactive shell.

Options:
  --seed N         seed of the simulation (default ${DEFAULT_SEED}); same seed and input, same output
  --profile NAME   starting cluster: course (default), course-flannel, bare or empty
  --echo           print each command before its output ("$ line", "> continuation")
  --script FILE    read the lines from FILE instead of standard input
  -h, --help       show this help
`;

export class ArgsError extends Error {
  override readonly name = 'ArgsError';
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let seed = DEFAULT_SEED;
  let profile = 'course';
  let echo = false;
  let script: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = splitEq(argv[i]!);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new ArgsError(`option ${flag} needs a value`);
      return v;
    };
    if (flag === '--seed') {
      const v = value();
      if (!/^\d+$/.test(v)) throw new ArgsError(`--seed must be a non-negative integer, got "${v}"`);
      seed = Number(v);
    } else if (flag === '--profile') profile = value();
    else if (flag === '--echo') echo = true;
    else if (flag === '--script') script = value();
    else if (flag === '-h' || flag === '--help') help = true;
    else throw new ArgsError(`unknown option "${argv[i]}"`);
  }
  return { seed, profile, echo, help, ...(script !== undefined ? { script } : {}) };
}

function splitEq(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}
