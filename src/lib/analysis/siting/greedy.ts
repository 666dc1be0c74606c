// Greedy maximal coverage: `count[i]` = how many chosen or existing sites cover demand i;
// a site's marginal gain is the weight of its not-yet-covered demand. Coverage is submodular,
// so a stale gain is an upper bound and lazy evaluation (a max-heap) picks the same kind of
// best site while recomputing only a few gains per step.
import { MaxHeap } from './heap.ts';
import type { CoverageSets } from './model.ts';

export function gainOf(cov: CoverageSets, s: number, count: Int32Array, weight: Float64Array): number {
  let g = 0;
  for (let j = cov.offsets[s], e = cov.offsets[s + 1]; j < e; j++) {
    const i = cov.items[j];
    if (count[i] === 0) g += weight[i];
  }
  return g;
}

export function addSite(cov: CoverageSets, s: number, count: Int32Array, delta: 1 | -1): void {
  for (let j = cov.offsets[s], e = cov.offsets[s + 1]; j < e; j++) count[cov.items[j]] += delta;
}

/** Adds up to `slots` sites from `allowed` (1 = may be chosen) to `chosen`, lazily. */
export function lazyGreedy(
  cov: CoverageSets, weight: Float64Array, count: Int32Array, allowed: Uint8Array, slots: number, chosen: number[],
): void {
  const m = allowed.length;
  const heap = new MaxHeap(m);
  const stamp = new Int32Array(m).fill(-1); // the step at which the key was computed
  for (let s = 0; s < m; s++) {
    if (!allowed[s]) continue;
    heap.push(gainOf(cov, s, count, weight), s);
    stamp[s] = 0;
  }
  for (let step = 0; step < slots && heap.size > 0; ) {
    const s = heap.topId();
    if (stamp[s] === step) {
      heap.pop(); // fresh key ≥ every other (stale) upper bound: the best site now
      chosen.push(s);
      allowed[s] = 0;
      addSite(cov, s, count, 1);
      step++;
      continue;
    }
    heap.pop();
    heap.push(gainOf(cov, s, count, weight), s);
    stamp[s] = step;
  }
}

/** The baseline: recompute every gain at every step. */
export function plainGreedy(
  cov: CoverageSets, weight: Float64Array, count: Int32Array, allowed: Uint8Array, slots: number, chosen: number[],
): void {
  for (let step = 0; step < slots; step++) {
    let best = -1;
    let bestGain = -1;
    for (let s = 0; s < allowed.length; s++) {
      if (!allowed[s]) continue;
      const g = gainOf(cov, s, count, weight);
      if (g > bestGain) {
        bestGain = g;
        best = s;
      }
    }
    if (best < 0) return;
    chosen.push(best);
    allowed[best] = 0;
    addSite(cov, best, count, 1);
  }
}
