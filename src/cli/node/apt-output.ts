// What apt's programs share on a node: the machine's package state and the package index the
// current sources list can see, apt's size format (SizeToStr) and its errors for a user who is not root.

import { isFsError, packagesOf, repoIn, SOURCES_LIST, type PackageState } from '../../engine/index.ts';
import type { NodeEnv } from './node-env.ts';

export const LOCK_FRONTEND_DENIED = 'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\n'
  + 'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n';
export const LISTS_LOCK_DENIED = 'E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\n'
  + 'E: Unable to lock directory /var/lib/apt/lists/\n'
  + 'W: Problem unlinking the file /var/cache/apt/pkgcache.bin - RemoveCaches (13: Permission denied)\n'
  + 'W: Problem unlinking the file /var/cache/apt/srcpkgcache.bin - RemoveCaches (13: Permission denied)\n';
export const READING_LISTS = 'Reading package lists... Done\n';
export const APT_FAILED = 100;

/** The machine's packages; undefined when the node has no machine. */
export function machinePackages(env: NodeEnv): PackageState | undefined {
  const state = env.cluster.machines.state(env.node);
  return state ? packagesOf(state) : undefined;
}

/** The pkgs.k8s.io minor the sources list names now (`v1.32`), if any. */
export function configuredRepo(env: NodeEnv): string | undefined {
  const text = env.cluster.machines.fs(env.node)?.readFile(SOURCES_LIST);
  return text === undefined || isFsError(text) ? undefined : repoIn(text);
}

/** The package state as apt's cache sees it: lists fetched for another source than the one configured are gone. */
export function visible(env: NodeEnv, pkgs: PackageState): PackageState {
  return configuredRepo(env) === pkgs.lists ? pkgs : { ...pkgs, lists: '' };
}

/** apt's SizeToStr: `9460 B`, `3342 kB`, `28.5 MB`. */
export function sizeToStr(bytes: number): string {
  const units = ['', 'k', 'M', 'G'];
  let size = bytes;
  for (let i = 0; i < units.length; i++) {
    if (size < 100 && i !== 0) return `${size.toFixed(1)} ${units[i]}B`;
    if (size < 10_000) return `${size.toFixed(0)} ${units[i]}B`;
    size /= 1000;
  }
  return `${size.toFixed(0)} TB`;
}
