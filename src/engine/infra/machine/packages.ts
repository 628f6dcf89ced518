// The Debian packages kubeadm's install guide puts on a node (kubeadm, kubelet, kubectl, cri-tools,
// kubernetes-cni from pkgs.k8s.io), as apt and dpkg see them: the repository the sources list names,
// the package index `apt-get update` fetched, installed versions and holds. Plain data in MachineState.

export const PACKAGES = ['cri-tools', 'kubeadm', 'kubectl', 'kubelet', 'kubernetes-cni'] as const;
export type PackageName = (typeof PACKAGES)[number];

export interface PackageState {
  /** The installed version of each package, Debian form (`1.31.4-1.1`). */
  installed: Record<PackageName, string>;
  /** Packages `apt-mark hold` pinned, in the order they were held. */
  held: PackageName[];
  /** The pkgs.k8s.io minor (`v1.31`) whose package index the last `apt-get update` fetched. */
  lists: string;
}

export const SOURCES_LIST = '/etc/apt/sources.list.d/kubernetes.list';
export const KEYRING = '/etc/apt/keyrings/kubernetes-apt-keyring.gpg';
export const REPO_URL = (minor: string): string => `https://pkgs.k8s.io/core:/stable:/${minor}/deb/`;
/** Where pkgs.k8s.io redirects apt to (its Get: lines name it). */
export const CDN_URL = (minor: string): string => `https://prod-cdn.packages.k8s.io/repositories/isv:/kubernetes:/core:/stable:/${minor}/deb`;
export const sourcesLine = (minor: string): string => `deb [signed-by=${KEYRING}] ${REPO_URL(minor)} /\n`;

interface Repository {
  /** The newest patch release of the minor on the course's date (2025-03-17). */
  readonly latestPatch: number;
  readonly 'cri-tools': string;
  readonly 'kubernetes-cni': string;
  /** Size of the .deb and the installed size, kB, per package. */
  readonly sizesKb: Readonly<Record<PackageName, readonly [number, number]>>;
}

/** What pkgs.k8s.io serves, per minor. Deviation from upstream: sizes are stand-ins of the right order. */
const REPOSITORIES: Readonly<Record<string, Repository>> = {
  'v1.30': {
    latestPatch: 11, 'cri-tools': '1.30.1-1.1', 'kubernetes-cni': '1.4.0-1.1',
    sizesKb: { 'cri-tools': [21_337, 69_512], kubeadm: [10_401, 49_102], kubectl: [10_780, 50_180], kubelet: [18_102, 75_940], 'kubernetes-cni': [32_870, 125_310] },
  },
  'v1.31': {
    latestPatch: 7, 'cri-tools': '1.31.1-1.1', 'kubernetes-cni': '1.5.1-1.1',
    sizesKb: { 'cri-tools': [15_478, 60_412], kubeadm: [11_412, 52_340], kubectl: [11_240, 53_164], kubelet: [15_208, 72_560], 'kubernetes-cni': [33_912, 128_900] },
  },
  'v1.32': {
    latestPatch: 3, 'cri-tools': '1.32.0-1.1', 'kubernetes-cni': '1.6.0-1.1',
    sizesKb: { 'cri-tools': [16_310, 63_878], kubeadm: [12_196, 55_682], kubectl: [11_328, 54_020], kubelet: [15_275, 73_104], 'kubernetes-cni': [35_120, 133_402] },
  },
};

/** The lab's machines as kubeadm's guide left them: v1.31 packages, the Kubernetes ones held. */
export function initialPackages(): PackageState {
  return {
    installed: { 'cri-tools': '1.31.1-1.1', kubeadm: '1.31.4-1.1', kubectl: '1.31.4-1.1', kubelet: '1.31.4-1.1', 'kubernetes-cni': '1.5.1-1.1' },
    held: ['kubelet', 'kubeadm', 'kubectl'],
    lists: 'v1.31',
  };
}

/** A machine's package state (MachineState.packages), made on first use. */
export function packagesOf(state: { packages?: PackageState }): PackageState {
  state.packages ??= initialPackages();
  return state.packages;
}

export function isPackage(name: string): name is PackageName {
  return (PACKAGES as readonly string[]).includes(name);
}

/** The pkgs.k8s.io minor a sources list names (`v1.32`), if it names one. */
export function repoIn(sources: string): string | undefined {
  for (const line of sources.split('\n')) {
    const m = /^\s*deb\s.*https:\/\/pkgs\.k8s\.io\/core:\/stable:\/(v\d+\.\d+)\/deb\/?\s/.exec(`${line} `);
    if (m) return m[1];
  }
  return undefined;
}

/** Whether pkgs.k8s.io has that minor's repository. */
export function repoExists(minor: string): boolean {
  return REPOSITORIES[minor] !== undefined;
}

/** The versions a repository offers for a package, newest first. */
export function available(minor: string, name: PackageName): string[] {
  const repo = REPOSITORIES[minor];
  if (!repo) return [];
  if (name === 'cri-tools' || name === 'kubernetes-cni') return [repo[name]];
  const base = minor.replace(/^v/, '');
  return Array.from({ length: repo.latestPatch + 1 }, (_, i) => `${base}.${repo.latestPatch - i}-1.1`);
}

/** [download kB, installed kB] of a package version. */
export function sizesKb(name: PackageName, version: string): readonly [number, number] {
  const repo = REPOSITORIES[`v${version.split('.').slice(0, 2).join('.')}`] ?? REPOSITORIES['v1.31']!;
  return repo.sizesKb[name];
}

/** dpkg's version order for the forms used here (`1.32.0-1.1`). */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string): number[] => v.split(/[.-]/).map((p) => Number(p) || 0);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The upstream version a package's binary reports: `1.32.0-1.1` → `v1.32.0`. */
export function binaryVersion(debVersion: string): string {
  return `v${debVersion.replace(/-.*$/, '')}`;
}

/** Packages a package version needs at least: kubeadm wants cri-tools of its own minor. */
export function dependencies(name: PackageName, version: string): Array<{ name: PackageName; atLeast: string }> {
  if (name !== 'kubeadm') return [];
  return [{ name: 'cri-tools', atLeast: `${version.split('.').slice(0, 2).join('.')}.0` }];
}

/** `apt-mark hold|unhold`: whether the mark changed. */
export function setHold(pkgs: PackageState, name: PackageName, hold: boolean): boolean {
  const held = pkgs.held.includes(name);
  if (held === hold) return false;
  pkgs.held = hold ? [...pkgs.held, name] : pkgs.held.filter((n) => n !== name);
  return true;
}

/** The apt source and signing key kubeadm's install guide adds. */
export const APT_FILES: Readonly<Record<string, string>> = {
  [SOURCES_LIST]: sourcesLine('v1.31'),
  [KEYRING]: '\x99\x01\x0d\x04\x65\x1c\x2e\x6a\x01\x08\x00pkgs.k8s.io isv:kubernetes OBS Project <isv:kubernetes@build.opensuse.org>\n',
  '/etc/apt/sources.list': 'deb http://archive.ubuntu.com/ubuntu jammy main restricted universe multiverse\ndeb http://archive.ubuntu.com/ubuntu jammy-updates main restricted universe multiverse\ndeb http://archive.ubuntu.com/ubuntu jammy-backports main restricted universe multiverse\ndeb http://security.ubuntu.com/ubuntu jammy-security main restricted universe multiverse\n',
};
