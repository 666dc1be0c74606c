// Largest connected gap per town: 4-connected components of cells that are inside the same
// town and flagged as gaps; reports area and the component's cell nearest its centroid.
// Works on row runs (runs.ts): one union–find pass joins runs of the same town that overlap
// in adjacent rows, so the cost is ~ the number of runs, not of cells.
import { cellLngLat, projectionOf, type Grid } from './grid.ts';
import type { TownRuns } from './runs.ts';
import { find, unionRowRuns } from './run-union.ts';
import type { GapInfo } from './types.ts';


/**
 * One entry per town (null = none). Ties: the larger component wins; equal sizes go to the one
 * whose first cell comes first in row-major order; the point is the component's cell nearest
 * its centroid (ties: first in row-major order).
 */
export function largestGapRuns(grid: Grid, gaps: TownRuns): (GapInfo | null)[] {
  const { start, a, b, t } = gaps;
  const n = a.length, h = start.length - 1;
  const best: (GapInfo | null)[] = grid.townNames.map(() => null);
  if (n === 0) return best;
  // gaps of different towns are different components even where they touch
  const parent = unionRowRuns(start, a, b, (p, q) => t[p] === t[q]);
  // roots are each component's first run (unions keep the smaller index), i.e. its first cell
  const size = new Float64Array(n), su = new Float64Array(n), sv = new Float64Array(n);
  for (let j = 0; j < h; j++) {
    for (let k = start[j]; k < start[j + 1]; k++) {
      const r = find(parent, k), len = b[k] - a[k] + 1;
      size[r] += len; su[r] += ((a[k] + b[k]) * len) / 2; sv[r] += j * len;
    }
  }
  const nT = grid.townNames.length;
  const winner = new Int32Array(nT).fill(-1);
  for (let k = 0; k < n; k++) {
    if (parent[k] !== k) continue;
    const w = winner[t[k]];
    if (w < 0 || size[k] > size[w]) winner[t[k]] = k;
  }
  // nearest cell to the centroid, runs in row-major order
  const pick = new Int32Array(nT).fill(-1), pickJ = new Int32Array(nT);
  const pd = new Float64Array(nT).fill(Infinity);
  for (let j = 0; j < h; j++) {
    for (let k = start[j]; k < start[j + 1]; k++) {
      const tk = t[k], r = find(parent, k);
      if (winner[tk] !== r) continue;
      const cu = su[r] / size[r], cv = sv[r] / size[r];
      const i = Math.min(b[k], Math.max(a[k], Math.ceil(cu - 0.5)));
      const d = (i - cu) ** 2 + (j - cv) ** 2;
      if (d < pd[tk]) { pd[tk] = d; pick[tk] = i; pickJ[tk] = j; }
    }
  }
  const proj = projectionOf(grid);
  const cellKm2 = (grid.cellSize * grid.cellSize) / 1e6;
  for (let tk = 0; tk < nT; tk++) {
    const r = winner[tk];
    if (r >= 0) best[tk] = { areaKm2: size[r] * cellKm2, point: cellLngLat(grid, proj, pick[tk], pickJ[tk]) };
  }
  return best;
}
