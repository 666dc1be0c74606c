// Per-town statistics: covered share of area (and population) per category, completeness,
// and the largest connected gaps.
import { largestGapPerTown } from './components.ts';
import type { Grid } from './grid.ts';
import type { CategoryResult, CategoryTownStats, TownStats } from './types.ts';

export function reached(cat: CategoryResult, c: number): boolean {
  return cat.distance[c] <= cat.thresholdMetres;
}

/** Number of selected categories reached, per cell. */
export function compositeCount(grid: Grid, cats: readonly CategoryResult[]): Uint8Array {
  const count = new Uint8Array(grid.width * grid.height);
  for (const cat of cats) {
    const d = cat.distance, t = cat.thresholdMetres;
    for (let c = 0; c < count.length; c++) if (d[c] <= t) count[c]++;
  }
  return count;
}

/** Stats for every town, plus a last row for the whole district (name '全区'). */
export function townStats(
  grid: Grid, cats: readonly CategoryResult[], count: Uint8Array, pop: Float64Array | null,
): TownStats[] {
  const nT = grid.townNames.length;
  const rows = nT + 1; // last row = district
  const area = new Float64Array(rows), people = new Float64Array(rows);
  const sumCount = new Float64Array(rows), all = new Float64Array(rows);
  const cov = cats.map(() => new Float64Array(rows));
  const covPop = cats.map(() => new Float64Array(rows));
  const n = cats.length;
  for (let c = 0; c < count.length; c++) {
    if (!grid.mask[c]) continue;
    const t = grid.townIndex[c];
    const p = pop ? pop[c] : 0;
    for (const r of t >= 0 ? [t, nT] : [nT]) {
      area[r]++; people[r] += p; sumCount[r] += count[c];
      if (count[c] === n) all[r]++;
      for (let k = 0; k < n; k++) if (cats[k].distance[c] <= cats[k].thresholdMetres) { cov[k][r]++; covPop[k][r] += p; }
    }
  }
  const cellKm2 = (grid.cellSize * grid.cellSize) / 1e6;
  const gaps = cats.map((cat) => largestGapPerTown(grid, (c) => grid.mask[c] === 1 && !reached(cat, c)));
  const gapAny = largestGapPerTown(grid, (c) => grid.mask[c] === 1 && count[c] < n);
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
