// Row runs: a set of cells stored as sorted, disjoint, non-touching intervals per grid row
// (compressed sparse rows). Reach, district spans and gaps are all such sets, so the per-town
// statistics and the gap labelling cost ~ the number of runs instead of the number of cells.
import type { Grid } from './grid.ts';

/** Row j holds runs k ∈ [start[j], start[j+1]): cells a[k] … b[k] inclusive, sorted, disjoint. */
export interface RowRuns {
  start: Int32Array;
  a: Int32Array;
  b: Int32Array;
}

/** Runs tagged with a town (spans of the district: t = town index or -1; gaps: t ≥ 0). */
export interface TownRuns extends RowRuns {
  t: Int16Array;
}

/** Growable run storage used while building runs row by row. */
export class RunBuilder {
  a = new Int32Array(256);
  b = new Int32Array(256);
  t = new Int16Array(256);
  n = 0;
  push(a: number, b: number, t = 0): void {
    if (this.n === this.a.length) {
      const grow = <T extends Int32Array | Int16Array>(x: T, y: T): T => { y.set(x); return y; };
      this.a = grow(this.a, new Int32Array(2 * this.n));
      this.b = grow(this.b, new Int32Array(2 * this.n));
      this.t = grow(this.t, new Int16Array(2 * this.n));
    }
    this.a[this.n] = a; this.b[this.n] = b; this.t[this.n] = t; this.n++;
  }
  runs(start: Int32Array): TownRuns {
    return { start, a: this.a.slice(0, this.n), b: this.b.slice(0, this.n), t: this.t.slice(0, this.n) };
  }
}

const spansCache = new WeakMap<Grid, TownRuns>();

/** Maximal runs of district cells with one town index (t = -1: in the district, in no town). Cached per grid. */
export function districtSpans(grid: Grid): TownRuns {
  let s = spansCache.get(grid);
  if (s) return s;
  const { width: w, height: h, mask, townIndex } = grid;
  const out = new RunBuilder();
  const start = new Int32Array(h + 1);
  for (let j = 0; j < h; j++) {
    const row = j * w;
    let i = 0;
    while (i < w) {
      if (!mask[row + i]) { i++; continue; }
      const t = townIndex[row + i], a = i;
      while (i + 1 < w && mask[row + i + 1] && townIndex[row + i + 1] === t) i++;
      out.push(a, i, t);
      i++;
    }
    start[j + 1] = out.n;
  }
  s = out.runs(start);
  spansCache.set(grid, s);
  return s;
}

/** Runs of non-zero cells of a full grid array. */
export function runsFromCells(cells: Uint8Array, w: number, h: number): RowRuns {
  const out = new RunBuilder();
  const start = new Int32Array(h + 1);
  for (let j = 0; j < h; j++) {
    const row = j * w;
    for (let i = 0; i < w; i++) {
      if (!cells[row + i]) continue;
      const a = i;
      while (i + 1 < w && cells[row + i + 1]) i++;
      out.push(a, i);
    }
    start[j + 1] = out.n;
  }
  return out.runs(start);
}

/**
 * The cells whose centre lies within `rad` of any (u[q], v[q]) — the same cells, row span by
 * row span, as painting each disc (paintDisc in test/unit/analysis/coverage-paint-reference.ts) — merged into row runs.
 */
export function discRuns(u: Float64Array, v: Float64Array, rad: number, w: number, h: number): RowRuns {
  const start = new Int32Array(h + 1);
  const n = u.length;
  const r2 = rad * rad;
  const ok = rad >= 0;
  // pass 1: spans per row
  for (let q = 0; ok && q < n; q++) {
    const j0 = Math.max(0, Math.ceil(v[q] - rad)), j1 = Math.min(h - 1, Math.floor(v[q] + rad));
    for (let j = j0; j <= j1; j++) {
      const dy = j - v[q], half = Math.sqrt(Math.max(0, r2 - dy * dy));
      if (Math.min(w - 1, Math.floor(u[q] + half)) >= Math.max(0, Math.ceil(u[q] - half))) start[j + 1]++;
    }
  }
  for (let j = 0; j < h; j++) start[j + 1] += start[j];
  // pass 2: spans as sortable keys a·(w+1) + b (exact in a double for any realistic grid)
  const m = w + 1;
  const keys = new Float64Array(start[h]);
  const pos = start.slice(0, h);
  for (let q = 0; ok && q < n; q++) {
    const j0 = Math.max(0, Math.ceil(v[q] - rad)), j1 = Math.min(h - 1, Math.floor(v[q] + rad));
    for (let j = j0; j <= j1; j++) {
      const dy = j - v[q], half = Math.sqrt(Math.max(0, r2 - dy * dy));
      const i0 = Math.max(0, Math.ceil(u[q] - half)), i1 = Math.min(w - 1, Math.floor(u[q] + half));
      if (i1 >= i0) keys[pos[j]++] = i0 * m + i1;
    }
  }
  return mergeRowKeys(start, keys, w);
}

/**
 * Spans given as keys a·(w+1) + b, grouped by row (row j: keys[start[j] .. start[j+1])),
 * sorted per row and merged where they overlap or touch. Sorts `keys` in place.
 */
export function mergeRowKeys(start: Int32Array, keys: Float64Array, w: number): RowRuns {
  const h = start.length - 1, m = w + 1;
  const a = new Int32Array(keys.length), b = new Int32Array(keys.length);
  const merged = new Int32Array(h + 1);
  let out = 0;
  for (let j = 0; j < h; j++) {
    const s = start[j], e = start[j + 1];
    if (e - s > 16) keys.subarray(s, e).sort();
    else for (let x = s + 1; x < e; x++) {
      const key = keys[x];
      let y = x - 1;
      while (y >= s && keys[y] > key) { keys[y + 1] = keys[y]; y--; }
      keys[y + 1] = key;
    }
    const first = out;
    for (let x = s; x < e; x++) {
      const ia = Math.floor(keys[x] / m), ib = keys[x] - ia * m;
      if (out > first && ia <= b[out - 1] + 1) { if (ib > b[out - 1]) b[out - 1] = ib; continue; }
      a[out] = ia; b[out] = ib; out++;
    }
    merged[j + 1] = out;
  }
  return { start: merged, a: a.slice(0, out), b: b.slice(0, out) };
}

/** Collects spans (j, a, b) in any order; `merge()` returns them as row runs. */
export class SpanCollector {
  private rows = new Int32Array(1024);
  private keys = new Float64Array(1024);
  private n = 0;
  constructor(private readonly w: number, private readonly h: number) {}
  push(j: number, a: number, b: number): void {
    if (this.n === this.rows.length) {
      const rows = new Int32Array(2 * this.n), keys = new Float64Array(2 * this.n);
      rows.set(this.rows); keys.set(this.keys);
      this.rows = rows; this.keys = keys;
    }
    this.rows[this.n] = j; this.keys[this.n++] = a * (this.w + 1) + b;
  }
  merge(): RowRuns {
    const { h, n } = this;
    const start = new Int32Array(h + 1);
    for (let k = 0; k < n; k++) start[this.rows[k] + 1]++;
    for (let j = 0; j < h; j++) start[j + 1] += start[j];
    const pos = start.slice(0, h), keys = new Float64Array(n);
    for (let k = 0; k < n; k++) keys[pos[this.rows[k]]++] = this.keys[k];
    return mergeRowKeys(start, keys, this.w);
  }
}

/** Sets the cells of `runs` to 1 in a full grid array. */
export function fillRuns(runs: RowRuns, out: Uint8Array, w: number): void {
  const { start, a, b } = runs;
  for (let j = 0; j + 1 < start.length; j++) {
    const row = j * w;
    for (let k = start[j]; k < start[j + 1]; k++) out.fill(1, row + a[k], row + b[k] + 1);
  }
}

/** Adds 1 to every cell of `runs`. */
export function addRuns(runs: RowRuns, count: Uint8Array, w: number): void {
  const { start, a, b } = runs;
  for (let j = 0; j + 1 < start.length; j++) {
    const row = j * w;
    for (let k = start[j]; k < start[j + 1]; k++) for (let c = row + a[k], e = row + b[k]; c <= e; c++) count[c]++;
  }
}

/** Cells in both x and y. */
export function intersectRuns(x: RowRuns, y: RowRuns): RowRuns {
  const h = x.start.length - 1;
  const out = new RunBuilder();
  const start = new Int32Array(h + 1);
  for (let j = 0; j < h; j++) {
    let p = x.start[j], q = y.start[j];
    const pe = x.start[j + 1], qe = y.start[j + 1];
    while (p < pe && q < qe) {
      const lo = Math.max(x.a[p], y.a[q]), hi = Math.min(x.b[p], y.b[q]);
      if (lo <= hi) out.push(lo, hi);
      if (x.b[p] < y.b[q]) p++; else q++;
    }
    start[j + 1] = out.n;
  }
  return out.runs(start);
}

/** Cells of the town spans (t ≥ 0 only) not in `covered`, tagged with their town. */
export function townGaps(spans: TownRuns, covered: RowRuns): TownRuns {
  const h = spans.start.length - 1;
  const out = new RunBuilder();
  const start = new Int32Array(h + 1);
  for (let j = 0; j < h; j++) {
    let q = covered.start[j];
    const qe = covered.start[j + 1];
    for (let s = spans.start[j]; s < spans.start[j + 1]; s++) {
      const t = spans.t[s];
      if (t < 0) continue;
      const sb = spans.b[s];
      let i = spans.a[s];
      while (q < qe && covered.b[q] < i) q++;
      for (let k = q; k < qe && covered.a[k] <= sb && i <= sb; k++) {
        if (covered.a[k] > i) out.push(i, covered.a[k] - 1, t);
        i = covered.b[k] + 1;
      }
      if (i <= sb) out.push(i, sb, t);
    }
    start[j + 1] = out.n;
  }
  return out.runs(start);
}

/**
 * Adds, per town and for the district (row `district`), the number of cells of `covered`
 * inside each span, and with `pop` the population of those cells (summed in row-major order).
 */
export function countPerTown(
  spans: TownRuns, covered: RowRuns, w: number, district: number,
  cells: Float64Array, pop: Float64Array | null, people: Float64Array | null,
): void {
  const h = spans.start.length - 1;
  for (let j = 0; j < h; j++) {
    let q = covered.start[j];
    const qe = covered.start[j + 1];
    for (let s = spans.start[j]; s < spans.start[j + 1]; s++) {
      const t = spans.t[s], sa = spans.a[s], sb = spans.b[s];
      while (q < qe && covered.b[q] < sa) q++;
      for (let k = q; k < qe && covered.a[k] <= sb; k++) {
        const lo = Math.max(sa, covered.a[k]), hi = Math.min(sb, covered.b[k]);
        const len = hi - lo + 1;
        cells[district] += len;
        if (t >= 0) cells[t] += len;
        if (pop && people) {
          for (let c = j * w + lo, e = j * w + hi; c <= e; c++) {
            people[district] += pop[c];
            if (t >= 0) people[t] += pop[c];
          }
        }
      }
    }
  }
}
