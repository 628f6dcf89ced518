// `apt-get install pkg[=version]` resolved against the fetched package index: which packages change
// (with kubeadm's cri-tools dependency), which of them are held or downgraded, and apt's errors.
// Mirrors apt's resolver for the handful of packages a node has (no removals, no new packages).

import { available, compareVersions, dependencies, isPackage, PACKAGES, type PackageName, type PackageState } from './packages.ts';

export interface InstallRequest {
  readonly name: string;
  /** Exact or with `*` wildcards (`1.32.0-*`), as apt accepts. */
  readonly version?: string;
}

export interface PackageChange {
  readonly name: PackageName;
  readonly from: string;
  readonly to: string;
}

export type InstallPlan =
  | { readonly ok: false; readonly error: string }
  | {
    readonly ok: true;
    /** In apt's (alphabetical) order. */
    readonly changes: readonly PackageChange[];
    /** Requested packages already at the wanted version. */
    readonly newest: ReadonlyArray<{ readonly name: PackageName; readonly version: string }>;
    /** Installed packages with a newer candidate that stay as they are. */
    readonly notUpgraded: number;
  };

/** The index's candidate: the newest version the fetched lists offer. */
export function candidate(pkgs: PackageState, name: PackageName): string | undefined {
  return available(pkgs.lists, name)[0];
}

/** apt's version wildcards and dpkg's name patterns: `*` matches anything. */
export function matchesGlob(text: string, pattern: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(text);
}

/** The version a request selects; an installed package stays known (dpkg's status) when the index lacks it. */
function wanted(pkgs: PackageState, req: InstallRequest): { name: PackageName; version: string } | string {
  if (!isPackage(req.name)) return `E: Unable to locate package ${req.name}`;
  const versions = available(pkgs.lists, req.name);
  const version = req.version === undefined ? versions[0] ?? pkgs.installed[req.name] : versions.find((v) => matchesGlob(v, req.version!));
  if (version === undefined) return `E: Version '${req.version}' for '${req.name}' was not found`;
  return { name: req.name, version };
}

export function planInstall(pkgs: PackageState, requests: readonly InstallRequest[]): InstallPlan {
  const target = new Map<PackageName, string>();
  for (const req of requests) {
    const w = wanted(pkgs, req);
    if (typeof w === 'string') return { ok: false, error: w };
    target.set(w.name, w.version);
  }
  for (const [name, version] of [...target]) {
    for (const dep of dependencies(name, version)) {
      if (target.has(dep.name) || compareVersions(pkgs.installed[dep.name], dep.atLeast) >= 0) continue;
      const next = candidate(pkgs, dep.name);
      if (next) target.set(dep.name, next);
    }
  }
  const changes: PackageChange[] = [];
  const newest: Array<{ name: PackageName; version: string }> = [];
  for (const name of PACKAGES) {
    const to = target.get(name);
    if (to === undefined) continue;
    if (to === pkgs.installed[name]) newest.push({ name, version: to });
    else changes.push({ name, from: pkgs.installed[name], to });
  }
  const notUpgraded = PACKAGES.filter((name) => {
    const next = candidate(pkgs, name);
    return !target.has(name) && next !== undefined && compareVersions(next, pkgs.installed[name]) > 0;
  }).length;
  return { ok: true, changes, newest, notUpgraded };
}

export function applyChanges(pkgs: PackageState, changes: readonly PackageChange[]): void {
  for (const c of changes) pkgs.installed[c.name] = c.to;
}
