// Largest connected gap per town: 4-connected components of cells that are inside the same
// town and flagged as gaps; reports area and the component's cell nearest its centroid.
import { cellLngLat, projectionOf, type Grid } from './grid.ts';
import type { GapInfo } from './types.ts';

/** `isGap(cell)` must be false outside the district. Returns one entry per town (null = none). */
export function largestGapPerTown(grid: Grid, isGap: (c: number) => boolean): (GapInfo | null)[] {
  const { width: w, height: h, townIndex } = grid;
  const seen = new Uint8Array(w * h);
  const queue = new Int32Array(w * h);
  const bestSize = new Float64Array(grid.townNames.length);
  const best: (GapInfo | null)[] = grid.townNames.map(() => null);
  const proj = projectionOf(grid);
  const cellKm2 = (grid.cellSize * grid.cellSize) / 1e6;
  for (let s = 0; s < w * h; s++) {
    const t = townIndex[s];
    if (seen[s] || t < 0 || !isGap(s)) continue;
    let head = 0, tail = 0;
    queue[tail++] = s; seen[s] = 1;
    while (head < tail) {
      const c = queue[head++];
      const i = c % w;
      const nb = [i > 0 ? c - 1 : -1, i < w - 1 ? c + 1 : -1, c - w, c + w];
      for (const n of nb) {
        if (n < 0 || n >= w * h || seen[n] || townIndex[n] !== t || !isGap(n)) continue;
        seen[n] = 1; queue[tail++] = n;
      }
    }
    if (tail <= bestSize[t]) continue;
    bestSize[t] = tail;
    let su = 0, sv = 0;
    for (let k = 0; k < tail; k++) { su += queue[k] % w; sv += Math.floor(queue[k] / w); }
    su /= tail; sv /= tail;
    let pick = queue[0], pd = Infinity;
    for (let k = 0; k < tail; k++) {
      const c = queue[k], d = (c % w - su) ** 2 + (Math.floor(c / w) - sv) ** 2;
      if (d < pd) { pd = d; pick = c; }
    }
    best[t] = { areaKm2: tail * cellKm2, point: cellLngLat(grid, proj, pick % w, Math.floor(pick / w)) };
  }
  return best;
}
