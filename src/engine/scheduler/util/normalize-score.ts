// DefaultNormalizeScore: scale scores so the highest becomes 100 (or, reversed, so the highest
// becomes 0 and zero becomes 100). Integer arithmetic as upstream. Mirrors plugins/helper/normalize_score.go.

import { MAX_NODE_SCORE } from '../framework/types.ts';

export function defaultNormalizeScore(scores: number[], reverse: boolean): void {
  let max = 0;
  for (const s of scores) if (s > max) max = s;
  if (max === 0) {
    if (reverse) scores.fill(MAX_NODE_SCORE);
    return;
  }
  for (let i = 0; i < scores.length; i++) {
    const s = Math.trunc((MAX_NODE_SCORE * scores[i]!) / max);
    scores[i] = reverse ? MAX_NODE_SCORE - s : s;
  }
}
