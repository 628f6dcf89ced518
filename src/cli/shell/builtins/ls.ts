// `ls`: lists directories (GNU coreutils in the C.UTF-8 locale): names separated by two spaces on
// a terminal, one per line into a pipe or with `-1`; `-l` long format, `-a`/`-A` hidden entries,
// `-d` directories themselves, `-h` human-readable sizes, `-R` subdirectories too.

import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail } from './args.ts';
import { printError, resolve } from './files.ts';
import { FsError } from '../../fs/virtual-fs.ts';
import { longListing } from './ls-long.ts';
import type { Entry } from './ls-long.ts';

interface Listing {
  readonly header: string | undefined;
  readonly entries: readonly Entry[];
  /** Long format prints `total N` for directory contents only. */
  readonly isDirectory: boolean;
}

/** Exit status when an operand is missing ("serious trouble"). */
const EXIT_TROUBLE = 2;

function quoteName(name: string): string {
  if (/^[A-Za-z0-9._\-+,:@%/=]+$/.test(name)) return name;
  return name.includes("'") ? `"${name}"` : `'${name}'`;
}

function directoryEntries(ctx: CommandContext, path: string, flags: ReadonlySet<string>): Entry[] {
  const names = ctx.fs.readdir(path).filter((name) => flags.has('a') || flags.has('A') || !name.startsWith('.'));
  const withDots = flags.has('a') ? ['.', '..', ...names] : names;
  return withDots.flatMap((name) => {
    const entryPath = name === '.' ? path : name === '..' ? resolve(ctx, `${path}/..`) : `${path === '/' ? '' : path}/${name}`;
    const info = ctx.fs.stat(entryPath);
    return info === undefined ? [] : [{ name, path: entryPath, info }];
  });
}

function format(ctx: CommandContext, listing: Listing, flags: ReadonlySet<string>): string {
  const tty = ctx.io.stdoutIsTerminal === true;
  const names = listing.entries.map((entry) => (tty ? quoteName(entry.name) : entry.name));
  if (flags.has('l')) return longListing(ctx, listing.entries, names, { total: listing.isDirectory, human: flags.has('h') });
  if (names.length === 0) return '';
  return tty && !flags.has('1') ? `${names.join('  ')}\n` : names.map((name) => `${name}\n`).join('');
}

function collect(ctx: CommandContext, operands: readonly string[], flags: ReadonlySet<string>): { listings: Listing[]; failed: boolean } {
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  let failed = false;
  for (const operand of operands) {
    const path = resolve(ctx, operand);
    const info = ctx.fs.stat(path);
    if (info === undefined) {
      printError(ctx, `cannot access '${operand}': No such file or directory`);
      failed = true;
    } else {
      (info.type === 'dir' && !flags.has('d') ? dirs : files).push({ name: operand, path, info });
    }
  }
  const showHeaders = operands.length > 1 || flags.has('R');
  const listings: Listing[] = files.length > 0 ? [{ header: undefined, entries: files, isDirectory: false }] : [];
  for (const dir of dirs) {
    try {
      listings.push(...listDirectory(ctx, dir.name, dir.path, flags, showHeaders));
    } catch (error) {
      // A directory the user may not read (a node's /etc/kubernetes/manifests for vagrant).
      if (!(error instanceof FsError) || error.code !== 'EACCES') throw error;
      printError(ctx, `cannot open directory '${dir.name}': Permission denied`);
      failed = true;
    }
  }
  return { listings, failed };
}

/** A directory's listing, followed with `-R` by those of its subdirectories, depth first. */
function listDirectory(ctx: CommandContext, shown: string, path: string, flags: ReadonlySet<string>, header: boolean): Listing[] {
  const entries = directoryEntries(ctx, path, flags);
  const listings: Listing[] = [{ header: header ? `${shown}:` : undefined, entries, isDirectory: true }];
  if (!flags.has('R')) return listings;
  for (const entry of entries) {
    if (entry.info.type !== 'dir' || entry.name === '.' || entry.name === '..') continue;
    listings.push(...listDirectory(ctx, `${shown.replace(/\/$/, '')}/${entry.name}`, entry.path, flags, true));
  }
  return listings;
}

function ls(ctx: CommandContext): number {
  const args = parseOrFail(
    ctx,
    { flags: 'laA1dhR', long: { all: 'a', 'almost-all': 'A', directory: 'd', 'human-readable': 'h', recursive: 'R' } },
    EXIT_TROUBLE,
  );
  if (typeof args === 'number') return args;
  const operands = args.operands.length > 0 ? [...args.operands].sort() : ['.'];
  const { listings, failed } = collect(ctx, operands, args.flags);
  const blocks = listings.map((listing) => {
    const body = format(ctx, listing, args.flags);
    return listing.header === undefined ? body : `${listing.header}\n${body}`;
  });
  ctx.io.stdout.write(blocks.join('\n'));
  return failed ? EXIT_TROUBLE : 0;
}

export const LS: CommandSpec = { name: 'ls', path: '/usr/bin/ls', run: ls };
