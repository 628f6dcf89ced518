// A container's command line: Kubernetes' command/args over the image's ENTRYPOINT/CMD, the
// entrypoint scripts that only exec what they are given (tini, node's, redis'…), and which of the
// image's simulated programs ends up as PID 1. Mirrors kuberuntime's command resolution.

import type { CatalogueImage, ImageConfig, ProgramId } from './types.ts';

export interface CommandSpec {
  readonly command?: readonly string[];
  readonly args?: readonly string[];
}

/** `command` replaces ENTRYPOINT and drops CMD; `args` replaces CMD. */
export function resolveArgv(spec: CommandSpec, config: Pick<ImageConfig, 'entrypoint' | 'cmd'>): string[] {
  const entrypoint = spec.command ?? config.entrypoint;
  const cmd = spec.args ?? (spec.command ? [] : config.cmd);
  return [...entrypoint, ...cmd];
}

export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** The simulated program `name` (a path or a bare name) is, in this image. */
function programOf(image: Pick<CatalogueImage, 'programs'>, name: string): ProgramId | undefined {
  return image.programs[baseName(name)];
}

/** Whether `name` is an executable of the image: a path that exists, or a bare name on its PATH. */
export function hasExecutable(image: Pick<CatalogueImage, 'files' | 'env'>, name: string): boolean {
  if (name === '') return false;
  if (name.includes('/')) return image.files[name] !== undefined;
  const path = image.env.find((kv) => kv.startsWith('PATH='))?.slice('PATH='.length) ?? '';
  return path.split(':').some((dir) => image.files[`${dir}/${name}`] !== undefined);
}

/** Given the argv an entrypoint starts with, the argv that runs next (the same array: the entrypoint stays). */
type Unwrap = (argv: readonly string[], image: CatalogueImage) => readonly string[];

const isOption = (arg: string | undefined): boolean => arg !== undefined && arg.startsWith('-');

/** An entrypoint that handles its own program (options alone are its options) and execs anything else. */
function ownsProgram(programs: readonly string[], prepend = programs[0]!, isArgument = isOption): Unwrap {
  return (argv) => {
    const [self, first, ...rest] = argv as [string, string | undefined, ...string[]];
    if (first !== undefined && programs.includes(first)) return argv;
    if (isArgument(first)) return [self, prepend, ...argv.slice(1)];
    return first === undefined ? argv : [first, ...rest];
  };
}

/** An entrypoint that only execs, with its program put first when given options (or nothing it can run). */
function execs(program: string, needsProgram: (first: string | undefined, image: CatalogueImage) => boolean): Unwrap {
  return (argv, image) => {
    const rest = argv.slice(1);
    return needsProgram(rest[0], image) ? [program, ...rest] : rest;
  };
}

const notRunnable = (first: string | undefined, image: CatalogueImage): boolean =>
  first === undefined || isOption(first) || !hasExecutable(image, first);

const ENTRYPOINTS: Partial<Record<ProgramId, Unwrap>> = {
  'nginx-entrypoint': ownsProgram(['nginx', 'nginx-debug'], 'nginx', () => false),
  'mysql-entrypoint': ownsProgram(['mysqld']),
  'postgres-entrypoint': ownsProgram(['postgres']),
  'redis-entrypoint': execs('redis-server', (first) => isOption(first) || (first?.endsWith('.conf') ?? false)),
  'mongo-entrypoint': execs('mongod', (first) => isOption(first)),
  'node-entrypoint': execs('node', notRunnable),
  'filebeat-entrypoint': execs('filebeat', (first) => first === undefined || isOption(first)),
  'curl-entrypoint': execs('curl', notRunnable),
  tini: (argv) => {
    const rest = argv.slice(1);
    const dashes = rest.indexOf('--');
    if (dashes >= 0) return rest.slice(dashes + 1);
    const first = rest.findIndex((a) => !a.startsWith('-'));
    return first >= 0 ? rest.slice(first) : [];
  },
};

/** The bound on nested entrypoints (tini → entrypoint → program). */
const MAX_EXEC_DEPTH = 4;

/**
 * The argv PID 1 really runs once the image's entrypoints have exec'd what they were given: what
 * the kubelet spawns. Entrypoints that do work before starting their program (nginx's, mysql's,
 * postgres') stay in front of it.
 */
export function execArgv(image: CatalogueImage, argv: readonly string[]): readonly string[] {
  let current = argv;
  for (let depth = 0; depth < MAX_EXEC_DEPTH && current.length > 0; depth++) {
    const id = programOf(image, current[0]!);
    const unwrap = id ? ENTRYPOINTS[id] : undefined;
    const next = unwrap ? unwrap(current, image) : current;
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** The simulated program PID 1 runs, with its arguments (after the exec-throughs), or undefined. */
export interface MainProgram {
  readonly id: ProgramId;
  /** The base name it was started under (`nginx`, `docker-entrypoint.sh`, `kube-apiserver`…). */
  readonly name: string;
  readonly args: readonly string[];
}

export function mainProgram(image: CatalogueImage, argv: readonly string[]): MainProgram | undefined {
  const final = execArgv(image, argv);
  const first = final[0];
  if (first === undefined) return undefined;
  const id = programOf(image, first);
  return id ? { id, name: baseName(first), args: final.slice(1) } : undefined;
}
