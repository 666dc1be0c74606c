// Scan-conversion onto a regular grid, in cell units: cell (i, j) has its centre at u = i, v = j
// (u grows east, v grows south) and spans [i − ½, i + ½] × [j − ½, j + ½].

/** A ring of [u, v] vertices (closing vertex optional). */
export type Ring = readonly (readonly [number, number])[];

/**
 * Fills every cell whose centre lies inside the polygon set (even–odd rule, so holes and
 * multipolygons work) by calling `fill(rowStartIndex, i0, i1)` for each run i0..i1 inclusive.
 */
export function scanFill(
  rings: readonly Ring[],
  width: number,
  height: number,
  fill: (j: number, i0: number, i1: number) => void,
): void {
  // Bucket edges by the rows whose centre line they cross.
  const edges: number[] = []; // u0, v0, u1, v1 per edge
  let vmin = Infinity;
  let vmax = -Infinity;
  for (const ring of rings) {
    const n = ring.length;
    for (let k = 0; k < n; k++) {
      const a = ring[k];
      const b = ring[(k + 1) % n];
      if (a[1] === b[1]) continue;
      edges.push(a[0], a[1], b[0], b[1]);
      vmin = Math.min(vmin, a[1], b[1]);
      vmax = Math.max(vmax, a[1], b[1]);
    }
  }
  const j0 = Math.max(0, Math.ceil(vmin));
  const j1 = Math.min(height - 1, Math.floor(vmax));
  if (j1 < j0) return;
  const rows: number[][] = Array.from({ length: j1 - j0 + 1 }, () => []);
  for (let e = 0; e < edges.length; e += 4) {
    const lo = Math.min(edges[e + 1], edges[e + 3]);
    const hi = Math.max(edges[e + 1], edges[e + 3]);
    // half-open [lo, hi) so a vertex on a centre line is counted once
    for (let j = Math.max(j0, Math.ceil(lo)); j <= j1 && j < hi; j++) rows[j - j0].push(e);
  }
  const xs: number[] = [];
  for (let j = j0; j <= j1; j++) {
    xs.length = 0;
    for (const e of rows[j - j0]) {
      const u0 = edges[e], v0 = edges[e + 1], u1 = edges[e + 2], v1 = edges[e + 3];
      xs.push(u0 + ((j - v0) / (v1 - v0)) * (u1 - u0));
    }
    xs.sort((p, q) => p - q);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const i0 = Math.max(0, Math.ceil(xs[k]));
      const i1 = Math.min(width - 1, Math.floor(xs[k + 1]));
      if (i1 >= i0) fill(j, i0, i1);
    }
  }
}

/**
 * Marks every cell a segment touches (supercover; Amanatides–Woo traversal), so that no
 * 4-connected path of unmarked cells can cross the segment.
 */
export function markSegment(
  ua: number, va: number, ub: number, vb: number,
  width: number, height: number, out: Uint8Array,
): void {
  // shift so that cell i spans [i, i+1)
  const x = ua + 0.5, y = va + 0.5;
  const x1 = ub + 0.5, y1 = vb + 0.5;
  const dx = x1 - x, dy = y1 - y;
  let i = Math.floor(x), j = Math.floor(y);
  const iEnd = Math.floor(x1), jEnd = Math.floor(y1);
  const stepI = dx > 0 ? 1 : -1, stepJ = dy > 0 ? 1 : -1;
  const tDeltaX = dx !== 0 ? Math.abs(1 / dx) : Infinity;
  const tDeltaY = dy !== 0 ? Math.abs(1 / dy) : Infinity;
  let tMaxX = dx !== 0 ? ((dx > 0 ? i + 1 - x : x - i) * tDeltaX) : Infinity;
  let tMaxY = dy !== 0 ? ((dy > 0 ? j + 1 - y : y - j) * tDeltaY) : Infinity;
  const mark = (ci: number, cj: number) => {
    if (ci >= 0 && cj >= 0 && ci < width && cj < height) out[cj * width + ci] = 1;
  };
  const maxSteps = Math.abs(iEnd - i) + Math.abs(jEnd - j) + 2;
  mark(i, j);
  for (let s = 0; s < maxSteps && (i !== iEnd || j !== jEnd); s++) {
    if (Math.abs(tMaxX - tMaxY) < 1e-12) {
      // passes exactly through a corner: mark both side cells too (supercover)
      mark(i + stepI, j);
      mark(i, j + stepJ);
      i += stepI; j += stepJ; tMaxX += tDeltaX; tMaxY += tDeltaY;
    } else if (tMaxX < tMaxY) {
      i += stepI; tMaxX += tDeltaX;
    } else {
      j += stepJ; tMaxY += tDeltaY;
    }
    mark(i, j);
  }
}
