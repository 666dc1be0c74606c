// Largest connected gap per town: 4-connected components of cells that are inside the same
// town and flagged as gaps; reports area and the component's cell nearest its centroid.
import { cellLngLat, projectionOf, type Grid } from './grid.ts';
import type { GapInfo } from './types.ts';

/** `gap[cell]` is 1 for gap cells (must be 0 outside the district). One entry per town (null = none). */
export function largestGapPerTown(grid: Grid, gap: Uint8Array): (GapInfo | null)[] {
  const { width: w, height: h, townIndex } = grid;
  const seen = new Uint8Array(w * h);
  const queue = new Int32Array(w * h);
  const bestSize = new Float64Array(grid.townNames.length);
  const best: (GapInfo | null)[] = grid.townNames.map(() => null);
  const proj = projectionOf(grid);
  const cellKm2 = (grid.cellSize * grid.cellSize) / 1e6;
  for (let s = 0; s < w * h; s++) {
    const t = townIndex[s];
    if (seen[s] || t < 0 || !gap[s]) continue;
    let head = 0, tail = 0;
    queue[tail++] = s; seen[s] = 1;
    while (head < tail) {
      const c = queue[head++];
      const i = c % w;
      if (i > 0 && !seen[c - 1] && gap[c - 1] && townIndex[c - 1] === t) { seen[c - 1] = 1; queue[tail++] = c - 1; }
      if (i < w - 1 && !seen[c + 1] && gap[c + 1] && townIndex[c + 1] === t) { seen[c + 1] = 1; queue[tail++] = c + 1; }
      if (c >= w && !seen[c - w] && gap[c - w] && townIndex[c - w] === t) { seen[c - w] = 1; queue[tail++] = c - w; }
      if (c + w < w * h && !seen[c + w] && gap[c + w] && townIndex[c + w] === t) { seen[c + w] = 1; queue[tail++] = c + w; }
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
