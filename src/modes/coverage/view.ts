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

/** WCAG relative luminance of an sRGB colour (0–255 channels). */
export function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Legend swatches for the composite surface: one per count 0…n (same rounding as the raster). */
export function compositeSteps(n: number): { count: number; colour: string; ink: string }[] {
  const m = Math.max(1, n);
  return Array.from({ length: n + 1 }, (_, k) => {
    const c = COMPOSITE_RAMP[Math.round((k / m) * (COMPOSITE_RAMP.length - 1))];
    // the figure in whichever of black and white contrasts more with the swatch as drawn on the white
    // panel (dark figures measured 2.1–3.8:1 on the dark end of the ramp, review 10)
    const onWhite = c.slice(0, 3).map((v) => (v * c[3] + 255 * (255 - c[3])) / 255);
    const lum = luminance(onWhite);
    const ink = (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) ? '#000000' : '#ffffff';
    return { count: k, colour: css(c), ink };
  });
}

export const COVERED_CSS = css(COVERED_COLOUR);
export const GAP_CSS = css(GAP_COLOUR);

/** Readout value for a band: minutes for a time band, metres for a distance band. */
export function readout(p: { minutes: number | null; distanceMetres: number | null }, metresBand: boolean): string | null {
  if (metresBand) return p.distanceMetres === null ? null : p.distanceMetres < 10000 ? `${Math.round(p.distanceMetres)} m` : `${(p.distanceMetres / 1000).toFixed(1)} km`;
  // rounded up, so a time just over the band never reads as the band itself (15.04 → 15.1, ✗)
  if (p.minutes === null) return null;
  return p.minutes < 100 ? `${(Math.ceil(p.minutes * 10 - 1e-9) / 10).toFixed(1)} min` : `${Math.ceil(p.minutes)} min`;
}
