// Filename completion over the student's files, as readline's rl_filename_completion_function and
// bash-completion's _filedir do it: the entries of the typed directory that start with the typed
// name, dot files only for a name starting with `.`, `~/` kept as typed.

import { resolvePath, type VirtualFs } from '../fs/virtual-fs.ts';

export interface PathOptions {
  /** Directories only (`cd`, `compgen -d`). */
  readonly directoriesOnly?: boolean;
  /** Files only with these extensions, directories always (`_filedir '@(json|yaml|yml)'`). */
  readonly extensions?: readonly string[];
}

export interface PathMatches {
  /** The typed directory part followed by each matching name. */
  readonly matches: readonly string[];
  readonly directories: ReadonlySet<string>;
}

/** Invariant: a directory listing considered for completion is cut at this many entries. */
const MAX_ENTRIES = 10_000;

export function completePaths(fs: VirtualFs, cwd: string, home: string, word: string, options: PathOptions = {}): PathMatches {
  const slash = word.lastIndexOf('/');
  const typedDir = slash < 0 ? '' : word.slice(0, slash + 1);
  const name = word.slice(slash + 1);
  const dir = typedDir === '' ? cwd : resolvePath(cwd, typedDir, home);
  if (fs.stat(dir)?.type !== 'dir') return { matches: [], directories: new Set() };
  const entries = name.startsWith('.') ? ['.', '..', ...fs.readdir(dir)] : fs.readdir(dir);
  const matches: string[] = [];
  const directories = new Set<string>();
  for (const entry of entries.slice(0, MAX_ENTRIES)) {
    if (!entry.startsWith(name) || (name === '' && entry.startsWith('.'))) continue;
    const isDir = entry === '.' || entry === '..' || fs.stat(resolvePath(dir, entry, home))?.type === 'dir';
    if (options.directoriesOnly && !isDir) continue;
    if (!isDir && options.extensions && !options.extensions.some((ext) => hasExtension(entry, ext))) continue;
    const match = typedDir + entry;
    matches.push(match);
    if (isDir) directories.add(match);
  }
  return { matches, directories };
}

function hasExtension(name: string, ext: string): boolean {
  return name.endsWith(`.${ext}`) || name.endsWith(`.${ext.toUpperCase()}`);
}
