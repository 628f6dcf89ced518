// The --from-literal / --from-file / --from-env-file sources of `create configmap` and
// `create secret generic` (kubectl pkg/util ParseFileSource, ParseLiteralSource, cmdutil env_file.go),
// reading the student's files.

import { isConfigMapKey, isEnvVarName } from '../../../../engine/index.ts';
import { resolvePath } from '../../../fs/virtual-fs.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';

export const ERR_ENV_WITH_OTHERS = 'from-env-file cannot be combined with from-file or from-literal';
export const ERR_DIR_KEY = 'cannot give a key name for a directory path';
export const ERR_LITERAL = (source: string): string => `invalid literal source ${source}, expected key=value`;
export const ERR_FILE_KEY_MISSING = (path: string): string => `key name for file path ${path} missing`;
export const ERR_FILE_PATH_MISSING = (key: string): string => `file path for key name ${key} missing`;
export const ERR_FILE_EQUALS = "key names or file paths cannot contain '='";
export const ERR_READING = (path: string): string => `error reading ${path}: no such file or directory`;
export const ERR_ENV_KEY = (key: string, errs: readonly string[]): string => `"${key}" is not a valid key name: ${errs.join(';')}`;

/** One key/value pair, in the order the sources give them. */
export interface SourceEntry {
  readonly key: string;
  readonly value: string;
}

export function literalEntry(source: string): SourceEntry {
  const eq = source.indexOf('=');
  if (eq <= 0) throw new KubectlError(ERR_LITERAL(source));
  return { key: source.slice(0, eq), value: source.slice(eq + 1) };
}

/** `path`, `key=path`, or a directory (each regular file in it). */
export function fileEntries(ctx: KubectlContext, source: string): SourceEntry[] {
  const { key, path } = parseFileSource(source);
  const abs = resolvePath(ctx.cwd, path, ctx.home);
  const stat = ctx.fs.stat(abs);
  if (!stat) throw new KubectlError(ERR_READING(path));
  if (stat.type === 'file') return [{ key, value: ctx.fs.readFile(abs) }];
  if (source.includes('=')) throw new KubectlError(ERR_DIR_KEY);
  return ctx.fs.readdir(abs)
    .filter((name) => ctx.fs.stat(`${abs}/${name}`)?.type === 'file')
    .map((name) => ({ key: name, value: ctx.fs.readFile(`${abs}/${name}`) }));
}

function parseFileSource(source: string): { key: string; path: string } {
  const separators = source.split('=').length - 1;
  if (separators === 0) return { key: source.replace(/\/+$/, '').split('/').pop() || '/', path: source };
  if (separators > 1) throw new KubectlError(ERR_FILE_EQUALS);
  if (source.startsWith('=')) throw new KubectlError(ERR_FILE_KEY_MISSING(source.slice(1)));
  if (source.endsWith('=')) throw new KubectlError(ERR_FILE_PATH_MISSING(source.slice(0, -1)));
  const [key, path] = source.split('=') as [string, string];
  return { key, path };
}

/** `KEY=value` lines; `#` comments and blank lines skipped; a bare KEY takes kubectl's (empty) environment value. */
export function envFileEntries(ctx: KubectlContext, path: string, dirError: string): SourceEntry[] {
  const abs = resolvePath(ctx.cwd, path, ctx.home);
  const stat = ctx.fs.stat(abs);
  if (!stat) throw new KubectlError(ERR_READING(path));
  if (stat.type === 'dir') throw new KubectlError(dirError);
  const out: SourceEntry[] = [];
  ctx.fs.readFile(abs).replace(/^\uFEFF/, '').split('\n').forEach((raw) => {
    const line = raw.replace(/\r$/, '').replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq < 0 ? line : line.slice(0, eq);
    const errs = isEnvVarName(key);
    if (errs.length > 0) throw new KubectlError(ERR_ENV_KEY(key, errs));
    out.push({ key, value: eq < 0 ? '' : line.slice(eq + 1) });
  });
  return out;
}

export function configKeyErrors(key: string): string[] {
  return isConfigMapKey(key);
}
