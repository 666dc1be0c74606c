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
 * A map site's link pasted into the box (高德 uri.amap.com/marker?position=lng,lat, 百度
 * …?location=lat,lng): the point's text and the site's coordinate system; null for anything else.
 */
export function linkPoint(text: string): { text: string; crs: InputCrs } | null {
  const crs = /amap\.com|gaode\.com/i.test(text) ? 'gcj02' : /baidu\.com/i.test(text) ? 'bd09' : null;
  const p = crs && /[?&](?:position|location|center)=([^&#]+)/i.exec(text);
  return p ? { text: decodeURIComponent(p[1]), crs } : null;
}

/** Where a chosen point lies: in the district, just outside it (within `nearKm` of its outline), or far away. */
export type OriginPlace = 'inside' | 'near' | 'far';

export function originPlace(district: Bounds, lng: number, lat: number, nearKm = NEAR_KM): OriginPlace {
  if (insideBounds(district, lng, lat)) return 'inside';
  return nearArea(district, lng, lat, nearKm) ? 'near' : 'far';
}
