// One coordinate cell → decimal degrees: decimal, decimal comma, full-width, DMS, hemispheres.
import { halfWidth } from './text';

export type Axis = 'lng' | 'lat';

export type CoordResult = { ok: true; value: number } | { ok: false; projected: boolean };

const HEMI_PREFIX = /^(东经|西经|北纬|南纬|[东西南北NSEW])/i;
const HEMI_SUFFIX = /(东经|西经|北纬|南纬|[东西南北NSEW])$/i;
const NEGATIVE = /^(西经|南纬|[西南SW])$/i;

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const DMS = new RegExp(
  String.raw`^${NUM}\s*(?:°|度|º|d|:|\s)\s*(?:${NUM}\s*(?:'|′|’|‘|分|m|:|\s)\s*)?(?:${NUM}\s*(?:"|″|”|“|''|′′|秒|s)?)?$`,
  'i',
);

/** Parse one coordinate cell (no range check here besides flagging obviously projected values). */
export function parseCoordinate(cell: string): CoordResult {
  let s = halfWidth(cell).trim();
  if (s === '') return { ok: false, projected: false };
  let sign = 1;
  const pre = HEMI_PREFIX.exec(s);
  if (pre && !/^\d/.test(s)) {
    if (NEGATIVE.test(pre[1])) sign = -1;
    s = s.slice(pre[1].length).trim();
  } else {
    const suf = HEMI_SUFFIX.exec(s);
    if (suf) {
      if (NEGATIVE.test(suf[1])) sign = -1;
      s = s.slice(0, s.length - suf[1].length).trim();
    }
  }
  if (s.startsWith('-')) {
    sign = -sign;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  // Decimal degrees, with a decimal comma allowed when it is the only separator ("121,4567").
  if (/^\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) {
    const v = sign * Number(s);
    return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, projected: false };
  }
  const m = DMS.exec(s.replace(/,/g, '.'));
  if (m && (m[2] !== undefined || m[3] !== undefined || /[°度º]/.test(s))) {
    const deg = Number(m[1]);
    const min = m[2] !== undefined ? Number(m[2]) : 0;
    const sec = m[3] !== undefined ? Number(m[3]) : 0;
    if (min >= 60 || sec >= 60) return { ok: false, projected: false };
    return { ok: true, value: sign * (deg + min / 60 + sec / 3600) };
  }
  return { ok: false, projected: false };
}

export function inRange(axis: Axis, v: number): boolean {
  return axis === 'lng' ? v >= -180 && v <= 180 : v >= -90 && v <= 90;
}

/** Values like 13 500 000 or 3 450 000 are metres of a projected CRS (Web Mercator, Gauss–Krüger). */
export function looksProjected(v: number): boolean {
  return Math.abs(v) > 1000;
}

/**
 * A point that looks like latitude and longitude were swapped: latitude outside ±90 while
 * longitude fits, or (the China case) "longitude" 18–54 and "latitude" 73–136.
 */
export function looksSwapped(lng: number, lat: number): boolean {
  if (Math.abs(lat) > 90 && Math.abs(lat) <= 180 && Math.abs(lng) <= 90) return true;
  return lng >= 18 && lng <= 54 && lat >= 73 && lat <= 136;
}

/** An area to check points against: a bbox [west, south, east, north] or polygon rings (WGS-84). */
export type Bounds = { bbox: [number, number, number, number] } | { polygons: number[][][][] };

function inRing(ring: number[][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Point-in-area test (polygons: MultiPolygon-style coordinates, holes respected). */
export function insideBounds(b: Bounds, lng: number, lat: number): boolean {
  if ('bbox' in b) {
    const [w, s, e, n] = b.bbox;
    return lng >= w && lng <= e && lat >= s && lat <= n;
  }
  return b.polygons.some(
    (poly) => poly.length > 0 && inRing(poly[0], lng, lat) && !poly.slice(1).some((h) => inRing(h, lng, lat)),
  );
}

/**
 * How far outside Minhang a point may lie and still be used (an import keeps it, 找服务 starts
 * there): a 15-minute ride is ~3–4 km, so farther points cannot matter to the district's circles.
 */
export const NEAR_KM = 5;

/** Whether a point lies within `km` of a bounding box [w, s, e, n]. */
export function nearBox([w, s, e, n]: readonly number[], lng: number, lat: number, km: number): boolean {
  const dLat = km / 111.2;
  const dLng = km / (111.2 * Math.cos((lat * Math.PI) / 180));
  return lng >= w - dLng && lng <= e + dLng && lat >= s - dLat && lat <= n + dLat;
}

/** Metres from a point to the nearest edge of an area's rings (local plane; fine for a few km). */
function edgeDistance(polygons: number[][][][], lng: number, lat: number): number {
  const kx = 111_200 * Math.cos((lat * Math.PI) / 180);
  const ky = 111_200;
  let best = Infinity;
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const ax = (ring[i - 1][0] - lng) * kx;
      const ay = (ring[i - 1][1] - lat) * ky;
      const dx = (ring[i][0] - lng) * kx - ax;
      const dy = (ring[i][1] - lat) * ky - ay;
      const t = dx || dy ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) : 0;
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

/**
 * Whether a point outside an area lies within `km` of it: of its outline, not of its bounding box
 * (Minhang is L-shaped: its box takes in 徐汇, 黄浦 and parts of 浦东 and 松江, 10 km and more away).
 */
export function nearArea(b: Bounds, lng: number, lat: number, km: number, box = boundsBox(b)): boolean {
  if (!nearBox(box, lng, lat, km)) return false;
  return 'bbox' in b || edgeDistance(b.polygons, lng, lat) <= km * 1000;
}

/** The bounding box [w, s, e, n] of an area. */
export function boundsBox(b: Bounds): [number, number, number, number] {
  if ('bbox' in b) return b.bbox;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of b.polygons.flat(2)) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

/** Great-circle distance in metres. */
export function haversine(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLng = (lng2 - lng1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The district outline as `Bounds` for the "outside the district" check. */
export function districtBounds(outline: { features: readonly { geometry: { type: string; coordinates: unknown } | null }[] }): { polygons: number[][][][] } {
  const polygons: number[][][][] = [];
  for (const f of outline.features) {
    if (f.geometry?.type === 'Polygon') polygons.push(f.geometry.coordinates as number[][][]);
    else if (f.geometry?.type === 'MultiPolygon') polygons.push(...(f.geometry.coordinates as number[][][][]));
  }
  return { polygons };
}
