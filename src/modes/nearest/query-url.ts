// The enterprise query as URL parameters (?mode=nearest&at=lng,lat&crs=wgs84&service=…&travel=walk&kinds=…),
// so a link reproduces the same list. Pure: string in, string out.
import { SERVICES, type Service } from '../../lib/data/schema';
import { TRAVEL_MODES, type TravelMode } from '../../lib/analysis/travel-modes';
import { toWgs84 } from '../../lib/data/crs';

export interface NearestUrlState {
  /** WGS-84 lng/lat of the enterprise, or null when not chosen */
  at: [number, number] | null;
  /** 'any': every station and institution, whatever it offers */
  service: Service | 'any';
  travel: TravelMode;
  /** km/h, only when edited */
  speed: number | null;
  /** stations being set up listed too (?planned=1) */
  planned?: boolean;
  /** the name of the place picked (?label=), so a shared link says what the point is */
  label?: string;
  /** `at` was written latitude first and is read the other way round */
  swapped?: boolean;
  /** the `at` given, when it could not be read as a position (said, not dropped in silence) */
  badAt?: string;
  /** stations, institutions listed (?kinds=stations, institutions or none when not both) */
  stations?: boolean;
  institutions?: boolean;
}

export const DEFAULT_URL_STATE: NearestUrlState = { at: null, service: '检验检测', travel: 'walk', speed: null, planned: false };

function num(s: string | undefined): number {
  return s === undefined || s.trim() === '' ? NaN : Number(s);
}

/** Reads the query; `at` given with crs=gcj02 or crs=bd09 is converted to WGS-84. Bad values fall back to defaults. */
export function readNearestUrl(search: string): NearestUrlState {
  const q = new URLSearchParams(search);
  const out: NearestUrlState = { ...DEFAULT_URL_STATE };
  const svc = q.get('service');
  if (svc && (svc === 'any' || (SERVICES as readonly string[]).includes(svc))) out.service = svc as Service | 'any';
  const travel = q.get('travel');
  if (travel && (TRAVEL_MODES as readonly string[]).includes(travel)) out.travel = travel as TravelMode;
  out.planned = q.get('planned') === '1';
  const kinds = q.get('kinds');
  if (kinds !== null) [out.stations, out.institutions] = [kinds.includes('station'), kinds.includes('institution')];
  out.label = q.get('label')?.slice(0, 80) ?? '';
  const speed = num(q.get('speed') ?? undefined);
  if (Number.isFinite(speed) && speed > 0 && speed < 200) out.speed = speed;
  const rawAt = q.get('at');
  const at = rawAt?.split(',');
  if (at?.length === 2) {
    let lng = num(at[0]);
    let lat = num(at[1]);
    // latitude first (31.08,121.39), as the coordinate box also reads it
    if (Math.abs(lat) > 90 && Math.abs(lng) <= 90) {
      [lng, lat] = [lat, lng];
      out.swapped = true;
    }
    if (Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90) {
      const crs = (q.get('crs') ?? 'wgs84').toLowerCase();
      out.at = crs === 'gcj02' || crs === 'bd09' ? toWgs84(lng, lat, crs === 'bd09' ? 'BD09' : 'GCJ02') : [lng, lat];
    }
  }
  if (rawAt && !out.at) out.badAt = rawAt.slice(0, 80);
  return out;
}

/** The query string for a state (other parameters of `search`, e.g. lang, are kept). */
export function writeNearestUrl(search: string, s: NearestUrlState, mode = 'nearest'): string {
  const q = new URLSearchParams(search);
  q.set('mode', mode);
  // the list's own view, not a town's kept from 地图浏览 (a link framed 七宝镇, its results out of sight: review 21);
  // ?place= is the result whose details are open (DetailsPanel keeps it; a change of mode drops it), so a link opens them too
  q.delete('town');
  const kinds = [s.stations !== false && 'stations', s.institutions !== false && 'institutions'].filter(Boolean);
  if (kinds.length < 2) q.set('kinds', kinds.join(',') || 'none');
  else q.delete('kinds');
  if (s.at) {
    q.set('at', `${s.at[0].toFixed(6)},${s.at[1].toFixed(6)}`);
    q.set('crs', 'wgs84');
  } else {
    q.delete('at');
    q.delete('crs');
  }
  q.set('service', s.service);
  q.set('travel', s.travel);
  if (s.speed !== null) q.set('speed', String(s.speed));
  else q.delete('speed');
  if (s.planned) q.set('planned', '1');
  else q.delete('planned');
  if (s.label && s.at) q.set('label', s.label);
  else q.delete('label');
  return `?${q.toString()}`;
}
