// Among answers that cover the same, the sites deepest in the gaps and apart from each other. On a
// demand grid every site well inside a large gap adds exactly as much, so the solver's answer is one
// of many equal ones; taken in list order, its sites lay side by side along one grid row (review 14
// M2). Depth is the unreached demand around a site, nearer demand counting more (a cone), so the
// middle of a gap scores highest and demand another chosen site reaches no longer counts.
import { dist } from '../geo.ts';
import { addSite, gainOf } from './greedy.ts';
import type { CoverageSets, SitingModel } from './model.ts';

/** The cone's radius: wide enough that inside any gap the sites still differ (not only at its edges). */
export function depthRadius(model: SitingModel): number {
  return Math.max(2 * model.radius, 4000);
}

/** The weight of the demand within the cone that nothing reaches (`count` 0), nearer counting more. */
export function gapDepth(model: SitingModel, x: number, y: number, count: Int32Array): number {
  const tree = model.demandTree;
  if (!tree) return 0;
  const r = depthRadius(model);
  let w = 0;
  tree.search(x - r, y - r, x + r, y + r, (i) => {
    const d = dist(x, y, model.demandX[i], model.demandY[i]);
    if (count[i] === 0 && d < r) w += model.weight[i] * (1 - d / r);
  });
  return w;
}

/**
 * Moves each movable chosen site to the candidate that adds at least as much given the others and
 * lies deepest in what they leave unreached, until a pass moves none (at most `passes`). The total
 * covered never falls. `xy` holds the candidates' projected positions (x0, y0, x1, y1, …).
 */
export function spreadTies(
  model: SitingModel,
  cov: CoverageSets,
  xy: Float64Array,
  count: Int32Array,
  chosen: number[],
  movable: readonly boolean[],
  allowed: Uint8Array,
  passes = 3,
): number {
  const eps = 1e-9 * Math.max(1, model.totalWeight);
  let moves = 0;
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (let c = 0; c < chosen.length; c++) {
      if (!movable[c]) continue;
      const out = chosen[c];
      addSite(cov, out, count, -1);
      let best = out;
      let bestGain = gainOf(cov, out, count, model.weight);
      let bestDepth = gapDepth(model, xy[2 * out], xy[2 * out + 1], count);
      for (let s = 0; s < allowed.length; s++) {
        if (!allowed[s]) continue;
        const g = gainOf(cov, s, count, model.weight);
        if (g < bestGain - eps) continue;
        const d = gapDepth(model, xy[2 * s], xy[2 * s + 1], count);
        if (g > bestGain + eps || d > bestDepth * (1 + 1e-9) + 1e-12) [best, bestGain, bestDepth] = [s, g, d];
      }
      addSite(cov, best, count, 1);
      if (best !== out) {
        allowed[out] = 1;
        allowed[best] = 0;
        chosen[c] = best;
        moves++;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return moves;
}
