// Hover/click: travel distance and time to the nearest facility of each category at a place,
// computed exactly at the point (not at a cell centre) from the result's sources and, in
// barrier mode, its regions and crossing distances — the same formula the grid uses.
import { bandMode, travelMinutes } from './bands.ts';
import { cellCoords, projectionOf } from './grid.ts';
import type { CoverageResult } from './engine.ts';
import type { CategoryResult, TravelMode } from './types.ts';

export interface ProbeCategory {
  category: string;
  /** Raw distance (straight or barrier-aware) to the nearest facility, metres; null = none reachable. */
  distanceMetres: number | null;
  /** distance × detour / speed of the band's mode; null = none reachable. */
  minutes: number | null;
  mode: TravelMode;
  reached: boolean;
  /** Not reached where the category has no data (a town its file leaves out: CoverageInput.scopes), so no gap. */
  noData: boolean;
}

export interface ProbeResult {
  insideDistrict: boolean;
  town: string | null;
  categories: ProbeCategory[];
}

/** Distance in cell units from (u, v) to the nearest source of `cat`. */
export function distanceAt(result: CoverageResult, cat: CategoryResult, u: number, v: number, cell: number): number {
  const s = cat.sources;
  const b = result.barrier;
  let region = -1;
  if (b) {
    region = b.label[cell];
    if (region < 0) region = nearestOpenRegion(result, cell);
  }
  let best = Infinity;
  for (let q = 0; q < s.length / 2; q++) {
    if (b && cat.sourceRegion![q] !== region) continue;
    best = Math.min(best, Math.hypot(s[2 * q] - u, s[2 * q + 1] - v));
  }
  if (b && cat.crossingDist) {
    b.crossings.forEach((c, k) => {
      if (c.regions.includes(region)) best = Math.min(best, cat.crossingDist![k] + Math.hypot(c.u - u, c.v - v));
    });
  }
  return best;
}

function nearestOpenRegion(result: CoverageResult, cell: number): number {
  const { width: w, height: h } = result.grid;
  const label = result.barrier!.label;
  const i = cell % w, j = (cell - i) / w;
  for (let rad = 1; rad <= 3; rad++) {
    for (let jj = j - rad; jj <= j + rad; jj++) for (let ii = i - rad; ii <= i + rad; ii++) {
      if (ii >= 0 && jj >= 0 && ii < w && jj < h && label[jj * w + ii] >= 0) return label[jj * w + ii];
    }
  }
  return -1;
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
      const d = distanceAt(result, cat, u, v, c) * g.cellSize;
      const ok = Number.isFinite(d);
      return {
        category: cat.category,
        distanceMetres: ok ? d : null,
        minutes: ok ? travelMinutes(d, result.detour, cat.speedKmh) : null,
        mode: bandMode(cat.band),
        reached: d <= cat.thresholdMetres,
        noData: d > cat.thresholdMetres && !!cat.scope && !cat.scope[t],
      };
    }),
  };
}
