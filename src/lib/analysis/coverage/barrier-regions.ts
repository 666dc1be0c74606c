// Region labelling and barrier-aware reach on row runs. Open cells (not on a barrier) are
// split into 4-connected regions by one union–find pass over the runs of open cells; a
// region's id is the order of its first cell in row-major order (as a flood fill from each
// unlabelled cell in turn would number them). Reach clips each disc's row spans to the runs
// of its regions, so painting costs ~ the spans, not the cells.
import { RunBuilder, SpanCollector, type RowRuns } from './runs.ts';
import { find, unionRowRuns } from './run-union.ts';

export interface OpenRuns extends RowRuns {
  /** Region of each run. */
  region: Int32Array;
}

export interface Regions {
  /** Region label per cell; -1 on barrier cells. */
  label: Int32Array;
  regionCount: number;
  bbox: Int32Array; // i0, j0, i1, j1 per region
  /** Runs of open cells per row, with their region. */
  open: OpenRuns;
  /** Barrier cells, in row-major order. */
  barrierList: Int32Array;
}


export function labelRegions(blocked: Uint8Array, w: number, h: number): Regions {
  const runs = new RunBuilder();
  const start = new Int32Array(h + 1);
  const barrier: number[] = [];
  for (let j = 0; j < h; j++) {
    const row = j * w;
    for (let i = 0; i < w; i++) {
      if (blocked[row + i]) { barrier.push(row + i); continue; }
      const a = i;
      while (i + 1 < w && !blocked[row + i + 1]) i++;
      runs.push(a, i);
    }
    start[j + 1] = runs.n;
  }
  const { a, b } = runs.runs(start);
  const n = a.length;
  const parent = unionRowRuns(start, a, b);
  // roots are each region's first run; number them in run order
  const region = new Int32Array(n);
  let regionCount = 0;
  for (let k = 0; k < n; k++) region[k] = parent[k] === k ? regionCount++ : region[find(parent, k)];
  const bbox = new Int32Array(4 * regionCount);
  for (let r = 0; r < regionCount; r++) { bbox[4 * r] = w; bbox[4 * r + 1] = h; bbox[4 * r + 2] = -1; bbox[4 * r + 3] = -1; }
  const label = new Int32Array(w * h).fill(-1);
  for (let j = 0; j < h; j++) {
    for (let k = start[j]; k < start[j + 1]; k++) {
      const r = region[k];
      label.fill(r, j * w + a[k], j * w + b[k] + 1);
      if (a[k] < bbox[4 * r]) bbox[4 * r] = a[k];
      if (j < bbox[4 * r + 1]) bbox[4 * r + 1] = j;
      if (b[k] > bbox[4 * r + 2]) bbox[4 * r + 2] = b[k];
      if (j > bbox[4 * r + 3]) bbox[4 * r + 3] = j;
    }
  }
  return { label, regionCount, bbox, open: { start, a, b, region }, barrierList: Int32Array.from(barrier) };
}

/** Pushes the row spans of a disc, clipped to the open runs of the given regions. */
function clippedDisc(
  out: SpanCollector, open: OpenRuns, w: number, h: number, u: number, v: number, rad: number, regions: readonly number[],
): void {
  if (!(rad >= 0)) return;
  const r2 = rad * rad;
  const j0 = Math.max(0, Math.ceil(v - rad)), j1 = Math.min(h - 1, Math.floor(v + rad));
  const one = regions.length === 1 ? regions[0] : -2;
  for (let j = j0; j <= j1; j++) {
    const dy = j - v, half = Math.sqrt(Math.max(0, r2 - dy * dy));
    const i0 = Math.max(0, Math.ceil(u - half)), i1 = Math.min(w - 1, Math.floor(u + half));
    if (i1 < i0) continue;
    for (let k = open.start[j], e = open.start[j + 1]; k < e && open.a[k] <= i1; k++) {
      if (open.b[k] < i0) continue;
      const r = open.region[k];
      if (r === one || (one === -2 && regions.includes(r))) out.push(j, Math.max(i0, open.a[k]), Math.min(i1, open.b[k]));
    }
  }
}

/**
 * Barrier-aware reach as row runs and as a full array: discs of radius `rad` around sources in
 * their own region, discs of radius rad − D(c) around every crossing reached at D(c) < rad over
 * the crossing's regions, and barrier cells next to (8-neighbour) a reached open cell.
 */
export function barrierReach(
  reg: Regions, crossings: readonly { u: number; v: number; regions: readonly number[] }[],
  w: number, h: number, u: Float64Array, v: Float64Array, rad: number, region: Int32Array, crossingDist: Float64Array,
): { reach: Uint8Array; runs: RowRuns } {
  const spans = new SpanCollector(w, h);
  for (let q = 0; q < u.length; q++) if (region[q] >= 0) clippedDisc(spans, reg.open, w, h, u[q], v[q], rad, [region[q]]);
  crossings.forEach((c, k) => {
    if (crossingDist[k] < rad) clippedDisc(spans, reg.open, w, h, c.u, c.v, rad - crossingDist[k], c.regions);
  });
  const open = spans.merge();
  const reach = new Uint8Array(w * h);
  for (let j = 0; j < h; j++) for (let k = open.start[j]; k < open.start[j + 1]; k++) reach.fill(1, j * w + open.a[k], j * w + open.b[k] + 1);
  const { label, barrierList } = reg;
  const spread: number[] = [];
  for (const c of barrierList) {
    const i = c % w, j = (c - i) / w;
    search: for (let dj = -1; dj <= 1; dj++) for (let di = -1; di <= 1; di++) {
      const ii = i + di, jj = j + dj;
      if (ii >= 0 && jj >= 0 && ii < w && jj < h && label[jj * w + ii] >= 0 && reach[jj * w + ii] === 1) { spread.push(c); break search; }
    }
  }
  if (spread.length === 0) return { reach, runs: open };
  for (const c of spread) reach[c] = 1;
  const all = new SpanCollector(w, h);
  for (let j = 0; j < h; j++) for (let k = open.start[j]; k < open.start[j + 1]; k++) all.push(j, open.a[k], open.b[k]);
  for (const c of spread) all.push(Math.floor(c / w), c % w, c % w);
  return { reach, runs: all.merge() };
}
