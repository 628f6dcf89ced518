// The profiles a sandbox can start from, by name, and a cluster made from one.

import { bareProfile, Cluster, courseFlannelProfile, courseProfile, emptyProfile, type Profile } from '../../engine/index.ts';
import type { SandboxOptions } from './api.ts';
import { containerKubectl } from '../../cli/kubectl/in-pod/container-kubectl.ts';

export const PROFILES: Readonly<Record<string, Profile>> = {
  course: courseProfile,
  'course-flannel': courseFlannelProfile,
  empty: emptyProfile,
  bare: bareProfile,
};

export const DEFAULT_PROFILE = 'course';

export function profileByName(name: string): Profile | undefined {
  return Object.prototype.hasOwnProperty.call(PROFILES, name) ? PROFILES[name] : undefined;
}

export function newCluster(options: SandboxOptions): Cluster {
  const name = options.profile ?? DEFAULT_PROFILE;
  const profile = profileByName(name);
  if (!profile) throw new Error(`unknown profile "${name}"`);
  const cluster = new Cluster({ seed: options.seed, profile });
  cluster.containerCommands.provide('kubectl', containerKubectl(cluster));
  return cluster;
}
