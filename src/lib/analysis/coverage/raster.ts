// Map-ready RGBA rasters of coverage results for a MapLibre image source. The grid is a
// rectangle in lng/lat (the projection is linear in both); MapLibre stretches an image
// linearly in Web Mercator, so output rows are resampled at Mercator-even latitudes.
import { projectionOf, type Grid } from './grid.ts';
import type { CoverageResult } from './engine.ts';

export type Rgba = readonly [number, number, number, number];

export interface RasterImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
  /** top-left, top-right, bottom-right, bottom-left [lng, lat], as MapLibre's image source wants. */
  coordinates: [[number, number], [number, number], [number, number], [number, number]];
}

export const COVERED_COLOUR: Rgba = [44, 160, 44, 110];
export const GAP_COLOUR: Rgba = [214, 39, 40, 170];
/** Sequential ramp, light → dark (ColorBrewer YlGnBu-like), alpha 180; 0 (reaching nothing) a pale rose, not the ramp's lightest yellow, so a reach into it shows (review 28). */
export const COMPOSITE_RAMP: readonly Rgba[] = [
  [244, 204, 204, 180], [237, 248, 177, 180], [199, 233, 180, 180], [127, 205, 187, 180],
  [65, 182, 196, 180], [29, 145, 192, 180], [34, 94, 168, 180], [37, 52, 148, 180], [8, 29, 88, 180],
];

const RAD = Math.PI / 180;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
const invMercY = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;

export function gridCorners(grid: Grid): RasterImage['coordinates'] {
  const p = projectionOf(grid);
  const x1 = grid.x0 + grid.width * grid.cellSize, yBot = grid.yTop - grid.height * grid.cellSize;
  return [p.toLngLat([grid.x0, grid.yTop]), p.toLngLat([x1, grid.yTop]), p.toLngLat([x1, yBot]), p.toLngLat([grid.x0, yBot])];
}

/** Paints every district cell with colourOf(cell) (null = transparent). */
export function paint(grid: Grid, colourOf: (cell: number) => Rgba | null): RasterImage {
  const { width: w, height: h } = grid;
  const coordinates = gridCorners(grid);
  const latTop = coordinates[0][1], latBot = coordinates[3][1];
  const mTop = mercY(latTop), mBot = mercY(latBot);
  const data = new Uint8ClampedArray(w * h * 4);
  for (let r = 0; r < h; r++) {
    const lat = invMercY(mTop + ((r + 0.5) / h) * (mBot - mTop));
    const j = Math.min(h - 1, Math.max(0, Math.floor(((latTop - lat) / (latTop - latBot)) * h)));
    for (let i = 0; i < w; i++) {
      const c = j * w + i;
      if (!grid.mask[c]) continue;
      const col = colourOf(c);
      if (!col) continue;
      const o = (r * w + i) * 4;
      data[o] = col[0]; data[o + 1] = col[1]; data[o + 2] = col[2]; data[o + 3] = col[3];
    }
  }
  return { data, width: w, height: h, coordinates };
}

function categoryOf(result: CoverageResult, category: string) {
  const cat = result.categories.find((c) => c.category === category);
  if (!cat) throw new Error(`category ${category} is not in this result`);
  return cat;
}

/** (a) covered / gap for one category. */
export function categoryRaster(result: CoverageResult, category: string, covered: Rgba | null = COVERED_COLOUR, gap: Rgba | null = GAP_COLOUR): RasterImage {
  const cat = categoryOf(result, category);
  // (no gap where the category has no data: CoverageInput.scopes)
  return paint(result.grid, (c) => (cat.reach[c] ? covered : cat.scope && !cat.scope[result.grid.townIndex[c]] ? null : gap));
}

/**
 * (b) gaps: rule 'any' = cells missing at least one selected category, 'all' = reaching none; both only where
 * a category missed has data (gapCount below n).
 */
export function gapRaster(result: CoverageResult, rule: 'any' | 'all' = 'any', colour: Rgba = GAP_COLOUR): RasterImage {
  const n = result.categories.length;
  return paint(result.grid, (c) => ((rule === 'any' || !result.count[c]) && result.gapCount[c] < n ? colour : null));
}

/** (c) composite count 0…n on a sequential ramp (0 = pale rose, then light → dark). */
export function compositeRaster(result: CoverageResult, ramp: readonly Rgba[] = COMPOSITE_RAMP): RasterImage {
  const n = Math.max(1, result.categories.length);
  return paint(result.grid, (c) => ramp[Math.round((result.count[c] / n) * (ramp.length - 1))]);
}
