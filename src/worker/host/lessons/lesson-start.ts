// A lesson's starting sandbox as a snapshot to restore: the profile's fresh cluster with the lesson's
// files, its setup and fault lines replayed unseen (as a shared scenario is), then time to settle.

import type { ClusterSnapshot } from '../../../engine/index.ts';
import { lessonStart, type Lesson } from '../../../lessons/index.ts';
import type { HostSnapshot } from '../api.ts';
import { newCluster } from '../profiles.ts';
import { playScenario } from '../scenario.ts';

export function lessonSnapshot(lesson: Lesson): HostSnapshot {
  const start = lessonStart(lesson);
  const played = playScenario({ seed: start.seed, profile: start.profile, files: start.files, lines: start.lines });
  if (start.settleMs <= 0) return played;
  const cluster = newCluster(played.options);
  cluster.restore(played.cluster as ClusterSnapshot);
  cluster.advance(start.settleMs);
  return { ...played, cluster: cluster.snapshot() };
}
