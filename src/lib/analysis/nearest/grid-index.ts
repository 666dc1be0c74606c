// A uniform bucket grid over projected points (about two points per cell), stored as
// compressed rows: the points of cell c are slots cellStart[c] .. cellStart[c+1], with their
// coordinates copied in slot order. A nearest search visits square rings of cells around the
// query; after ring R every unvisited point is at least `ringBound(R)` away, so a search can
// stop exactly — no re-querying from scratch, no visited set.

export interface PointGrid {
  x0: number;
  y0: number;
  cell: number;
  nx: number;
  ny: number;
  cellStart: Int32Array;
  /** point index (into the ServiceIndex arrays) per slot */
  ids: Int32Array;
  px: Float64Array;
  py: Float64Array;
}

/** Grid over the points `members` (indices into xs/ys). */
export function buildPointGrid(xs: Float64Array, ys: Float64Array, members: Int32Array, perCell = 2): PointGrid {
  const n = members.length;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let k = 0; k < n; k++) {
    const i = members[k];
    if (xs[i] < minX) minX = xs[i]; if (xs[i] > maxX) maxX = xs[i];
    if (ys[i] < minY) minY = ys[i]; if (ys[i] > maxY) maxY = ys[i];
  }
  if (n === 0) { minX = minY = 0; maxX = maxY = 0; }
  const w = maxX - minX, h = maxY - minY;
  const target = Math.max(1, n / perCell);
  let cell = Math.max(Math.sqrt((w * h) / target), Math.max(w, h) / target, 1e-3);
  let nx = Math.floor(w / cell) + 1, ny = Math.floor(h / cell) + 1;
  while (nx * ny > 4 * target + 16) { cell *= 1.5; nx = Math.floor(w / cell) + 1; ny = Math.floor(h / cell) + 1; }
  const cellStart = new Int32Array(nx * ny + 1);
  const cellOf = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = members[k];
    const cx = Math.min(nx - 1, Math.floor((xs[i] - minX) / cell)), cy = Math.min(ny - 1, Math.floor((ys[i] - minY) / cell));
    cellOf[k] = cy * nx + cx;
    cellStart[cellOf[k] + 1]++;
  }
  for (let c = 0; c < nx * ny; c++) cellStart[c + 1] += cellStart[c];
  const pos = cellStart.slice(0, nx * ny);
  const ids = new Int32Array(n), px = new Float64Array(n), py = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const s = pos[cellOf[k]]++, i = members[k];
    ids[s] = i; px[s] = xs[i]; py[s] = ys[i];
  }
  return { x0: minX, y0: minY, cell, nx, ny, cellStart, ids, px, py };
}

/** Where a ring search around (x, y) starts and ends. */
export interface RingPlan {
  ci: number;
  cj: number;
  /** first ring that touches the grid, last ring needed to cover it */
  r0: number;
  r1: number;
}

export function ringPlan(g: PointGrid, x: number, y: number): RingPlan {
  const ci = Math.floor((x - g.x0) / g.cell), cj = Math.floor((y - g.y0) / g.cell);
  const r0 = Math.max(0, ci - (g.nx - 1), -ci, cj - (g.ny - 1), -cj);
  const r1 = Math.max(ci, g.nx - 1 - ci, cj, g.ny - 1 - cj, r0);
  return { ci, cj, r0, r1 };
}

/**
 * A lower bound of the distance from (x, y) to any point outside the square of rings 0…R
 * (the distance to the square's border, less a rounding margin; the point lies inside it).
 */
export function ringBound(g: PointGrid, p: RingPlan, x: number, y: number, R: number): number {
  const c = g.cell;
  const left = x - (g.x0 + (p.ci - R) * c), right = g.x0 + (p.ci + R + 1) * c - x;
  const down = y - (g.y0 + (p.cj - R) * c), up = g.y0 + (p.cj + R + 1) * c - y;
  const margin = 1e-9 * (Math.abs(x - g.x0) + Math.abs(y - g.y0) + (R + 2) * c);
  return Math.max(0, Math.min(left, right, down, up) - margin);
}

/** Calls visit(slotStart, slotEnd) for every non-empty cell of ring R that lies in the grid. */
export function forRing(g: PointGrid, p: RingPlan, R: number, visit: (s: number, e: number) => void): void {
  const { nx, ny, cellStart } = g;
  const i0 = p.ci - R, i1 = p.ci + R, j0 = p.cj - R, j1 = p.cj + R;
  const a = Math.max(0, i0), b = Math.min(nx - 1, i1);
  for (let j = Math.max(0, j0); j <= Math.min(ny - 1, j1); j++) {
    const row = j * nx;
    if (j === j0 || j === j1) {
      if (a <= b) visitSpan(cellStart, row + a, row + b, visit);
    } else {
      if (i0 >= 0) visitSpan(cellStart, row + i0, row + i0, visit);
      if (i1 < nx && i1 !== i0) visitSpan(cellStart, row + i1, row + i1, visit);
    }
  }
}

/** Cells c0…c1 of one row are contiguous slots: one call for the whole span. */
function visitSpan(cellStart: Int32Array, c0: number, c1: number, visit: (s: number, e: number) => void): void {
  const s = cellStart[c0], e = cellStart[c1 + 1];
  if (e > s) visit(s, e);
}
