// Parses a typed coordinate pair ("121.52, 31.06", "31.06 121.52", "121.52，31.06", full-width
// digits, or degrees-minutes-seconds as "121°21′18″E 31°1′41″N") into WGS-84.
import { toWgs84 } from '../../lib/data/crs';
import { insideBounds, nearArea, NEAR_KM, parseCoordinate, type Bounds } from '../../lib/data/coords';
import { halfWidth } from '../../lib/data/text';

const HEMI = String.raw`(?:东经|西经|北纬|南纬|[NSEW东西南北])?`;
const NUMBER = String.raw`\d+(?:\.\d+)?\s*`;
/** One coordinate in degrees (°/度), with minutes and seconds when they carry their marks; a hemisphere letter after it only when it touches it. */
const DMS_TOKEN = new RegExp(`${HEMI}\\s*${NUMBER}[°度º](?:\\s*${NUMBER}['′’分])?(?:\\s*${NUMBER}(?:''|′′|["″”秒]))?${HEMI}`, 'gi');

export type InputCrs = 'wgs84' | 'gcj02' | 'bd09';

export type CoordParse = { ok: true; lngLat: [number, number]; swapped: boolean } | { ok: false; reason: 'format' | 'range' };

/** Two coordinates (decimal or DMS); latitude-first input is recognised when only one order is plausible for China. */
export function parseCoordInput(text: string, crs: InputCrs): CoordParse {
  const plain = halfWidth(text);
  const dms = plain.match(DMS_TOKEN);
  const cells = (dms?.length === 2 ? dms : plain.match(/-?\d+(?:\.\d+)?/g)) ?? [];
  const values = cells.map(parseCoordinate);
  if (values.length !== 2 || !values[0].ok || !values[1].ok) return { ok: false, reason: 'format' };
  let a = values[0].value;
  let b = values[1].value;
  let swapped = false;
  // China spans lng 73–136, lat 3–54: if the first reads as a latitude and the second as a longitude,
  // swap; said as a guess unless the text marks both (31°1′41″N 121°21′18″E, 北纬… 东经…)
  const stated = /北纬|南纬|[NS]/i.test(plain) && /东经|西经|[EW]/i.test(plain);
  if (a < 60 && b > 60) {
    [a, b] = [b, a];
    swapped = !stated;
  }
  if (!(a >= 73 && a <= 136 && b >= 3 && b <= 54)) return { ok: false, reason: 'range' };
  const ll = crs === 'wgs84' ? ([a, b] as [number, number]) : toWgs84(a, b, crs === 'gcj02' ? 'GCJ02' : 'BD09');
  return { ok: true, lngLat: ll, swapped };
}

/**
 * A map site's link pasted into the box: its point as "lng,lat" and the coordinate system it is in, or
 * null for anything but a 高德 or 百度 link. 高德 (GCJ-02) puts the point in position, location, center,
 * to, dest or lnglat as lng,lat, or in lng and lat; 百度 (BD-09 unless coord_type says gcj02 or wgs84) in
 * location or latlng as lat,lng. A link of theirs without a point gives no point (the text is not
 * searched for numbers: a link's digits are not coordinates).
 */
export function linkPoint(text: string): { text: string; crs: InputCrs } | null {
  const site = /amap\.com|gaode\.com/i.test(text) ? 'gcj02' : /baidu\.com/i.test(text) ? 'bd09' : null;
  if (!site) return null;
  const q = (keys: string) => {
    const v = new RegExp(`[?&](?:${keys})=([^&#]+)`, 'i').exec(text)?.[1] ?? '';
    try {
      return decodeURIComponent(v).split(/[,，]/);
    } catch {
      return [];
    }
  };
  const type = q('coord_type')[0]?.toLowerCase();
  const crs = type === 'gcj02' || type === 'wgs84' ? type : site;
  const latFirst = site === 'bd09' ? q('location|latlng') : q('p').slice(1, 3); // 高德's ?p=<poi id>,lat,lng,name (review 21)
  const [lng, lat] = latFirst.length > 1 ? [latFirst[1], latFirst[0]] : site === 'gcj02' ? q('position|location|center|to|dest|lnglat') : q('center');
  const pair = lat !== undefined ? [lng, lat] : [q('lng|lon')[0], q('lat')[0]];
  return { text: pair.every(Boolean) ? pair.join(',') : '', crs };
}

/** Where a chosen point lies: in the district, just outside it (within `nearKm` of its outline), or far away. */
export type OriginPlace = 'inside' | 'near' | 'far';

export function originPlace(district: Bounds, lng: number, lat: number, nearKm = NEAR_KM): OriginPlace {
  if (insideBounds(district, lng, lat)) return 'inside';
  return nearArea(district, lng, lat, nearKm) ? 'near' : 'far';
}
