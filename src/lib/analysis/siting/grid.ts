// Candidate sites on a square grid: cells whose centre lies inside the district outline.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { DEFAULT_PROJECTION, pointInRing, projectX, projectY, unproject, type LocalProjection } from '../geo.ts';
import type { SitePoint } from './types.ts';

export type Outline = Polygon | MultiPolygon | Feature<Polygon | MultiPolygon> | FeatureCollection<Polygon | MultiPolygon>;

function polygons(o: Outline): Position[][][] {
  if (o.type === 'FeatureCollection') return o.features.flatMap((f) => polygons(f));
  if (o.type === 'Feature') return polygons(o.geometry);
  return o.type === 'Polygon' ? [o.coordinates] : o.coordinates;
}

function inside(lng: number, lat: number, polys: Position[][][]): boolean {
  return polys.some((rings) => pointInRing(lng, lat, rings[0]) && !rings.slice(1).some((h) => pointInRing(lng, lat, h)));
}

/** Grid cells of `spacingMetres` whose centres are inside the outline; ids `g{row}-{col}`. */
export function gridCandidates(outline: Outline, spacingMetres: number, projection: LocalProjection = DEFAULT_PROJECTION): SitePoint[] {
  if (!(spacingMetres > 0)) throw new Error('gridCandidates: spacingMetres must be positive');
  const polys = polygons(outline);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const rings of polys) {
    for (const [lng, lat] of rings[0]) {
      const x = projectX(projection, lng);
      const y = projectY(projection, lat);
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
  }
  const out: SitePoint[] = [];
  const rows = Math.ceil((maxY - minY) / spacingMetres);
  const cols = Math.ceil((maxX - minX) / spacingMetres);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const [lng, lat] = unproject(projection, minX + (c + 0.5) * spacingMetres, minY + (r + 0.5) * spacingMetres);
      if (inside(lng, lat, polys)) out.push({ id: `g${r}-${c}`, lng, lat });
    }
  }
  return out;
}
