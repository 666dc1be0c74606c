// The "distance field provider" seam: anything that can turn a set of sources into a per-cell
// distance field. Straight-line and barrier-aware providers live here and in barrier.ts; a
// road-network provider (multi-source Dijkstra on a user's network, snapped to cells) would
// implement the same interface and set detourApplies = false.
import { distanceTransform, type EdtScratch, createScratch } from './edt.ts';
import { cellCoords, projectionOf, type Grid } from './grid.ts';
import { discRuns, fillRuns, type RowRuns } from './runs.ts';
import type { FacilityPoint, TravelMode } from './types.ts';

export interface DistanceFieldProvider {
  readonly kind: string;
  /** Whether the engine should multiply distances by the detour factor (false for networks). */
  readonly detourApplies: boolean;
  /** Metres from each cell centre to the nearest source (Infinity = unreachable). */
  field(sources: readonly FacilityPoint[], mode: TravelMode, out?: Float32Array): Float32Array;
  /** 1 where the distance is ≤ thresholdMetres (may be computed faster than the full field). */
  reach(sources: readonly FacilityPoint[], mode: TravelMode, thresholdMetres: number): ReachOutput;
}

export interface ReachOutput {
  reach: Uint8Array;
  method: 'discs' | 'edt';
  /** The same cells as `reach`, as row runs, when the provider has them for free. */
  runs?: RowRuns;
}

/** Painting discs costs ~ sources × disc area; a distance transform ~ a few passes over the grid. */
export function discsAreCheaper(grid: Grid, n: number, thresholdMetres: number): boolean {
  const r = thresholdMetres / grid.cellSize;
  return n * Math.PI * (r + 1) * (r + 1) < 3 * grid.width * grid.height;
}

export function reachFromField(field: Float32Array, thresholdMetres: number): Uint8Array {
  const out = new Uint8Array(field.length);
  for (let c = 0; c < field.length; c++) if (field[c] <= thresholdMetres) out[c] = 1;
  return out;
}

/** Projects sources to fractional cell coordinates. */
export function sourceCoords(grid: Grid, sources: readonly FacilityPoint[]): { u: Float64Array; v: Float64Array } {
  const proj = projectionOf(grid);
  const u = new Float64Array(sources.length), v = new Float64Array(sources.length);
  sources.forEach((s, k) => { [u[k], v[k]] = cellCoords(grid, proj, s.lng, s.lat); });
  return { u, v };
}

export class StraightLineProvider implements DistanceFieldProvider {
  readonly kind = 'straight';
  readonly detourApplies = true;
  private scratch: EdtScratch | null = null;
  constructor(private readonly grid: Grid) {}

  field(sources: readonly FacilityPoint[], _mode: TravelMode, out?: Float32Array): Float32Array {
    const { width: w, height: h, cellSize } = this.grid;
    const res = out ?? new Float32Array(w * h);
    const { u, v } = sourceCoords(this.grid, sources);
    this.scratch ??= createScratch(w * h);
    distanceTransform(u, v, sources.length, w, h, res, this.scratch);
    for (let k = 0; k < res.length; k++) res[k] *= cellSize;
    return res;
  }

  reach(sources: readonly FacilityPoint[], mode: TravelMode, thresholdMetres: number): ReachOutput {
    const g = this.grid;
    if (!discsAreCheaper(g, sources.length, thresholdMetres)) return { reach: reachFromField(this.field(sources, mode), thresholdMetres), method: 'edt' };
    const { u, v } = sourceCoords(g, sources);
    // the discs' row spans, merged: exactly the cells paintDisc would mark
    const runs = discRuns(u, v, thresholdMetres / g.cellSize, g.width, g.height);
    const reach = new Uint8Array(g.width * g.height);
    fillRuns(runs, reach, g.width);
    return { reach, method: 'discs', runs };
  }
}
