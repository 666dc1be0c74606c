// Euclidean distance transform from arbitrary (sub-cell) point sources, after Felzenszwalb &
// Huttenlocher's separable lower-envelope-of-parabolas algorithm, O(cells + sources).
//
// Pass 1 (per column k): exact lower envelope over the sources whose u rounds to k of
//   (v − pv)² + (k − pu)², keeping the winning source per row.
// Pass 2 (per row j): lower envelope over columns of parabolas with vertex at the winner's
//   true pu and offset (j − pv)², so every value is the exact distance to a real source.
// The result is exact except when two sources share a one-cell-wide column strip and are
// nearly equidistant; then it may pick the slightly farther one (error < one cell, see
// docs/decisions/0004-coverage-grid.md). Coordinates are in cell units (centres at integers).

export interface EdtScratch {
  g: Float64Array;
  win: Int32Array;
}

export function createScratch(cells: number): EdtScratch {
  return { g: new Float64Array(cells), win: new Int32Array(cells) };
}

/**
 * Writes into `out` (length w·h, row-major) the distance in cell units from each cell centre
 * to the nearest source (pu[k], pv[k]); Infinity everywhere if there are no sources.
 */
export function distanceTransform(
  pu: ArrayLike<number>, pv: ArrayLike<number>, n: number,
  w: number, h: number, out: Float32Array, scratch?: EdtScratch,
): void {
  if (n === 0) { out.fill(Infinity, 0, w * h); return; }
  const s = scratch && scratch.g.length >= w * h ? scratch : createScratch(w * h);
  const g = s.g, win = s.win;
  g.fill(Infinity, 0, w * h);

  // bucket sources by column (counting sort), then by pv within a column
  const col = new Int32Array(n);
  const start = new Int32Array(w + 1);
  for (let q = 0; q < n; q++) {
    const c = Math.min(w - 1, Math.max(0, Math.round(pu[q])));
    col[q] = c; start[c + 1]++;
  }
  for (let c = 0; c < w; c++) start[c + 1] += start[c];
  const order = new Int32Array(n);
  const fillPos = start.slice(0, w);
  for (let q = 0; q < n; q++) order[fillPos[col[q]]++] = q;

  const maxLen = Math.max(w, h) + 1;
  const z = new Float64Array(maxLen + 1);
  const vert = new Float64Array(maxLen);
  const off = new Float64Array(maxLen);
  const who = new Int32Array(maxLen);

  // pass 1: columns
  for (let c = 0; c < w; c++) {
    const a = start[c], b = start[c + 1];
    if (a === b) continue;
    const ids = Array.from(order.subarray(a, b));
    ids.sort((p, q) => pv[p] - pv[q] || (c - pu[p]) ** 2 - (c - pu[q]) ** 2);
    let m = 0;
    for (const q of ids) {
      const vq = pv[q], oq = (c - pu[q]) ** 2;
      if (m > 0 && vert[m - 1] === vq) continue; // same v, larger offset: never wins
      m = pushParabola(vert, off, who, z, m, vq, oq, q);
    }
    let k = 0;
    for (let j = 0; j < h; j++) {
      while (z[k + 1] < j) k++;
      const d = j - vert[k];
      g[j * w + c] = d * d + off[k];
      win[j * w + c] = who[k];
    }
  }
  // pass 2: rows
  for (let j = 0; j < h; j++) {
    const row = j * w;
    let m = 0;
    for (let c = 0; c < w; c++) {
      if (g[row + c] === Infinity) continue;
      const q = win[row + c];
      const dv = j - pv[q];
      m = pushParabola(vert, off, who, z, m, pu[q], dv * dv, q);
    }
    if (m === 0) { out.fill(Infinity, row, row + w); continue; }
    let k = 0;
    for (let i = 0; i < w; i++) {
      while (z[k + 1] < i) k++;
      const d = i - vert[k];
      out[row + i] = Math.sqrt(d * d + off[k]);
    }
  }
}

/** Adds parabola (x − v)² + o to a lower envelope with strictly increasing vertices. */
function pushParabola(
  vert: Float64Array, off: Float64Array, who: Int32Array, z: Float64Array,
  m: number, v: number, o: number, id: number,
): number {
  if (m === 0) {
    vert[0] = v; off[0] = o; who[0] = id; z[0] = -Infinity; z[1] = Infinity;
    return 1;
  }
  let k = m - 1;
  let s: number;
  for (;;) {
    s = (o + v * v - (off[k] + vert[k] * vert[k])) / (2 * (v - vert[k]));
    if (s <= z[k]) {
      if (k === 0) { s = -Infinity; k = -1; break; }
      k--;
    } else break;
  }
  k++;
  vert[k] = v; off[k] = o; who[k] = id; z[k] = s; z[k + 1] = Infinity;
  return k + 1;
}
