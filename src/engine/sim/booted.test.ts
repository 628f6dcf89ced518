import { describe, expect, it } from 'vitest';
import { bareProfile, Cluster, courseFlannelProfile, courseProfile, emptyProfile, type ClusterSnapshot, type Profile } from '../index.ts';

/** What an anonymous request may do: forbidden under RBAC, allowed when the cluster authorizes everything. */
function anonymousMayListSecrets(cluster: Cluster): boolean {
  try {
    cluster.client('system:anonymous').list('/secrets', 'kube-system');
    return true;
  } catch {
    return false;
  }
}

const PROFILES: Readonly<Record<string, Profile>> = { course: courseProfile, courseFlannel: courseFlannelProfile, bare: bareProfile, empty: emptyProfile };

describe('a cluster started from its boot\'s snapshot', () => {
  for (const [name, profile] of Object.entries(PROFILES)) {
    it(`is the booted ${name} cluster, byte for byte, with the same authorization mode`, () => {
      const booted = new Cluster({ seed: 3, profile });
      const snapshot = JSON.parse(JSON.stringify(booted.snapshot())) as ClusterSnapshot;
      const started = new Cluster({ seed: 3, profile, booted: snapshot });
      expect(JSON.stringify(started.snapshot())).toBe(JSON.stringify(booted.snapshot()));
      expect(anonymousMayListSecrets(started)).toBe(anonymousMayListSecrets(booted));
    });
  }
});
