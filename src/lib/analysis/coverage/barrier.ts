// Barrier-aware distance fields. Barriers (rivers, optionally expressways/railways) are
// rasterised onto the grid; the open cells split into 4-connected regions; a crossing joins
// the regions found within its snap radius. Distance to a cell = min(straight distance from
// sources in the cell's own region, min over usable crossings c touching the region of
// D(c) + |c − cell|), where D(c) = shortest source→crossing distance over the crossing graph.
// Tolerance: assumes line of sight inside a region (see docs/decisions/0004-coverage-grid.md).
import { distanceTransform, createScratch, type EdtScratch } from './edt.ts';
import { cellCoords, projectionOf, type Grid } from './grid.ts';
import type { DistanceFieldProvider, ReachOutput } from './provider.ts';
import { discsAreCheaper, reachFromField, sourceCoords } from './provider.ts';
import { barrierReach, labelRegions, type Regions } from './barrier-regions.ts';
import { markSegment } from './rasterize.ts';
import type { BarrierInput, CrossingInput, FacilityPoint, TravelMode } from './types.ts';

/** The grid's regions (labelRegions) with the crossings that join them. */
export interface BarrierModel extends Regions {
  crossings: { id: string; name: string; u: number; v: number; modes: Set<string>; regions: number[] }[];
  barrierCells: number;
}

export function buildBarrierModel(
  grid: Grid, barriers: BarrierInput, crossings: readonly CrossingInput[],
  kinds: readonly string[], snapMetres: number,
): BarrierModel {
  const { width: w, height: h } = grid;
  const proj = projectionOf(grid);
  const blocked = new Uint8Array(w * h);
  for (const f of barriers.features) {
    if (!f.geometry || !kinds.includes(f.properties?.kind ?? '')) continue;
    const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const line of lines) {
      for (let k = 0; k + 1 < line.length; k++) {
        const [ua, va] = cellCoords(grid, proj, line[k][0], line[k][1]);
        const [ub, vb] = cellCoords(grid, proj, line[k + 1][0], line[k + 1][1]);
        markSegment(ua, va, ub, vb, w, h, blocked);
      }
    }
  }
  // 4-connected regions of open cells (union–find over row runs)
  const reg = labelRegions(blocked, w, h);
  const { label } = reg;
  const rad = Math.max(snapMetres / grid.cellSize, 2);
  const cross = crossings.map((c) => {
    const [u, v] = cellCoords(grid, proj, c.lng, c.lat);
    const regions = new Set<number>();
    for (let j = Math.ceil(v - rad); j <= Math.floor(v + rad); j++) {
      for (let i = Math.ceil(u - rad); i <= Math.floor(u + rad); i++) {
        if (i < 0 || j < 0 || i >= w || j >= h || (i - u) ** 2 + (j - v) ** 2 > rad * rad) continue;
        if (label[j * w + i] >= 0) regions.add(label[j * w + i]);
      }
    }
    const modes = new Set(c.modes.split(/[;；,、]/).map((m) => m.trim()).filter(Boolean));
    return { id: c.id, name: c.name, u, v, modes, regions: [...regions] };
  });
  return { ...reg, crossings: cross, barrierCells: reg.barrierList.length };
}

/** Which crossing `modes` token a travel mode needs. */
export function crossingMode(mode: TravelMode): string {
  return mode === 'bike' ? 'bike' : 'walk';
}

export class BarrierProvider implements DistanceFieldProvider {
  readonly kind = 'barrier';
  readonly detourApplies = true;
  private scratch: EdtScratch | null = null;
  constructor(private readonly grid: Grid, private readonly model: BarrierModel) {}

  field(sources: readonly FacilityPoint[], mode: TravelMode, out?: Float32Array): Float32Array {
    const { grid } = this;
    const { width: w, height: h } = grid;
    const res = (out ?? new Float32Array(w * h)).fill(Infinity);
    const { u, v } = sourceCoords(grid, sources);
    // assign each source to the region of its cell (or the nearest open cell around it)
    const byRegion = groupByRegion(sourceRegions(grid, this.model, u, v));
    this.scratch ??= createScratch(w * h);
    for (const [r, list] of byRegion) this.regionField(r, list, u, v, res);

    const dist = crossingDistances(this.model, byRegion, u, v, crossingMode(mode));
    this.addCrossings(dist, res);
    this.fillBarrierCells(res);
    for (let k = 0; k < res.length; k++) res[k] *= grid.cellSize;
    return res;
  }

  reach(sources: readonly FacilityPoint[], mode: TravelMode, thresholdMetres: number): ReachOutput {
    const { grid, model } = this;
    if (!discsAreCheaper(grid, sources.length + model.crossings.length, thresholdMetres)) {
      return { reach: reachFromField(this.field(sources, mode), thresholdMetres), method: 'edt' };
    }
    const { u, v } = sourceCoords(grid, sources);
    const region = sourceRegions(grid, model, u, v);
    const crossingDist = crossingDistances(model, groupByRegion(region), u, v, crossingMode(mode));
    const { reach, runs } = barrierReach(model, model.crossings, grid.width, grid.height, u, v, thresholdMetres / grid.cellSize, region, crossingDist);
    return { reach, runs, method: 'discs' };
  }

  /** Straight-line EDT from the region's own sources, written to the region's cells. */
  private regionField(r: number, list: number[], u: Float64Array, v: Float64Array, res: Float32Array): void {
    const { model, grid } = this;
    const b = model.bbox;
    const i0 = b[4 * r], j0 = b[4 * r + 1], ww = b[4 * r + 2] - i0 + 1, hh = b[4 * r + 3] - j0 + 1;
    const pu = list.map((q) => u[q] - i0), pv = list.map((q) => v[q] - j0);
    const win = new Float32Array(ww * hh);
    distanceTransform(pu, pv, list.length, ww, hh, win, this.scratch ?? undefined);
    const w = grid.width;
    const { order, start } = regionCells(model);
    for (let k = start[r], e = start[r + 1]; k < e; k++) {
      const c = order[k];
      const i = c % w, j = (c - i) / w;
      res[c] = win[(j - j0) * ww + (i - i0)];
    }
  }

  private addCrossings(d: Float64Array, res: Float32Array): void {
    const { model, grid } = this;
    const w = grid.width;
    const { order, start } = regionCells(model);
    for (let r = 0; r < model.regionCount; r++) {
      const list = model.crossings
        .map((c, k) => ({ c, dk: d[k] }))
        .filter((x) => x.dk < Infinity && x.c.regions.includes(r))
        .sort((a, b) => a.dk - b.dk);
      if (list.length === 0) continue;
      const cu = list.map((x) => x.c.u), cv = list.map((x) => x.c.v), cd = list.map((x) => x.dk);
      for (let k = start[r], e = start[r + 1]; k < e; k++) {
        const c = order[k];
        const i = c % w, j = (c - i) / w;
        let best = res[c];
        for (let m = 0; m < cd.length && cd[m] < best; m++) {
          const gap = best - cd[m];
          const dd = (i - cu[m]) ** 2 + (j - cv[m]) ** 2;
          if (dd < gap * gap) best = cd[m] + Math.sqrt(dd);
        }
        res[c] = best;
      }
    }
  }

  /** Barrier cells take the smallest value of their open 8-neighbours (they are not destinations). */
  private fillBarrierCells(res: Float32Array): void {
    const { width: w, height: h } = this.grid;
    const label = this.model.label;
    for (let c = 0; c < res.length; c++) {
      if (label[c] >= 0) continue;
      const i = c % w, j = (c - i) / w;
      let m = Infinity;
      for (let dj = -1; dj <= 1; dj++) for (let di = -1; di <= 1; di++) {
        const ii = i + di, jj = j + dj;
        if (ii >= 0 && jj >= 0 && ii < w && jj < h && label[jj * w + ii] >= 0 && res[jj * w + ii] < m) m = res[jj * w + ii];
      }
      res[c] = m;
    }
  }
}

const cellsCache = new WeakMap<BarrierModel, { order: Int32Array; start: Int32Array }>();

/** Cell indices grouped by region (row-major within a region): cells of r are order[start[r] .. start[r+1]). */
function regionCells(model: BarrierModel): { order: Int32Array; start: Int32Array } {
  let cells = cellsCache.get(model);
  if (cells) return cells;
  const { open, regionCount } = model;
  const w = model.label.length / (open.start.length - 1);
  const start = new Int32Array(regionCount + 1);
  for (let k = 0; k < open.a.length; k++) start[open.region[k] + 1] += open.b[k] - open.a[k] + 1;
  for (let r = 0; r < regionCount; r++) start[r + 1] += start[r];
  const pos = start.slice(0, regionCount);
  const order = new Int32Array(start[regionCount]);
  for (let j = 0; j + 1 < open.start.length; j++) {
    for (let k = open.start[j]; k < open.start[j + 1]; k++) {
      const r = open.region[k];
      for (let i = open.a[k]; i <= open.b[k]; i++) order[pos[r]++] = j * w + i;
    }
  }
  cells = { order, start };
  cellsCache.set(model, cells);
  return cells;
}

/** Region of each source: its cell's region, or the nearest open cell's within 3 cells (-1 = none). */
export function sourceRegions(grid: Grid, model: BarrierModel, u: Float64Array, v: Float64Array): Int32Array {
  const { width: w, height: h } = grid;
  const out = new Int32Array(u.length).fill(-1);
  for (let q = 0; q < u.length; q++) {
    const i = Math.min(w - 1, Math.max(0, Math.round(u[q]))), j = Math.min(h - 1, Math.max(0, Math.round(v[q])));
    for (let rad = 0; rad <= 3 && out[q] < 0; rad++) {
      let bd = Infinity;
      for (let jj = j - rad; jj <= j + rad; jj++) for (let ii = i - rad; ii <= i + rad; ii++) {
        if (ii < 0 || jj < 0 || ii >= w || jj >= h) continue;
        const l = model.label[jj * w + ii];
        const d = (ii - u[q]) ** 2 + (jj - v[q]) ** 2;
        if (l >= 0 && d < bd) { bd = d; out[q] = l; }
      }
    }
  }
  return out;
}

export function groupByRegion(regionOf: Int32Array): Map<number, number[]> {
  const byRegion = new Map<number, number[]>();
  regionOf.forEach((r, q) => {
    if (r < 0) return;
    let list = byRegion.get(r);
    if (!list) byRegion.set(r, (list = []));
    list.push(q);
  });
  return byRegion;
}

/** Shortest source→crossing distance (cell units) over the crossing graph (Dijkstra, O(n²)). */
export function crossingDistances(model: BarrierModel, byRegion: Map<number, number[]>, u: Float64Array, v: Float64Array, token: string): Float64Array {
  const cs = model.crossings;
  const n = cs.length;
  const d = new Float64Array(n).fill(Infinity);
  const usable = cs.map((c) => c.modes.has(token));
  for (let a = 0; a < n; a++) {
    if (!usable[a]) continue;
    for (const r of cs[a].regions) for (const q of byRegion.get(r) ?? []) {
      d[a] = Math.min(d[a], Math.hypot(u[q] - cs[a].u, v[q] - cs[a].v));
    }
  }
  const done = new Uint8Array(n);
  for (;;) {
    let a = -1;
    for (let k = 0; k < n; k++) if (usable[k] && !done[k] && d[k] < Infinity && (a < 0 || d[k] < d[a])) a = k;
    if (a < 0) break;
    done[a] = 1;
    for (let b = 0; b < n; b++) {
      if (!usable[b] || done[b] || !cs[a].regions.some((r) => cs[b].regions.includes(r))) continue;
      d[b] = Math.min(d[b], d[a] + Math.hypot(cs[a].u - cs[b].u, cs[a].v - cs[b].v));
    }
  }
  return d;
}
