// What the images' programs share: reading the container's files and environment through the
// process's machine, writing whole lines, and the factory shape the registry builds them with.

import type { ExternalProgram, ProcSys } from '../../process.ts';
import type { CatalogueImage, FileReader } from '../types.ts';

/** Builds the program an image runs under `name` (its base name: `nginx`, `docker-entrypoint.sh`…). */
export type ProgramFactory = (image: CatalogueImage, name: string) => ExternalProgram;

/** A file's content, or undefined when it is missing or not a regular file. */
export function readText(fs: FileReader, path: string): string | undefined {
  const content = fs.readFile(path);
  return typeof content === 'string' ? content : undefined;
}

/** A directory: it exists but does not read as a file. */
export function isDirectory(fs: FileReader, path: string): boolean {
  return fs.exists(path) && readText(fs, path) === undefined;
}

/**
 * The process environment (`NAME=value` list). Deviation from upstream: the process contract does not
 * carry it yet; a machine that passes `env` beside the contract's fields is read, else the image's is used.
 */
export function envOf(sys: ProcSys, image: CatalogueImage): ReadonlyMap<string, string> {
  const given = (sys as ProcSys & { readonly env?: readonly string[] }).env;
  const list = given ?? image.env;
  return new Map(list.map((kv) => {
    const eq = kv.indexOf('=');
    return eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
  }));
}

export function writeLines(sys: ProcSys, fd: 1 | 2, lines: readonly string[]): void {
  if (lines.length > 0) sys.write(fd, `${lines.join('\n')}\n`);
}

/** Parses `--flag=value` / `--flag value` / `-flag=value` options the way Go's flag package accepts them. */
export function flagValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    for (const prefix of [`--${name}`, `-${name}`]) {
      if (a === prefix) return args[i + 1];
      if (a.startsWith(`${prefix}=`)) return a.slice(prefix.length + 1);
    }
  }
  return undefined;
}
