// kubeadm's upgrade rules and cluster-side steps: the version skew policy (phases/upgrade/policy.go),
// the versions it offers (compute.go, capped to kubeadm's own minor like KubernetesReleaseVersion),
// static pod manifests with the new images (staticpods.go), and the post-upgrade writes (kubeadm-config,
// the kube-proxy DaemonSet). Mirrors kubeadm v1.32.

import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import type { ApiClient } from '../../client/client.ts';
import { available, binaryVersion } from '../machine/packages.ts';

/** The static pods kubeadm upgrades, in its order. */
export const UPGRADE_COMPONENTS = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'] as const;
export type UpgradeComponent = (typeof UPGRADE_COMPONENTS)[number];
export const COREDNS_VERSION = 'v1.11.3';

export interface Semver {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly pre: string;
}

export function parseVersion(v: string): Semver | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(v);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] ?? '' } : undefined;
}

function less(a: Semver, b: Semver): boolean {
  return a.major !== b.major ? a.major < b.major : a.minor !== b.minor ? a.minor < b.minor : a.patch < b.patch;
}

/** The etcd kubeadm deploys (constants.SupportedEtcdVersion): v1.32's kubeadm moved every supported minor to 3.5.16-0. */
export function etcdVersionFor(kubeadmVersion: string): string {
  return (parseVersion(kubeadmVersion)?.minor ?? 0) >= 32 ? '3.5.16-0' : '3.5.15-0';
}

/** dl.k8s.io's `stable-1.N` label: the newest patch release of a minor, on the course's date. */
export function latestPatch(minor: number): string | undefined {
  const newest = available(`v1.${minor}`, 'kubeadm')[0];
  return newest ? binaryVersion(newest) : undefined;
}

/** dl.k8s.io's `stable` label: the newest patch release of the newest minor pkgs.k8s.io serves. */
export function latestStable(): string {
  for (let minor = 40; minor > 0; minor--) {
    const v = latestPatch(minor);
    if (v) return v;
  }
  return 'v1.0.0';
}

export interface PolicyErrors {
  readonly mandatory: string[];
  readonly skippable: string[];
}

/** EnforceVersionPolicies: what stops `kubeadm upgrade apply <target>` (skippable ones give way to --force). */
export function versionPolicyErrors(cluster: string, kubeadm: string, target: string): PolicyErrors {
  const errors: PolicyErrors = { mandatory: [], skippable: [] };
  const [c, k, t] = [parseVersion(cluster), parseVersion(kubeadm), parseVersion(target)];
  if (!c || !k || !t) return errors;
  const released = t.pre === '';
  if (t.minor > c.minor + 1) {
    (released ? errors.mandatory : errors.skippable).push(`Specified version to upgrade to "${target}" is too high; kubeadm can upgrade only 1 minor version at a time`);
  }
  if (t.minor < c.minor - 1) {
    (released ? errors.mandatory : errors.skippable).push(`Specified version to downgrade to "${target}" is too low; kubeadm can downgrade only 1 minor version at a time`);
  }
  if (less(k, t)) {
    if (t.minor > k.minor) {
      (released ? errors.mandatory : errors.skippable).push(`Specified version to upgrade to "${target}" is at least one minor release higher than the kubeadm minor release (${t.minor} > ${k.minor}). Such an upgrade is not supported`);
    } else {
      errors.skippable.push(`Specified version to upgrade to "${target}" is higher than the kubeadm version "${kubeadm}". Upgrade kubeadm first using the tool you used to install kubeadm`);
    }
  }
  if (k.major > t.major || k.minor > t.minor) errors.skippable.push(`Kubeadm version ${kubeadm} can only be used to upgrade to Kubernetes version ${k.major}.${k.minor}`);
  return errors;
}

/** The manifest kubeadm writes for `version`: the same pod with the new release's image. */
export function upgradedManifest(manifest: KubeObject, version: string, kubeadmVersion: string): KubeObject {
  const next = clone(manifest);
  const tag = next.metadata.name === 'etcd' ? etcdVersionFor(kubeadmVersion) : version;
  for (const c of (next.spec as { containers?: Array<{ image?: string }> }).containers ?? []) {
    if (c.image) c.image = `${c.image.slice(0, c.image.lastIndexOf(':'))}:${tag}`;
  }
  return next;
}

/** The image tag a static pod manifest runs. */
export function manifestTag(manifest: KubeObject): string {
  const image = (manifest.spec as { containers?: Array<{ image?: string }> } | undefined)?.containers?.[0]?.image ?? '';
  return image.slice(image.lastIndexOf(':') + 1);
}

/** The cluster's version as kubeadm stored it (ClusterConfiguration.kubernetesVersion in kubeadm-config). */
export function storedClusterVersion(client: ApiClient): string | undefined {
  const cm = client.get('/configmaps', 'kube-system', 'kubeadm-config');
  const config = (cm?.data as Record<string, string> | undefined)?.ClusterConfiguration ?? '';
  return /^kubernetesVersion:\s*(\S+)/m.exec(config)?.[1];
}

/** After the control plane: kubeadm uploads its configuration and applies the kube-proxy add-on of `version`. */
export function postUpgrade(client: ApiClient, version: string): void {
  const cm = client.get('/configmaps', 'kube-system', 'kubeadm-config');
  const data = cm?.data as Record<string, string> | undefined;
  if (cm && data?.ClusterConfiguration) {
    const config = data.ClusterConfiguration.replace(/^kubernetesVersion:.*$/m, `kubernetesVersion: ${version}`);
    client.update('/configmaps', { ...cm, data: { ...data, ClusterConfiguration: config } } as KubeObject);
  }
  const ds = client.get('apps/daemonsets', 'kube-system', 'kube-proxy');
  if (!ds) return;
  const next = clone(ds);
  const containers = (next.spec as { template: { spec: { containers: Array<{ image?: string }> } } }).template.spec.containers;
  for (const c of containers) if (c.image?.startsWith('registry.k8s.io/kube-proxy:')) c.image = `registry.k8s.io/kube-proxy:${version}`;
  client.update('apps/daemonsets', next);
}

/** The images `version`'s control plane runs (kubeadm config images list). */
export function controlPlaneImages(version: string, kubeadmVersion: string): string[] {
  return [
    ...['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kube-proxy'].map((c) => `registry.k8s.io/${c}:${version}`),
    `registry.k8s.io/coredns/coredns:${COREDNS_VERSION}`, 'registry.k8s.io/pause:3.10', `registry.k8s.io/etcd:${etcdVersionFor(kubeadmVersion)}`,
  ];
}
