// apt-get 2.4 (Ubuntu 22.04) and its `apt` front end on a node: `update` (Hit/Get/Err lines for the
// Ubuntu mirrors and pkgs.k8s.io), `install pkg[=version]` (the resolver's summary, held packages and
// downgrades refused under -y as apt refuses them, dpkg's unpack lines), `apt list --upgradable`.

import {
  applyChanges, candidate, CDN_URL, compareVersions, PACKAGES, planInstall, REPO_URL, repoExists, sizesKb,
  type InstallRequest, type PackageChange, type PackageState,
} from '../../engine/index.ts';
import type { CommandContext, CommandSpec } from '../shell/types.ts';
import { APT_FAILED, configuredRepo, LISTS_LOCK_DENIED, LOCK_FRONTEND_DENIED, machinePackages, READING_LISTS, sizeToStr, visible } from './apt-output.ts';
import { isRoot, type NodeEnv } from './node-env.ts';

const UBUNTU_SOURCES = [
  'http://archive.ubuntu.com/ubuntu jammy InRelease', 'http://archive.ubuntu.com/ubuntu jammy-updates InRelease',
  'http://archive.ubuntu.com/ubuntu jammy-backports InRelease', 'http://security.ubuntu.com/ubuntu jammy-security InRelease',
];
const PKGS_IP = '[IP: 18.165.122.40 443]';
const INDEX_BYTES = { inRelease: 1_186, packages: 4_865 } as const;
/** The lab's download speed from pkgs.k8s.io's CDN. */
const BYTES_PER_S = 14_600_000;
const DPKG_DATABASE = '(Reading database ... 72193 files and directories currently installed.)\n';

function update(env: NodeEnv, ctx: CommandContext, pkgs: PackageState): number {
  const out = ctx.io.stdout;
  UBUNTU_SOURCES.forEach((s, i) => out.write(`Hit:${i + 1} ${s}\n`));
  const n = UBUNTU_SOURCES.length + 1;
  const repo = configuredRepo(env);
  if (repo === undefined) {
    pkgs.lists = '';
    out.write(READING_LISTS);
    return 0;
  }
  if (!repoExists(repo)) {
    out.write(`Err:${n} ${REPO_URL(repo).replace(/\/$/, '')}  InRelease\n  403  Forbidden ${PKGS_IP}\n${READING_LISTS}`);
    ctx.io.stderr.write(`E: Failed to fetch ${REPO_URL(repo)}InRelease  403  Forbidden ${PKGS_IP}\n`
      + `E: The repository '${REPO_URL(repo).replace(/\/$/, '')}  InRelease' is not signed.\n`
      + "N: Updating from such a repository can't be done securely, and is therefore disabled by default.\n"
      + 'N: See apt-secure(8) manpage for repository creation and user configuration details.\n');
    pkgs.lists = repo;
    return APT_FAILED;
  }
  if (pkgs.lists === repo) {
    out.write(`Hit:${n} ${CDN_URL(repo)}  InRelease\n${READING_LISTS}`);
    return 0;
  }
  const fetched = INDEX_BYTES.inRelease + INDEX_BYTES.packages;
  out.write(`Get:${n} ${CDN_URL(repo)}  InRelease [${INDEX_BYTES.inRelease} B]\nGet:${n + 1} ${CDN_URL(repo)}  Packages [${INDEX_BYTES.packages} B]\n`
    + `Fetched ${sizeToStr(fetched)} in 1s (${sizeToStr(fetched / 0.83)}/s)\n${READING_LISTS}`);
  pkgs.lists = repo;
  return 0;
}

function parseRequests(words: readonly string[]): InstallRequest[] {
  return words.map((w) => {
    const eq = w.indexOf('=');
    return eq < 0 ? { name: w } : { name: w.slice(0, eq), version: w.slice(eq + 1) };
  });
}

function listOf(title: string, names: readonly string[]): string {
  return names.length === 0 ? '' : `${title}\n  ${names.join(' ')}\n`;
}

/** dpkg's unpack and configure lines, after apt's download. */
function download(ctx: CommandContext, lists: string, changes: readonly PackageChange[]): void {
  const out = ctx.io.stdout;
  const bytes = changes.reduce((sum, c) => sum + sizesKb(c.name, c.to)[0] * 1000, 0);
  const growKb = changes.reduce((sum, c) => sum + sizesKb(c.name, c.to)[1] - sizesKb(c.name, c.from)[1], 0);
  out.write(`Need to get ${sizeToStr(bytes)} of archives.\n`);
  out.write(growKb >= 0 ? `After this operation, ${sizeToStr(growKb * 1000)} of additional disk space will be used.\n` : `After this operation, ${sizeToStr(-growKb * 1000)} disk space will be freed.\n`);
  changes.forEach((c, i) => out.write(`Get:${i + 1} ${CDN_URL(lists)}  ${c.name} ${c.to} [${sizeToStr(sizesKb(c.name, c.to)[0] * 1000)}]\n`));
  const seconds = bytes / BYTES_PER_S + 0.3;
  out.write(`Fetched ${sizeToStr(bytes)} in ${Math.round(seconds)}s (${sizeToStr(bytes / seconds)}/s)\n${DPKG_DATABASE}`);
  for (const c of changes) out.write(`Preparing to unpack .../${c.name}_${c.to}_amd64.deb ...\nUnpacking ${c.name} (${c.to}) over (${c.from}) ...\n`);
  for (const c of changes) out.write(`Setting up ${c.name} (${c.to}) ...\n`);
}

function install(env: NodeEnv, ctx: CommandContext, pkgs: PackageState, flags: ReadonlySet<string>, words: readonly string[]): number {
  if (!isRoot(ctx)) {
    ctx.io.stderr.write(LOCK_FRONTEND_DENIED);
    return APT_FAILED;
  }
  const out = ctx.io.stdout;
  out.write(`${READING_LISTS}Building dependency tree... Done\nReading state information... Done\n`);
  const seen = visible(env, pkgs);
  const plan = planInstall(seen, parseRequests(words));
  if (!plan.ok) {
    ctx.io.stderr.write(`${plan.error}\n`);
    return APT_FAILED;
  }
  for (const n of plan.newest) out.write(`${n.name} is already the newest version (${n.version}).\n`);
  const held = plan.changes.filter((c) => pkgs.held.includes(c.name)).map((c) => c.name);
  const up = plan.changes.filter((c) => compareVersions(c.to, c.from) > 0);
  const down = plan.changes.filter((c) => compareVersions(c.to, c.from) < 0);
  out.write(listOf('The following held packages will be changed:', held) + listOf('The following packages will be upgraded:', up.map((c) => c.name))
    + listOf('The following packages will be DOWNGRADED:', down.map((c) => c.name)));
  out.write(`${up.length} upgraded, 0 newly installed, ${down.length > 0 ? `${down.length} downgraded, ` : ''}0 to remove and ${plan.notUpgraded} not upgraded.\n`);
  if (plan.changes.length === 0) return 0;
  const yes = flags.has('y') || flags.has('yes') || flags.has('assume-yes');
  if (yes && held.length > 0 && !flags.has('allow-change-held-packages')) {
    ctx.io.stderr.write('E: Held packages were changed and -y was used without --allow-change-held-packages.\n');
    return APT_FAILED;
  }
  if (yes && down.length > 0 && !flags.has('allow-downgrades')) {
    ctx.io.stderr.write('E: Packages were downgraded and -y was used without --allow-downgrades.\n');
    return APT_FAILED;
  }
  download(ctx, seen.lists, plan.changes);
  applyChanges(pkgs, plan.changes);
  return 0;
}

function upgradable(ctx: CommandContext, pkgs: PackageState): number {
  ctx.io.stdout.write('Listing... Done\n');
  for (const name of PACKAGES) {
    const next = candidate(pkgs, name);
    if (next && compareVersions(next, pkgs.installed[name]) > 0) ctx.io.stdout.write(`${name}/unknown ${next} amd64 [upgradable from: ${pkgs.installed[name]}]\n`);
  }
  return 0;
}

/** Short flags (`-y`, `-qq`) and long ones (`--yes`), by name; the rest are words. */
function splitArgs(args: readonly string[]): { flags: Set<string>; words: string[] } {
  const flags = new Set<string>();
  const words: string[] = [];
  for (const a of args) {
    if (a.startsWith('--')) flags.add(a.slice(2));
    else if (a.startsWith('-') && a.length > 1) for (const ch of a.slice(1)) flags.add(ch);
    else words.push(a);
  }
  return { flags, words };
}

function run(env: NodeEnv, ctx: CommandContext, front: 'apt' | 'apt-get'): number {
  const pkgs = machinePackages(env);
  if (!pkgs) return 1;
  const { flags, words } = splitArgs(ctx.argv.slice(1));
  const [verb, ...rest] = words;
  switch (verb) {
    case 'update': {
      if (!isRoot(ctx)) {
        ctx.io.stderr.write(`${READING_LISTS}${LISTS_LOCK_DENIED}`);
        return APT_FAILED;
      }
      const code = update(env, ctx, pkgs);
      if (front === 'apt' && code === 0) {
        const count = PACKAGES.filter((n) => compareVersions(candidate(visible(env, pkgs), n) ?? '0', pkgs.installed[n]) > 0).length;
        ctx.io.stdout.write(`Building dependency tree... Done\nReading state information... Done\n${count === 0 ? 'All packages are up to date.' : `${count} package${count === 1 ? ' can' : 's can'} be upgraded. Run 'apt list --upgradable' to see ${count === 1 ? 'it' : 'them'}.`}\n`);
      }
      return code;
    }
    case 'install': return install(env, ctx, pkgs, flags, rest);
    case 'list':
      if (front === 'apt' && flags.has('upgradable')) return upgradable(ctx, visible(env, pkgs));
      break;
    case undefined:
      ctx.io.stdout.write(`apt 2.4.13 (amd64)\nUsage: ${front} [options] command\n`);
      return front === 'apt' ? 1 : 0;
  }
  ctx.io.stderr.write(`E: Invalid operation ${verb}\n`);
  return 1;
}

export const APT_GET = (env: NodeEnv): CommandSpec => ({ name: 'apt-get', path: '/usr/bin/apt-get', run: (ctx) => run(env, ctx, 'apt-get') });
export const APT = (env: NodeEnv): CommandSpec => ({ name: 'apt', path: '/usr/bin/apt', run: (ctx) => run(env, ctx, 'apt') });
