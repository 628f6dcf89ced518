// apt-mark on a node (hold, unhold, showhold) with apt's exact messages, and `dpkg -l` (the
// package list with its `hi` / `ii` marks) for the packages kubeadm's guide installs.

import { isPackage, matchesGlob, PACKAGES, setHold, type PackageName } from '../../engine/index.ts';
import type { CommandContext, CommandSpec } from '../shell/types.ts';
import { APT_FAILED, LOCK_FRONTEND_DENIED, machinePackages } from './apt-output.ts';
import { isRoot, type NodeEnv } from './node-env.ts';

const DESCRIPTIONS: Readonly<Record<PackageName, string>> = {
  'cri-tools': 'Command-line utility for interacting with a container runtime',
  kubeadm: 'Command-line utility for administering a Kubernetes cluster',
  kubectl: 'Command-line utility for interacting with a Kubernetes cluster',
  kubelet: 'Node agent for Kubernetes clusters',
  'kubernetes-cni': 'Binaries required to provision kubernetes container networking',
};

function aptMark(env: NodeEnv, ctx: CommandContext): number {
  const pkgs = machinePackages(env);
  if (!pkgs) return 1;
  const [verb, ...names] = ctx.argv.slice(1).filter((a) => !a.startsWith('-'));
  if (verb === 'showhold') {
    for (const name of [...pkgs.held].sort()) ctx.io.stdout.write(`${name}\n`);
    return 0;
  }
  if (verb !== 'hold' && verb !== 'unhold') {
    ctx.io.stderr.write(verb === undefined ? 'E: No packages found\n' : `E: Invalid operation ${verb}\n`);
    return APT_FAILED;
  }
  if (names.length === 0) {
    ctx.io.stderr.write('E: No packages found\n');
    return APT_FAILED;
  }
  const unknown = names.find((n) => !isPackage(n));
  if (unknown !== undefined) {
    ctx.io.stderr.write(`E: Unable to locate package ${unknown}\n`);
    return APT_FAILED;
  }
  if (!isRoot(ctx)) {
    ctx.io.stderr.write(LOCK_FRONTEND_DENIED);
    return APT_FAILED;
  }
  for (const name of names as PackageName[]) {
    const changed = setHold(pkgs, name, verb === 'hold');
    if (verb === 'hold') ctx.io.stdout.write(changed ? `${name} set on hold.\n` : `${name} was already set on hold.\n`);
    else ctx.io.stdout.write(changed ? `Canceled hold on ${name}.\n` : `${name} was already not on hold.\n`);
  }
  return 0;
}

function dpkg(env: NodeEnv, ctx: CommandContext): number {
  const pkgs = machinePackages(env);
  if (!pkgs) return 1;
  const [option, ...patterns] = ctx.argv.slice(1);
  if (option !== '-l' && option !== '--list') {
    ctx.io.stderr.write("dpkg: error: need an action option\n\nType dpkg --help for help about installing and deinstalling packages [*];\nUse 'apt' or 'aptitude' for user-friendly package management;\nType dpkg -Dhelp for a list of dpkg debug flag values;\nType dpkg --force-help for a list of forcing options;\nType dpkg-deb --help for help about manipulating *.deb files;\n\nOptions marked [*] produce a lot of output - pipe it through 'less' or 'more' !\n");
    return 2;
  }
  const shown = PACKAGES.filter((n) => patterns.length === 0 || patterns.some((p) => matchesGlob(n, p)));
  const missing = patterns.filter((p) => !PACKAGES.some((n) => matchesGlob(n, p)));
  if (shown.length > 0) {
    ctx.io.stdout.write('Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n'
      + '|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n||/ Name           Version      Architecture Description\n'
      + `+++-==============-============-============-${'='.repeat(35)}\n`);
    for (const n of shown) ctx.io.stdout.write(`${pkgs.held.includes(n) ? 'hi' : 'ii'}  ${n.padEnd(14)} ${pkgs.installed[n].padEnd(12)} amd64        ${DESCRIPTIONS[n]}\n`);
  }
  for (const p of missing) ctx.io.stderr.write(`dpkg-query: no packages found matching ${p}\n`);
  return missing.length > 0 ? 1 : 0;
}

export const APT_MARK = (env: NodeEnv): CommandSpec => ({ name: 'apt-mark', path: '/usr/bin/apt-mark', run: (ctx) => aptMark(env, ctx) });
export const DPKG = (env: NodeEnv): CommandSpec => ({ name: 'dpkg', path: '/usr/bin/dpkg', run: (ctx) => dpkg(env, ctx) });
