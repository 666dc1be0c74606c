// Per-town statistics: covered share of area (and population) per category, completeness,
// and the largest connected gaps. Everything is computed from row runs (runs.ts): each
// category's reached cells and the district's per-town spans, so no pass touches every cell.
import { largestGapRuns } from './components.ts';
import type { Grid } from './grid.ts';
import { addRuns, countPerTown, districtSpans, intersectRuns, runsFromCells, townGaps, RunBuilder, type RowRuns, type TownRuns } from './runs.ts';
import type { CategoryResult, CategoryTownStats, GapInfo, TownStats } from './types.ts';

/** Number of selected categories reached, per cell (`runs[k]` = reached cells of category k). */
export function compositeCount(grid: Grid, runs: readonly RowRuns[]): Uint8Array {
  const count = new Uint8Array(grid.width * grid.height);
  for (const r of runs) addRuns(r, count, grid.width);
  return count;
}

/**
 * Stats for every town, plus a last row for the whole district (name '全区'); `count` = compositeCount(grid, runs).
 * The gaps lacking a category are of `open`: its reach with the cells where it has no data (engine.ts,
 * `gapCount` their count per cell); a blind spot is a cell that reaches no category and where one has data.
 */
export function townStats(
  grid: Grid, cats: readonly CategoryResult[], runs: readonly RowRuns[], count: Uint8Array, pop: Float64Array | null, withGaps = true,
  open = runs, gapCount = count,
): TownStats[] {
  const nT = grid.townNames.length;
  const D = nT; // district row
  const rows = nT + 1;
  const w = grid.width;
  const n = cats.length;
  const spans = districtSpans(grid);
  const names = [...grid.townNames, '全区'];
  const area = new Float64Array(rows), people = new Float64Array(rows);
  countPerTown(spans, spans, w, D, area, pop, people);
  const cov = cats.map(() => new Float64Array(rows));
  const covPop = cats.map(() => new Float64Array(rows));
  const sumCount = new Float64Array(rows);
  runs.forEach((r, k) => {
    countPerTown(spans, r, w, D, cov[k], pop, covPop[k]);
    for (let t = 0; t < rows; t++) sumCount[t] += cov[k][t];
  });
  // cells reaching every selected category with data in the row's area (the table's 全部可达, blanks not counted):
  // in a town those with data there (`open`: its reach and its towns without data), in 全区 those with data in every town
  const every = (rs: readonly RowRuns[]) => rs.reduce(intersectRuns, spans);
  const full = every(open);
  const all = new Float64Array(rows), allD = new Float64Array(rows);
  countPerTown(spans, full, w, D, all, null, null);
  countPerTown(spans, every(runs.filter((r, k) => r === open[k])), w, D, allD, null, null);

  const cellKm2 = (grid.cellSize * grid.cellSize) / 1e6;
  // gaps per town, then the district's own (review 28: the largest town's read as 全区's, yet a gap crosses
  // town lines): its spans as one area, joined across them, its cells in no town's area too
  const whole = { ...grid, townNames: [''] }, joined = joinSpans(spans);
  const largest = (covered: RowRuns) => [...largestGapRuns(grid, townGaps(spans, covered)), largestGapRuns(whole, townGaps(joined, covered))[0]];
  const none: (GapInfo | null)[] = names.map(() => null);
  const gaps = open.map((r) => (withGaps ? largest(r) : none));
  const gapAny = withGaps ? largest(full) : none;
  // blind spots: cells reaching no selected category (with sparse categories every cell lacks one)
  // (where no category has data, gapCount is n with none reached: no blind spot claimed)
  const blind = withGaps ? largest(runsFromCells(gapCount === count ? count : count.map((x, c) => +(x || gapCount[c] === n)), w, grid.height)) : none;
  // population for only some towns: the district's share would be theirs under the name 全区 (review 14 L3)
  const partialPop = people[D] > 0 && grid.townNames.some((_, t) => area[t] > 0 && people[t] === 0);
  return names.map((name, r): TownStats => {
    const a = Math.max(1, area[r]);
    const categories = cats.map((cat, k): CategoryTownStats => ({
      category: cat.category,
      coveredShare: cov[k][r] / a,
      coveredKm2: cov[k][r] * cellKm2,
      populationShare: pop && people[r] > 0 && !(r === D && partialPop) ? covPop[k][r] / people[r] : null,
      largestGap: gaps[k][r],
    }));
    return {
      name,
      areaKm2: area[r] * cellKm2,
      population: pop ? people[r] : null,
      categories,
      completeness: n > 0 ? sumCount[r] / (a * n) : 0,
      allShare: (r < D ? all : allD)[r] / a,
      largestGapAny: gapAny[r],
      largestBlind: blind[r],
    };
  });
}

/** The district's spans as one area (t = 0), runs touching across a town line joined. */
function joinSpans(s: TownRuns): TownRuns {
  const out = new RunBuilder(), start = new Int32Array(s.start.length);
  for (let j = 0; j + 1 < s.start.length; j++) {
    for (let k = s.start[j]; k < s.start[j + 1]; k++) {
      if (out.n > start[j] && out.b[out.n - 1] + 1 === s.a[k]) out.b[out.n - 1] = s.b[k];
      else out.push(s.a[k], s.b[k]);
    }
    start[j + 1] = out.n;
  }
  return out.runs(start);
}
