// Swap (interchange) local search: for each chosen, non-locked site, find the candidate that
// would best replace it; apply improving swaps until a pass changes nothing or the cap is hit.
import { addSite } from './greedy.ts';
import type { CoverageSets } from './model.ts';

export interface SwapStats {
  swaps: number;
  passes: number;
}

export function swapSearch(
  cov: CoverageSets,
  weight: Float64Array,
  count: Int32Array,
  chosen: number[],
  movable: readonly boolean[],
  allowed: Uint8Array,
  maxPasses: number,
  totalWeight: number,
): SwapStats {
  const { offsets, items } = cov;
  const unique = new Uint8Array(count.length); // covered only by the site being removed
  const eps = 1e-12 * Math.max(1, totalWeight);
  let swaps = 0;
  let passes = 0;
  while (passes < maxPasses) {
    passes++;
    let improved = false;
    for (let c = 0; c < chosen.length; c++) {
      if (!movable[c]) continue;
      const out = chosen[c];
      let loss = 0;
      for (let j = offsets[out]; j < offsets[out + 1]; j++) {
        const i = items[j];
        if (count[i] === 1) {
          unique[i] = 1;
          loss += weight[i];
        }
      }
      let bestIn = -1;
      let bestDelta = eps;
      for (let s = 0; s < allowed.length; s++) {
        if (!allowed[s]) continue;
        let gain = 0;
        for (let j = offsets[s], e = offsets[s + 1]; j < e; j++) {
          const i = items[j];
          if (count[i] === 0 || unique[i] === 1) gain += weight[i];
        }
        // gain counted demand `out` covers alone, which stays covered only if `s` covers it too
        const delta = gain - loss;
        if (delta > bestDelta) {
          bestDelta = delta;
          bestIn = s;
        }
      }
      for (let j = offsets[out]; j < offsets[out + 1]; j++) unique[items[j]] = 0;
      if (bestIn >= 0) {
        addSite(cov, out, count, -1);
        addSite(cov, bestIn, count, 1);
        allowed[out] = 1;
        allowed[bestIn] = 0;
        chosen[c] = bestIn;
        swaps++;
        improved = true;
      }
    }
    if (!improved) break;
  }
  return { swaps, passes };
}
