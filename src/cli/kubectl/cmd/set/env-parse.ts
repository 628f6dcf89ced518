// The arguments of `kubectl set env` (pkg/cmd/set/env/env_parse.go): resources first, then KEY=VALUE
// and KEY- arguments; `-` reads KEY=VALUE lines from stdin; and how the result merges into a
// container's env (set/helper.go updateEnv).

import type { EnvVar } from 'kubernetes-types/core/v1';
import { goQuote, isEnvVarName } from '../../../../engine/index.ts';
import { KubectlError } from '../../command.ts';

export const ERR_ENV_RESOURCES_BEFORE = (args: readonly string[]): string => `all resources must be specified before environment changes: ${args.join(' ')}`;
export const ERR_ENV_KEY = (key: string, errs: readonly string[]): string => `${goQuote(key)} is not a valid key name: ${errs.join(';')}`;
export const ERR_ENV_UNKNOWN = (spec: string): string => `unknown environment variable: ${spec}`;
export const ERR_ENV_MODIFY_AND_REMOVE = 'can not both modify and remove the same environment variable in the same command';

const ENV_ARGUMENT = /^(.+)=(.*)$/s;

/** SplitEnvironmentFromResources: undefined when a resource follows an environment argument. */
export function splitEnvironmentFromResources(args: readonly string[]): { resources: string[]; envArgs: string[] } | undefined {
  const resources: string[] = [];
  const envArgs: string[] = [];
  for (const s of args) {
    const isEnv = ENV_ARGUMENT.test(s) || s.endsWith('-');
    if (isEnv) envArgs.push(s);
    else if (envArgs.length > 0) return undefined;
    else resources.push(s);
  }
  return { resources, envArgs };
}

export interface ParsedEnv {
  readonly env: EnvVar[];
  readonly remove: string[];
}

/** ParseEnv: KEY=VALUE (validated), KEY- (removal), `-` (stdin lines, not validated). */
export function parseEnv(specs: readonly string[], stdin: string): ParsedEnv {
  const env: EnvVar[] = [];
  const remove: string[] = [];
  const set = new Set<string>();
  for (const spec of specs) {
    if (spec === '-') env.push(...readEnv(stdin));
    else if (spec.includes('=')) {
      const eq = spec.indexOf('=');
      const name = spec.slice(0, eq);
      const errs = isEnvVarName(name);
      if (errs.length > 0) throw new KubectlError(ERR_ENV_KEY(name, errs));
      set.add(name);
      env.push({ name, value: spec.slice(eq + 1) });
    } else if (spec.endsWith('-')) remove.push(spec.slice(0, -1));
    else throw new KubectlError(ERR_ENV_UNKNOWN(spec));
  }
  if (remove.some((name) => set.has(name))) throw new KubectlError(ERR_ENV_MODIFY_AND_REMOVE);
  return { env, remove };
}

/** readEnv: one KEY=VALUE per line, `#` starts a comment, other lines are skipped. */
function readEnv(text: string): EnvVar[] {
  const out: EnvVar[] = [];
  for (const raw of text.split('\n')) {
    const hash = raw.indexOf('#');
    const line = hash >= 0 ? raw.slice(0, hash) : raw;
    const eq = line.indexOf('=');
    if (eq >= 0) out.push({ name: line.slice(0, eq), value: line.slice(eq + 1) });
  }
  return out;
}

/**
 * updateEnv: an added variable replaces every existing one of its name (in the first one's place),
 * a removed one drops them all; removal wins over addition.
 */
export function updateEnv(existing: readonly EnvVar[], env: readonly EnvVar[], remove: readonly string[]): EnvVar[] {
  const out: EnvVar[] = [];
  const covered = new Set(remove);
  for (const e of existing) {
    if (covered.has(e.name)) continue;
    const newer = env.find((n) => n.name === e.name);
    if (newer) {
      covered.add(e.name);
      out.push(newer);
      continue;
    }
    out.push(e);
  }
  for (const e of env) {
    if (covered.has(e.name)) continue;
    covered.add(e.name);
    out.push(e);
  }
  return out;
}
