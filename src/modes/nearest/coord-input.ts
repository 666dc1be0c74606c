// Parses a typed coordinate pair ("121.52, 31.06", "31.06 121.52", "121.52，31.06") into WGS-84.
import { toWgs84 } from '../../lib/data/crs';
import { insideBounds, nearArea, NEAR_KM, type Bounds } from '../../lib/data/coords';

export type InputCrs = 'wgs84' | 'gcj02' | 'bd09';

export type CoordParse = { ok: true; lngLat: [number, number]; swapped: boolean } | { ok: false; reason: 'format' | 'range' };

/** Two decimal numbers; latitude-first input is recognised when only one order is plausible for China. */
export function parseCoordInput(text: string, crs: InputCrs): CoordParse {
  const nums = text.match(/-?\d+(?:\.\d+)?/g);
  if (!nums || nums.length !== 2) return { ok: false, reason: 'format' };
  let a = Number(nums[0]);
  let b = Number(nums[1]);
  let swapped = false;
  // China spans lng 73–136, lat 3–54: if the first reads as a latitude and the second as a longitude, swap.
  if (a < 60 && b > 60) {
    [a, b] = [b, a];
    swapped = true;
  }
  if (!(a >= 73 && a <= 136 && b >= 3 && b <= 54)) return { ok: false, reason: 'range' };
  const ll = crs === 'wgs84' ? ([a, b] as [number, number]) : toWgs84(a, b, crs === 'gcj02' ? 'GCJ02' : 'BD09');
  return { ok: true, lngLat: ll, swapped };
}

/** Where a chosen point lies: in the district, just outside it (within `nearKm` of its outline), or far away. */
export type OriginPlace = 'inside' | 'near' | 'far';

export function originPlace(district: Bounds, lng: number, lat: number, nearKm = NEAR_KM): OriginPlace {
  if (insideBounds(district, lng, lat)) return 'inside';
  return nearArea(district, lng, lat, nearKm) ? 'near' : 'far';
}
