// Coordinate reference systems met in Chinese data, converted to WGS-84 at the import edge.
// GCJ-02 (高德/腾讯) is WGS-84 plus the published state offset (a fixed polynomial in lng/lat on
// the Krasovsky ellipsoid); BD-09 (百度) is GCJ-02 turned and shifted once more. Written here
// instead of importing gcoord's transform, which brings every system it knows (Baidu Mercator,
// Web Mercator, GeoJSON walking): docs/decisions/0010-crs-formulas.md. The unit tests hold these
// to gcoord (a devDependency) on random points across China.

export type Crs = 'WGS84' | 'GCJ02' | 'BD09';
/** As the file choosers list them, each named with the maps that use it (messages crsWGS84 …). */
export const CRSS: readonly Crs[] = ['WGS84', 'GCJ02', 'BD09'];

const { sin, cos, sqrt, abs, atan2, PI } = Math;
/** Krasovsky 1940 semi-major axis (m) and first eccentricity squared, as the offset uses them. */
const KRASOVSKY_A = 6378245;
const KRASOVSKY_E2 = 0.006693421622965823;

/** The offset applies inside a rough box around China; elsewhere GCJ-02 equals WGS-84. */
const inChinaBox = (lng: number, lat: number) => lng >= 72.004 && lng <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;

/** The offset's periodic terms (metres before scaling): two in x, then two in `v` and two more in
 *  `v` with amplitudes a1, a2 (v = y for the latitude offset, x for the longitude one). */
function periodic(x: number, v: number, a1: number, a2: number): number {
  return ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI) + 20 * sin(v * PI) + 40 * sin((v / 3) * PI) + a1 * sin((v / 12) * PI) + a2 * sin((v / 30) * PI)) * 2) / 3;
}

/** GCJ-02 minus WGS-84 at a WGS-84 position, in degrees [dLng, dLat]. */
function gcjOffset(lng: number, lat: number): [number, number] {
  const x = lng - 105;
  const y = lat - 35;
  const rootAbsX = sqrt(abs(x));
  const mLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * rootAbsX + periodic(x, y, 160, 320);
  const mLng = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * rootAbsX + periodic(x, x, 150, 300);
  const phi = (lat / 180) * PI;
  const w = 1 - KRASOVSKY_E2 * sin(phi) ** 2;
  const metresPerRadLat = (KRASOVSKY_A * (1 - KRASOVSKY_E2)) / (w * sqrt(w));
  const metresPerRadLng = (KRASOVSKY_A / sqrt(w)) * cos(phi);
  return [(mLng * 180) / (metresPerRadLng * PI), (mLat * 180) / (metresPerRadLat * PI)];
}

function wgsToGcj(lng: number, lat: number): [number, number] {
  if (!inChinaBox(lng, lat)) return [lng, lat];
  const [dx, dy] = gcjOffset(lng, lat);
  return [lng + dx, lat + dy];
}

/** The inverse has no closed form: step the guess by the residual until it is below ~1 mm. */
function gcjToWgs(lng: number, lat: number): [number, number] {
  if (!inChinaBox(lng, lat)) return [lng, lat];
  let x = lng;
  let y = lat;
  for (let i = 0; i < 30; i++) {
    const [gx, gy] = wgsToGcj(x, y);
    const ex = gx - lng;
    const ey = gy - lat;
    if (abs(ex) <= 1e-9 && abs(ey) <= 1e-9) break;
    x -= ex;
    y -= ey;
  }
  return [x, y];
}

const BD_K = (PI * 3000) / 180;

function gcjToBd(lng: number, lat: number): [number, number] {
  const r = sqrt(lng * lng + lat * lat) + 0.00002 * sin(lat * BD_K);
  const a = atan2(lat, lng) + 0.000003 * cos(lng * BD_K);
  return [r * cos(a) + 0.0065, r * sin(a) + 0.006];
}

function bdToGcj(lng: number, lat: number): [number, number] {
  const x = lng - 0.0065;
  const y = lat - 0.006;
  const r = sqrt(x * x + y * y) - 0.00002 * sin(y * BD_K);
  const a = atan2(y, x) - 0.000003 * cos(x * BD_K);
  return [r * cos(a), r * sin(a)];
}

/** Convert one [lng, lat] between systems (identity when from === to). */
export function convert(lng: number, lat: number, from: Crs, to: Crs): [number, number] {
  if (from === to) return [lng, lat];
  // through WGS-84 and GCJ-02: BD-09 is defined on GCJ-02
  const gcj = from === 'GCJ02' ? [lng, lat] : from === 'BD09' ? bdToGcj(lng, lat) : wgsToGcj(lng, lat);
  if (to === 'GCJ02') return [gcj[0], gcj[1]];
  if (to === 'BD09') return gcjToBd(gcj[0], gcj[1]);
  return from === 'WGS84' ? [lng, lat] : gcjToWgs(gcj[0], gcj[1]);
}

export function toWgs84(lng: number, lat: number, from: Crs): [number, number] {
  return convert(lng, lat, from, 'WGS84');
}

const RULES: { crs: Crs; re: RegExp }[] = [
  { crs: 'BD09', re: /百度|baidu|bd-?09|bd_?l(?:ng|at|on)|bmap/i },
  { crs: 'GCJ02', re: /高德|腾讯|amap|autonavi|tencent|gaode|qq地图|gcj-?02|火星/i },
  { crs: 'WGS84', re: /天地图|tianditu|gps|wgs-?84|cgcs2000|epsg:?4326|openstreetmap|osm/i },
];

/** Text saying the coordinates were converted to WGS-84 (…经gcoord转WGS-84, converted to WGS-84). */
const CONVERTED = /(?:转|转换|换算|→|->|converted to)\s*(?:为|成|到|至)?\s*wgs-?84/i;

/**
 * Guess the CRS from a file name, a `source` cell or any descriptive text; undefined when nothing
 * says. Text that says its coordinates were converted to WGS-84 is WGS-84, whatever system it
 * names as their origin (this app's own export carries such sources).
 */
export function guessCrsFromSource(text: string): Crs | undefined {
  if (CONVERTED.test(text)) return 'WGS84';
  for (const r of RULES) if (r.re.test(text)) return r.crs;
  return undefined;
}
