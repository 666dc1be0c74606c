// Local metric projection for grid analysis: a WGS-84 ellipsoidal equirectangular (plate carrée)
// projection around an origin near the district centre. x = east metres, y = north metres.
// Pure TypeScript; no DOM.
//
// Scale: exact along meridians at every latitude (to 3e-5 over ±20 km) and exact east–west at
// the origin latitude; east–west scale drifts by tan(lat0)·Δlat ≈ 0.19 % at ±20 km from the
// origin (40 km extent at 31°N), so any distance inside a 40 km extent is within 0.2 % of the
// ellipsoidal geodesic (see test/unit/analysis/coverage-grid.test.ts, 'local projection'). It is linear in lng
// and in lat, so a grid rectangle in x/y is a rectangle in lng/lat (handy for image sources).

export type LngLat = readonly [number, number];
export type XY = [number, number];

const A = 6_378_137; // WGS-84 semi-major axis
const E2 = 0.00669437999014; // WGS-84 first eccentricity squared
const RAD = Math.PI / 180;

/** Projection origin near the centre of 闵行区 (not a surveyed point; any nearby origin works). */
export const MINHANG_ORIGIN: LngLat = [121.42, 31.1];

export interface Projection {
  readonly origin: LngLat;
  /** metres per degree of longitude at the origin latitude */
  readonly kx: number;
  /** metres per degree of latitude at the origin latitude */
  readonly ky: number;
  toXY(p: LngLat): XY;
  toLngLat(p: readonly [number, number]): [number, number];
}

/** Radii of curvature of the WGS-84 ellipsoid → metres per degree at latitude `lat`. */
export function metresPerDegree(lat: number): { kx: number; ky: number } {
  const s = Math.sin(lat * RAD);
  const w = 1 - E2 * s * s;
  const n = A / Math.sqrt(w); // prime vertical
  const m = (A * (1 - E2)) / (w * Math.sqrt(w)); // meridian
  return { kx: n * Math.cos(lat * RAD) * RAD, ky: m * RAD };
}

export function createProjection(origin: LngLat = MINHANG_ORIGIN): Projection {
  const [lng0, lat0] = origin;
  const { kx, ky } = metresPerDegree(lat0);
  return {
    origin: [lng0, lat0],
    kx,
    ky,
    toXY: (p) => [(p[0] - lng0) * kx, (p[1] - lat0) * ky],
    toLngLat: (p) => [lng0 + p[0] / kx, lat0 + p[1] / ky],
  };
}

const DEFAULT = createProjection();

/** [lng, lat] → [x, y] metres around MINHANG_ORIGIN. */
export function toXY(p: LngLat): XY {
  return DEFAULT.toXY(p);
}

/** [x, y] metres around MINHANG_ORIGIN → [lng, lat]. */
export function toLngLat(p: readonly [number, number]): [number, number] {
  return DEFAULT.toLngLat(p);
}
