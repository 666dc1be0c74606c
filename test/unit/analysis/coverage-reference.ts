// Cell-by-cell reference for the coverage statistics (the engine's original algorithm: a pass
// over every cell per category and a breadth-first flood fill per gap). The engine now works
// on row runs; coverage-runs.test.ts checks that both give the same numbers.
import { cellLngLat, projectionOf, type Grid } from '../../../src/lib/analysis/coverage/grid.ts';

export interface RefGap { areaKm2: number; ties: [number, number][] }
export interface RefTown {
  name: string; areaKm2: number; population: number | null; completeness: number; allShare: number;
  categories: { coveredShare: number; coveredKm2: number; populationShare: number | null; largestGap: RefGap | null }[];
  largestGapAny: RefGap | null;
  largestBlind: RefGap | null;
}

/**
 * Largest 4-connected gap per town, then one more entry for the district's cells in no town;
 * `ties` = every cell of it at the minimum distance to its centroid.
 */
export function refLargestGaps(grid: Grid, gap: Uint8Array): (RefGap | null)[] {
  const { width: w, height: h } = grid;
  const nT = grid.townNames.length;
  const townIndex = Int32Array.from(grid.townIndex, (t) => (t < 0 ? nT : t));
  const seen = new Uint8Array(w * h);
  const queue = new Int32Array(w * h);
  const best: (RefGap | null)[] = Array.from({ length: nT + 1 }, () => null);
  const bestSize = new Float64Array(nT + 1);
  const proj = projectionOf(grid);
  for (let s = 0; s < w * h; s++) {
    const t = townIndex[s];
    if (seen[s] || t < 0 || !gap[s]) continue;
    let head = 0, tail = 0;
    queue[tail++] = s; seen[s] = 1;
    while (head < tail) {
      const c = queue[head++], i = c % w;
      for (const d of [i > 0 ? c - 1 : -1, i < w - 1 ? c + 1 : -1, c - w, c + w]) {
        if (d >= 0 && d < w * h && !seen[d] && gap[d] && townIndex[d] === t) { seen[d] = 1; queue[tail++] = d; }
      }
    }
    if (tail <= bestSize[t]) continue;
    bestSize[t] = tail;
    let su = 0, sv = 0;
    for (let k = 0; k < tail; k++) { su += queue[k] % w; sv += Math.floor(queue[k] / w); }
    su /= tail; sv /= tail;
    let pd = Infinity;
    const dist = (c: number) => (c % w - su) ** 2 + (Math.floor(c / w) - sv) ** 2;
    for (let k = 0; k < tail; k++) pd = Math.min(pd, dist(queue[k]));
    const ties: [number, number][] = [];
    for (let k = 0; k < tail; k++) if (dist(queue[k]) === pd) ties.push(cellLngLat(grid, proj, queue[k] % w, Math.floor(queue[k] / w)));
    best[t] = { areaKm2: tail * ((grid.cellSize * grid.cellSize) / 1e6), ties };
  }
  return best;
}

export function refTownStats(grid: Grid, reach: readonly Uint8Array[], pop: Float64Array | null): RefTown[] {
  const nT = grid.townNames.length, D = nT, rows = nT + 1, n = reach.length;
  const { mask, townIndex } = grid;
  const count = new Uint8Array(mask.length);
  for (const r of reach) for (let c = 0; c < count.length; c++) count[c] += r[c];
  const area = new Float64Array(rows), people = new Float64Array(rows), sumCount = new Float64Array(rows), all = new Float64Array(rows);
  const cov = reach.map(() => new Float64Array(rows)), covPop = reach.map(() => new Float64Array(rows));
  for (let c = 0; c < mask.length; c++) {
    if (!mask[c]) continue;
    const t = townIndex[c], p = pop ? pop[c] : 0, full = count[c] === n ? 1 : 0;
    for (const r of t >= 0 ? [D, t] : [D]) { area[r]++; people[r] += p; sumCount[r] += count[c]; all[r] += full; }
  }
  reach.forEach((re, k) => {
    for (let c = 0; c < mask.length; c++) {
      if (!mask[c] || !re[c]) continue;
      const t = townIndex[c];
      cov[k][D]++; if (t >= 0) cov[k][t]++;
      if (pop) { covPop[k][D] += pop[c]; if (t >= 0) covPop[k][t] += pop[c]; }
    }
  });
  // per town, then the district's own: all its cells one area, a gap crossing town lines one gap
  const whole = { ...grid, townNames: [''], townIndex: grid.townIndex.map(() => 0) };
  const gapOf = (flag: (c: number) => boolean, g = Uint8Array.from(mask, (m, c) => (m && flag(c) ? 1 : 0))) => [...refLargestGaps(grid, g).slice(0, nT), refLargestGaps(whole, g)[0]];
  const gaps = reach.map((re) => gapOf((c) => !re[c]));
  const gapAny = gapOf((c) => count[c] < n);
  const blind = gapOf((c) => count[c] === 0);
  const cellKm2 = (grid.cellSize * grid.cellSize) / 1e6;
  return [...grid.townNames, '全区'].map((name, r) => {
    const a = Math.max(1, area[r]);
    return {
      name, areaKm2: area[r] * cellKm2, population: pop ? people[r] : null,
      completeness: n > 0 ? sumCount[r] / (a * n) : 0, allShare: all[r] / a,
      categories: reach.map((_, k) => ({
        coveredShare: cov[k][r] / a, coveredKm2: cov[k][r] * cellKm2,
        // none for the district when some town with cells has no population (only some towns imported)
        populationShare: pop && people[r] > 0 && !(r === D && grid.townNames.some((_, t) => area[t] > 0 && people[t] === 0)) ? covPop[k][r] / people[r] : null,
        largestGap: gaps[k][r],
      })),
      largestGapAny: gapAny[r],
      largestBlind: blind[r],
    };
  });
}

/** Region labels by a flood fill from each unlabelled open cell in row-major order (-1 = blocked). */
export function refLabels(blocked: Uint8Array, w: number, h: number): Int32Array {
  const label = new Int32Array(w * h).fill(-2);
  const stack: number[] = [];
  let r = 0;
  for (let s = 0; s < w * h; s++) {
    if (blocked[s]) { label[s] = -1; continue; }
    if (label[s] !== -2) continue;
    label[s] = r; stack.push(s);
    while (stack.length) {
      const c = stack.pop()!, i = c % w;
      for (const d of [i > 0 ? c - 1 : -1, i < w - 1 ? c + 1 : -1, c >= w ? c - w : -1, c + w < w * h ? c + w : -1]) {
        if (d >= 0 && !blocked[d] && label[d] === -2) { label[d] = r; stack.push(d); }
      }
    }
    r++;
  }
  return label;
}
