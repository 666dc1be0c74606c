// Coordinate reference systems met in Chinese data, converted to WGS-84 at the import edge.
import gcoord from 'gcoord';

export type Crs = 'WGS84' | 'GCJ02' | 'BD09';
export const CRSS: readonly Crs[] = ['WGS84', 'GCJ02', 'BD09'];

const G = { WGS84: gcoord.WGS84, GCJ02: gcoord.GCJ02, BD09: gcoord.BD09 } as const;

/** Convert one [lng, lat] between systems (identity when from === to). */
export function convert(lng: number, lat: number, from: Crs, to: Crs): [number, number] {
  if (from === to) return [lng, lat];
  const out = gcoord.transform([lng, lat] as [number, number], G[from], G[to]);
  return [out[0], out[1]];
}

export function toWgs84(lng: number, lat: number, from: Crs): [number, number] {
  return convert(lng, lat, from, 'WGS84');
}

const RULES: { crs: Crs; re: RegExp }[] = [
  { crs: 'BD09', re: /百度|baidu|bd-?09|bmap/i },
  { crs: 'GCJ02', re: /高德|腾讯|amap|autonavi|tencent|gaode|qq地图|gcj-?02|火星/i },
  { crs: 'WGS84', re: /天地图|tianditu|gps|wgs-?84|cgcs2000|epsg:?4326|openstreetmap|osm/i },
];

/** Guess the CRS from a file name, a `source` cell or any descriptive text; undefined when nothing says. */
export function guessCrsFromSource(text: string): Crs | undefined {
  for (const r of RULES) if (r.re.test(text)) return r.crs;
  return undefined;
}
