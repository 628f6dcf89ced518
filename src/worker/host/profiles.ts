// The profiles a sandbox can start from, by name, and a cluster made from one. A profile's boot runs
// once per seed: its result is kept (or shipped with the app) and later clusters are restored from it.

import { bareProfile, Cluster, courseFlannelProfile, courseProfile, emptyProfile, type ClusterSnapshot, type Profile } from '../../engine/index.ts';
import type { SandboxOptions } from './api.ts';
import { containerKubectl } from '../../cli/kubectl/in-pod/container-kubectl.ts';

export const PROFILES: Readonly<Record<string, Profile>> = {
  course: courseProfile,
  'course-flannel': courseFlannelProfile,
  empty: emptyProfile,
  bare: bareProfile,
};

export const DEFAULT_PROFILE = 'course';

/** A profile's cluster right after its boot with one seed: what `newCluster` restores instead of booting again. */
export interface BootedCluster {
  readonly profile: string;
  readonly seed: number;
  readonly snapshot: ClusterSnapshot;
}

/** Boots kept, by profile and seed; bounded, the oldest dropped first. */
const booted = new Map<string, ClusterSnapshot>();
const MAX_BOOTS_KEPT = 8;
const bootKey = (profile: string, seed: number): string => `${profile}#${seed}`;

export function profileByName(name: string): Profile | undefined {
  return Object.prototype.hasOwnProperty.call(PROFILES, name) ? PROFILES[name] : undefined;
}

/** Hands over a boot computed elsewhere (the app ships the default one, made at build time). */
export function provideBootedCluster(cluster: BootedCluster): void {
  keep(bootKey(cluster.profile, cluster.seed), cluster.snapshot);
}

/** Boots `profile` with `seed` for real and returns its snapshot, without keeping it. */
export function bootSnapshot(profile: string, seed: number): BootedCluster {
  return { profile, seed, snapshot: new Cluster({ seed, profile: knownProfile(profile) }).snapshot() };
}

export function newCluster(options: SandboxOptions): Cluster {
  const name = options.profile ?? DEFAULT_PROFILE;
  const profile = knownProfile(name);
  const key = bootKey(name, options.seed);
  const snapshot = booted.get(key);
  const cluster = new Cluster({ seed: options.seed, profile, ...(snapshot ? { booted: snapshot } : {}) });
  if (!snapshot) keep(key, cluster.checkpoint());
  cluster.containerCommands.provide('kubectl', containerKubectl(cluster));
  return cluster;
}

function keep(key: string, snapshot: ClusterSnapshot): void {
  booted.delete(key);
  booted.set(key, snapshot);
  for (const oldest of booted.keys()) {
    if (booted.size <= MAX_BOOTS_KEPT) break;
    booted.delete(oldest);
  }
}

function knownProfile(name: string): Profile {
  const profile = profileByName(name);
  if (!profile) throw new Error(`unknown profile "${name}"`);
  return profile;
}
