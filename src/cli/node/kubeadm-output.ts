// What kubeadm prints around its phases: the preflight report (fatal errors, ignored ones as
// warnings), a failed phase, flag parsing, and a wait that ends in an error (the discovery timeout).

import type { PreflightError } from '../../engine/index.ts';
import type { CommandContext, Process } from '../shell/types.ts';

export const STACK_TRACE_HINT = 'To see the stack trace of this error execute with --v=5 or higher\n';
export const NOT_ROOT: PreflightError = { name: 'IsPrivilegedUser', message: 'user is not running as root' };

export function phaseError(ctx: CommandContext, phase: string, message: string): number {
  ctx.io.stderr.write(`error execution phase ${phase}: ${message}\n${STACK_TRACE_HINT}`);
  return 1;
}

/** Prints ignored errors as warnings; returns the exit code when a fatal error remains. */
export function reportPreflight(ctx: CommandContext, fatal: readonly PreflightError[], warnings: readonly PreflightError[]): number | undefined {
  for (const w of warnings) ctx.io.stdout.write(`\t[WARNING ${w.name}]: ${w.message}\n`);
  if (fatal.length === 0) return undefined;
  const lines = fatal.map((e) => `\t[ERROR ${e.name}]: ${e.message}\n`).join('');
  ctx.io.stderr.write(`error execution phase preflight: [preflight] Some fatal errors occurred:\n${lines}`
    + '[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`\n' + STACK_TRACE_HINT);
  return 1;
}

export interface KubeadmFlags {
  readonly positional: string[];
  readonly values: Map<string, string>;
}

/** cobra's flags: `--name=value`, `--name value`, or a boolean `--name`. */
export function parseFlags(ctx: CommandContext, args: readonly string[], known: Readonly<Record<string, 'value' | 'bool'>>): KubeadmFlags | number {
  const positional: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = known[name];
    if (!kind) {
      ctx.io.stderr.write(`unknown flag: --${name}\n${STACK_TRACE_HINT}`);
      return 1;
    }
    if (eq >= 0) values.set(name, arg.slice(eq + 1));
    else if (kind === 'bool') values.set(name, 'true');
    else {
      const value = args[++i];
      if (value === undefined) {
        ctx.io.stderr.write(`flag needs an argument: --${name}\n${STACK_TRACE_HINT}`);
        return 1;
      }
      values.set(name, value);
    }
  }
  return { positional, values };
}


/** One step of a long kubeadm command: what it does and prints, `afterMs` after the previous step. */
export interface TimedStep {
  readonly afterMs: number;
  run(): void;
}

/** kubeadm working through its phases in virtual time: each step runs once its moment has come. */
export function timeline(ctx: CommandContext, steps: readonly TimedStep[]): Process {
  let next = 0;
  let dueMs = ctx.nowMs() + (steps[0]?.afterMs ?? 0);
  let exitCode = 0;
  const finished = (): boolean => next >= steps.length;
  return {
    get done() { return finished(); },
    get exitCode() { return exitCode; },
    wakeAtMs: () => (finished() ? undefined : dueMs),
    poll: (nowMs) => {
      while (!finished() && nowMs >= dueMs) {
        steps[next++]!.run();
        if (!finished()) dueMs += steps[next]!.afterMs;
      }
    },
    cancel: () => {
      next = steps.length;
      exitCode = 130;
    },
  };
}

/** Go's time.Duration as %v prints it: `501.604355ms`, `8.002184826s` (nanosecond digits from `rand`). */
export function goDuration(ms: number, nanos: number): string {
  const ns = Math.floor(ms) * 1_000_000 + (nanos % 1_000_000);
  const text = (value: number, decimals: number): string => value.toFixed(decimals).replace(/\.?0+$/, '');
  return ns >= 1e9 ? `${text(ns / 1e9, 9)}s` : `${text(ns / 1e6, 6)}ms`;
}
