// controller slowStartBatch: creations in batches of 1, 2, 4, … so that a systematic failure (a
// quota, a webhook) costs one call instead of hundreds. Stops after the first batch with an error.

/** Calls `fn` up to `count` times; returns how many calls succeeded. */
export function slowStartBatch(count: number, initialBatchSize: number, fn: () => boolean): number {
  let remaining = count;
  let successes = 0;
  for (let batch = Math.min(remaining, initialBatchSize); batch > 0; batch = Math.min(2 * batch, remaining)) {
    let failed = false;
    for (let i = 0; i < batch; i++) {
      if (fn()) successes++;
      else failed = true;
    }
    if (failed) return successes;
    remaining -= batch;
  }
  return successes;
}
