// The little geometry the app does on its areas (district outline, town polygons; WGS-84):
// their bounding box, a point inside a town to write its name at and to search it by, and the
// town area that holds a point.
// Pure. Written here instead of importing Turf for it (docs/decisions/0009-area-geometry.md);
// the unit tests check both against Turf.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { boundsBox, districtBounds, insideBounds } from './coords';

type Area = Feature<Polygon | MultiPolygon> | { features: readonly Feature<Polygon | MultiPolygon>[] };
type Ring = number[][];

const polygonsOf = (a: Area): Ring[][] => districtBounds('features' in a ? a : { features: [a] }).polygons;

/** [west, south, east, north] of every vertex of the area. */
export function bboxOf(a: Area): [number, number, number, number] {
  return boundsBox({ polygons: polygonsOf(a) });
}

/** Signed area (shoelace, in degrees²) and area-weighted centroid of a ring; the vertex mean for a degenerate ring. */
function ringCentroid(ring: Ring): { area: number; c: [number, number] } {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f;
    cx += (ring[j][0] + ring[i][0]) * f;
    cy += (ring[j][1] + ring[i][1]) * f;
  }
  if (Math.abs(a) < 1e-15) {
    const n = ring.length || 1;
    return { area: 0, c: [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n] };
  }
  return { area: a / 2, c: [cx / (3 * a), cy / (3 * a)] };
}

/**
 * A point inside the area: the centroid of its largest polygon when that lies inside it, else the
 * middle of the widest inside stretch of the east–west line through that centroid.
 */
export function interiorPoint(a: Area): [number, number] {
  let best: Ring[] = [];
  let bestArea = -1;
  for (const poly of polygonsOf(a)) {
    const area = Math.abs(ringCentroid(poly[0]).area);
    if (area > bestArea) [best, bestArea] = [poly, area];
  }
  const [cx, cy] = ringCentroid(best[0] ?? []).c;
  if (insideBounds({ polygons: [best] }, cx, cy)) return [cx, cy];
  const xs: number[] = [];
  for (const ring of best)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[j];
      const [x2, y2] = ring[i];
      if (y1 > cy !== y2 > cy) xs.push(x1 + ((cy - y1) * (x2 - x1)) / (y2 - y1));
    }
  xs.sort((p, q) => p - q);
  let mid = cx, width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2)
    if (xs[i + 1] - xs[i] > width) [width, mid] = [xs[i + 1] - xs[i], (xs[i] + xs[i + 1]) / 2];
  return [mid, cy];
}

/** Where a town's name goes: the point its data gives (`label_lng`/`label_lat`), else a point inside it. */
export function townLabelPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const { label_lng: x, label_lat: y } = f.properties ?? {};
  return typeof x === 'number' && typeof y === 'number' ? [x, y] : interiorPoint(f);
}

/** Areas sharing a name (a town with an enclave, drawn in parts) as one MultiPolygon each, in first-seen order. */
export function joinByName<T extends { geometry: { type: string; coordinates: unknown } }>(items: readonly T[], nameOf: (x: T) => string): T[] {
  const byName = new Map<string, T>();
  const polys = (g: T['geometry']) => (g.type === 'Polygon' ? [g.coordinates] : (g.coordinates as unknown[]));
  for (const x of items) {
    const had = byName.get(nameOf(x));
    byName.set(nameOf(x), had ? { ...had, geometry: { type: 'MultiPolygon', coordinates: [...polys(had.geometry), ...polys(x.geometry)] } } : x);
  }
  return [...byName.values()];
}

export type TownAreas = { features: readonly Feature<Polygon | MultiPolygon>[] };
type PreparedArea = { name: string; box: [number, number, number, number]; bounds: { polygons: number[][][][] } };
/** Each area set's bounding boxes and polygons, prepared once (a grid or an import asks per point). */
const prepared = new WeakMap<TownAreas, PreparedArea[]>();

/** The name of the (approximate) town area that holds the position, or null. */
export function areaTownOf(areas: TownAreas, lng: number, lat: number): string | null {
  let list = prepared.get(areas);
  if (!list) prepared.set(areas, (list = areas.features.map((f) => ({ name: String(f.properties?.name ?? ''), box: bboxOf(f), bounds: districtBounds({ features: [f] }) }))));
  const a = list.find(({ box: [w, s, e, n], bounds }) => lng >= w && lng <= e && lat >= s && lat <= n && insideBounds(bounds, lng, lat));
  return a?.name || null;
}

/**
 * The town a row is counted in, as the map and its details place it: the town it names when that
 * is one of `named`, else the town whose area holds its position (a blank, 徐汇区 or 梅龙镇 row), else ''.
 */
export function countedTown(named: ReadonlySet<string>, areas: TownAreas, r: { town: string; lng: number; lat: number }): string {
  return named.has(r.town) ? r.town : (areaTownOf(areas, r.lng, r.lat) ?? '');
}
