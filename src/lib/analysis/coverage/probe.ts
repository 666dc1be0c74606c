// Hover/click: travel distance and time to the nearest facility of each category at a place.
import { bandMode, travelMinutes } from './bands.ts';
import { cellCoords, projectionOf } from './grid.ts';
import type { CoverageResult } from './engine.ts';
import type { TravelMode } from './types.ts';

export interface ProbeCategory {
  category: string;
  /** Raw distance (straight or barrier-aware) to the nearest facility, metres; null = none reachable. */
  distanceMetres: number | null;
  /** distance × detour / speed of the band's mode; null = none reachable. */
  minutes: number | null;
  mode: TravelMode;
  reached: boolean;
}

export interface ProbeResult {
  insideDistrict: boolean;
  town: string | null;
  categories: ProbeCategory[];
}

/** null when the point is outside the analysis grid. */
export function probe(result: CoverageResult, lng: number, lat: number): ProbeResult | null {
  const g = result.grid;
  const [u, v] = cellCoords(g, projectionOf(g), lng, lat);
  const i = Math.round(u), j = Math.round(v);
  if (i < 0 || j < 0 || i >= g.width || j >= g.height) return null;
  const c = j * g.width + i;
  const t = g.townIndex[c];
  return {
    insideDistrict: g.mask[c] === 1,
    town: t >= 0 ? g.townNames[t] : null,
    categories: result.categories.map((cat) => {
      const d = cat.distance[c];
      const ok = Number.isFinite(d);
      return {
        category: cat.category,
        distanceMetres: ok ? d : null,
        minutes: ok ? travelMinutes(d, result.detour, cat.speedKmh) : null,
        mode: bandMode(cat.band),
        reached: d <= cat.thresholdMetres,
      };
    }),
  };
}
