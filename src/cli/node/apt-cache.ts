// apt-cache on a node: `madison` (the versions the fetched package index offers, apt's table) and
// `policy` (installed version, candidate and the version table), as apt 2.4 prints them.

import { available, candidate, compareVersions, isPackage, REPO_URL } from '../../engine/index.ts';
import type { CommandContext, CommandSpec } from '../shell/types.ts';
import { machinePackages, visible } from './apt-output.ts';
import type { NodeEnv } from './node-env.ts';

const source = (lists: string): string => `${REPO_URL(lists).replace(/\/$/, '')}  Packages`;

function madison(env: NodeEnv, ctx: CommandContext, names: readonly string[]): number {
  const pkgs = machinePackages(env);
  if (!pkgs) return 1;
  const { lists } = visible(env, pkgs);
  for (const name of names) {
    if (!isPackage(name)) ctx.io.stderr.write(`N: Unable to locate package ${name}\n`);
    else for (const v of available(lists, name)) ctx.io.stdout.write(`${name.padStart(10)} | ${v.padStart(10)} | ${source(lists)}\n`);
  }
  return 0;
}

function policy(env: NodeEnv, ctx: CommandContext, names: readonly string[]): number {
  const pkgs = machinePackages(env);
  if (!pkgs) return 1;
  const seen = visible(env, pkgs);
  for (const name of names) {
    if (!isPackage(name)) {
      ctx.io.stderr.write(`N: Unable to locate package ${name}\n`);
      continue;
    }
    const installed = pkgs.installed[name];
    const versions = available(seen.lists, name);
    const rows = versions.includes(installed) ? versions : [installed, ...versions].sort((a, b) => compareVersions(b, a));
    const table = rows.map((v) => `${v === installed ? ' *** ' : '     '}${v} ${versions.includes(v) ? 500 : 100}\n`
      + (versions.includes(v) ? `        500 ${source(seen.lists)}\n` : '') + (v === installed ? '        100 /var/lib/dpkg/status\n' : '')).join('');
    ctx.io.stdout.write(`${name}:\n  Installed: ${installed}\n  Candidate: ${candidate(seen, name) ?? installed}\n  Version table:\n${table}`);
  }
  return 0;
}

function run(env: NodeEnv, ctx: CommandContext): number {
  const [verb, ...names] = ctx.argv.slice(1).filter((a) => !a.startsWith('-'));
  if (verb === 'madison') return madison(env, ctx, names);
  if (verb === 'policy') return policy(env, ctx, names);
  if (verb === undefined) {
    ctx.io.stdout.write('apt 2.4.13 (amd64)\nUsage: apt-cache [options] command\n');
    return 0;
  }
  ctx.io.stderr.write(`E: Invalid operation ${verb}\n`);
  return 100;
}

export const APT_CACHE = (env: NodeEnv): CommandSpec => ({ name: 'apt-cache', path: '/usr/bin/apt-cache', run: (ctx) => run(env, ctx) });
