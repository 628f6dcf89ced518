// Host selection: the node with the highest total score, ties broken uniformly at random by
// reservoir sampling over the nodes in search order, with the cluster's seeded generator.
// Mirrors selectHost of pkg/scheduler/schedule_one.go.
// Determinism: the draws come from the seeded generator, one per tied node after the first.

import type { SeededRandom } from '../../base/rand.ts';

/** The index of the chosen node in `totals` (which must not be empty). */
export function selectHost(totals: readonly number[], rand: SeededRandom): number {
  let selected = 0;
  let max = totals[0]!;
  let ties = 1;
  for (let i = 1; i < totals.length; i++) {
    const score = totals[i]!;
    if (score > max) {
      max = score;
      selected = i;
      ties = 1;
    } else if (score === max) {
      ties++;
      if (rand.int(ties) === 0) selected = i;
    }
  }
  return selected;
}
