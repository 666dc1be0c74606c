// Per-town statistics: covered share of area (and population) per category, completeness,
// and the largest connected gaps.
import { largestGapPerTown } from './components.ts';
import type { Grid } from './grid.ts';
import type { CategoryResult, CategoryTownStats, TownStats } from './types.ts';

/** Number of selected categories reached, per cell. */
export function compositeCount(grid: Grid, cats: readonly CategoryResult[]): Uint8Array {
  const count = new Uint8Array(grid.width * grid.height);
  for (const cat of cats) {
    const r = cat.reach;
    for (let c = 0; c < count.length; c++) count[c] += r[c];
  }
  return count;
}

/** Stats for every town, plus a last row for the whole district (name '全区'). */
export function townStats(
  grid: Grid, cats: readonly CategoryResult[], count: Uint8Array, pop: Float64Array | null, withGaps = true,
): TownStats[] {
  const nT = grid.townNames.length;
  const D = nT; // district row
  const rows = nT + 1;
  const { mask, townIndex } = grid;
  const n = cats.length;
  const area = new Float64Array(rows), people = new Float64Array(rows);
  const sumCount = new Float64Array(rows), all = new Float64Array(rows);
  for (let c = 0; c < mask.length; c++) {
    if (!mask[c]) continue;
    const t = townIndex[c];
    const p = pop ? pop[c] : 0;
    const full = count[c] === n ? 1 : 0;
    area[D]++; people[D] += p; sumCount[D] += count[c]; all[D] += full;
    if (t >= 0) { area[t]++; people[t] += p; sumCount[t] += count[c]; all[t] += full; }
  }
  const cov = cats.map(() => new Float64Array(rows));
  const covPop = cats.map(() => new Float64Array(rows));
  cats.forEach((cat, k) => {
    const r = cat.reach, cv = cov[k], cp = covPop[k];
    for (let c = 0; c < mask.length; c++) {
      if (!mask[c] || !r[c]) continue;
      const t = townIndex[c];
      cv[D]++; if (t >= 0) cv[t]++;
      if (pop) { cp[D] += pop[c]; if (t >= 0) cp[t] += pop[c]; }
    }
  });
  const cellKm2 = (grid.cellSize * grid.cellSize) / 1e6;
  const gapFlags = new Uint8Array(mask.length);
  const none = grid.townNames.map(() => null);
  const gaps = cats.map((cat) => {
    if (!withGaps) return none;
    for (let c = 0; c < mask.length; c++) gapFlags[c] = mask[c] & (cat.reach[c] ^ 1);
    return largestGapPerTown(grid, gapFlags);
  });
  if (withGaps) for (let c = 0; c < mask.length; c++) gapFlags[c] = mask[c] && count[c] < n ? 1 : 0;
  const gapAny = withGaps ? largestGapPerTown(grid, gapFlags) : none;
  const names = [...grid.townNames, '全区'];
  return names.map((name, r): TownStats => {
    const a = Math.max(1, area[r]);
    const categories = cats.map((cat, k): CategoryTownStats => ({
      category: cat.category,
      coveredShare: cov[k][r] / a,
      coveredKm2: cov[k][r] * cellKm2,
      populationShare: pop && people[r] > 0 ? covPop[k][r] / people[r] : null,
      largestGap: r < nT ? gaps[k][r] : largestOf(gaps[k]),
    }));
    return {
      name,
      areaKm2: area[r] * cellKm2,
      population: pop ? people[r] : null,
      categories,
      completeness: n > 0 ? sumCount[r] / (a * n) : 0,
      allShare: all[r] / a,
      largestGapAny: r < nT ? gapAny[r] : largestOf(gapAny),
    };
  });
}

function largestOf<T extends { areaKm2: number }>(xs: readonly (T | null)[]): T | null {
  let best: T | null = null;
  for (const x of xs) if (x && (!best || x.areaKm2 > best.areaKm2)) best = x;
  return best;
}
