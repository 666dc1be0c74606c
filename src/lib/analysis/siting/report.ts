// Turns an ordered site list into the plain result: marginal gains in order, coverage
// before/after as weighted shares, and per-town effects.
import { addSite, gainOf } from './greedy.ts';
import type { CoverageSets, SitingModel } from './model.ts';
import type { SitePoint, SitingResult, TownEffect } from './types.ts';

export function report(
  model: SitingModel,
  cov: CoverageSets,
  order: readonly number[],
  sites: readonly SitePoint[],
  locked: ReadonlySet<string>,
  stats: SitingResult['stats'],
): SitingResult {
  const { weight, totalWeight, townOf, towns } = model;
  const count = Int32Array.from(model.baseCount);
  const tTotal = new Float64Array(towns.length);
  const tBefore = new Float64Array(towns.length);
  let beforeWeight = 0;
  for (let i = 0; i < weight.length; i++) {
    tTotal[townOf[i]] += weight[i];
    if (count[i] > 0) {
      beforeWeight += weight[i];
      tBefore[townOf[i]] += weight[i];
    }
  }
  const share = (w: number) => (totalWeight > 0 ? w / totalWeight : 0);
  let afterWeight = beforeWeight;
  const out = order.map((s) => {
    const gain = gainOf(cov, s, count, weight);
    let newlyCovered = 0;
    for (let j = cov.offsets[s]; j < cov.offsets[s + 1]; j++) if (count[cov.items[j]] === 0) newlyCovered++;
    addSite(cov, s, count, 1);
    afterWeight += gain;
    const p = sites[s];
    return { id: p.id, lng: p.lng, lat: p.lat, locked: locked.has(p.id), gain, gainShare: share(gain), newlyCovered };
  });
  const tAfter = new Float64Array(towns.length);
  afterWeight = 0;
  for (let i = 0; i < weight.length; i++) {
    if (count[i] > 0) {
      tAfter[townOf[i]] += weight[i];
      afterWeight += weight[i];
    }
  }
  const townEffects: TownEffect[] = towns.map((town, t) => ({
    town,
    totalWeight: tTotal[t],
    beforeWeight: tBefore[t],
    afterWeight: tAfter[t],
    before: tTotal[t] > 0 ? tBefore[t] / tTotal[t] : 0,
    after: tTotal[t] > 0 ? tAfter[t] / tTotal[t] : 0,
  }));
  return {
    sites: out,
    totalWeight,
    beforeWeight,
    afterWeight,
    before: share(beforeWeight),
    after: share(afterWeight),
    towns: townEffects,
    stats,
  };
}

/** Orders a chosen set greedily (largest marginal gain first), after the fixed prefix. */
export function greedyOrder(model: SitingModel, cov: CoverageSets, prefix: readonly number[], rest: readonly number[]): number[] {
  const count = Int32Array.from(model.baseCount);
  for (const s of prefix) addSite(cov, s, count, 1);
  const left = [...rest];
  const order = [...prefix];
  while (left.length > 0) {
    let best = 0;
    let bestGain = -1;
    left.forEach((s, j) => {
      const g = gainOf(cov, s, count, model.weight);
      if (g > bestGain || (g === bestGain && s < left[best])) {
        bestGain = g;
        best = j;
      }
    });
    const s = left.splice(best, 1)[0];
    addSite(cov, s, count, 1);
    order.push(s);
  }
  return order;
}
