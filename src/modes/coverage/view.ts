// Which raster the map shows for a result, and the legend entries for it. Pure.
import {
  categoryRaster, compositeRaster, gapRaster, COMPOSITE_RAMP, COVERED_COLOUR, GAP_COLOUR,
  type CoverageResult, type RasterImage, type Rgba,
} from '../../lib/analysis/coverage/index';

export type ViewKind = 'gaps' | 'gapsAll' | 'composite' | 'category';

/** The view actually shown: a category view of a category not in the result falls back to gaps. */
export function effectiveView(result: CoverageResult, view: ViewKind, category: string): ViewKind {
  return view === 'category' && !result.categories.some((c) => c.category === category) ? 'gaps' : view;
}

export function rasterFor(result: CoverageResult, view: ViewKind, category: string): RasterImage {
  switch (effectiveView(result, view, category)) {
    case 'category': return categoryRaster(result, category);
    case 'composite': return compositeRaster(result);
    case 'gapsAll': return gapRaster(result, 'all');
    default: return gapRaster(result, 'any');
  }
}

export const css = (c: Rgba) => `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${(c[3] / 255).toFixed(2)})`;

/** Legend swatches for the composite surface: one per count 0…n (same rounding as the raster). */
export function compositeSteps(n: number): { count: number; colour: string; ink: string }[] {
  const m = Math.max(1, n);
  return Array.from({ length: n + 1 }, (_, k) => {
    const i = Math.round((k / m) * (COMPOSITE_RAMP.length - 1));
    // black figures, white on the two darkest swatches: 4.5:1 or more on each as drawn on the white
    // panel (a unit test measures it; dark grey measured 2.1–3.8:1 at the dark end, review 10)
    return { count: k, colour: css(COMPOSITE_RAMP[i]), ink: i >= COMPOSITE_RAMP.length - 2 ? '#ffffff' : '#000000' };
  });
}

export const COVERED_CSS = css(COVERED_COLOUR);
export const GAP_CSS = css(GAP_COLOUR);

/** Readout value for a band: minutes for a time band, metres for a distance band. */
export function readout(p: { minutes: number | null; distanceMetres: number | null }, metresBand: boolean): string | null {
  if (metresBand) return p.distanceMetres === null ? null : p.distanceMetres < 10000 ? `${Math.round(p.distanceMetres)} m` : `${(p.distanceMetres / 1000).toFixed(1)} km`;
  // rounded up, so a time just over the band never reads as the band itself (15.04 → 15.1, ✗)
  if (p.minutes === null) return null;
  // two hours and more in hours (333 min read as a number to work out: review 12 L2)
  return p.minutes < 100 ? `${(Math.ceil(p.minutes * 10 - 1e-9) / 10).toFixed(1)} min` : p.minutes < 120 ? `${Math.ceil(p.minutes)} min` : `${(Math.ceil(p.minutes / 6) / 10).toFixed(1)} h`;
}
