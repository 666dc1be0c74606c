// Coverage settings as the panel edits them (plain data), and the engine input built from them
// and the loaded data pack. Pure TypeScript: no map (pack-records.ts's counting reads the pack only).
import type { DataPack } from '../../lib/io/pack-types';
import { completeness } from '../../lib/io/pack-records';
import { populationInput } from '../../lib/data/population';
import {
  COVERAGE_CATEGORIES, DEFAULT_BANDS, DEFAULT_DETOUR, DEFAULT_SPEED_KMH, NOT_IN_BANDS,
  type Band, type CoverageCategory, type CoverageInput, type DistanceMode, type FacilityPoint, type TravelMode,
} from '../../lib/analysis/coverage/index';
export { categoryScopes, dataTowns, type DataTowns } from '../../lib/analysis/coverage/scopes';

/** One category's band as the form holds it: both a time and a distance value are kept. */
export interface BandSetting {
  kind: 'time' | 'distance';
  minutes: number;
  metres: number;
  mode: TravelMode;
  speedKmh: number;
}

export interface CoverageSettings {
  selected: Record<CoverageCategory, boolean>;
  bands: Record<CoverageCategory, BandSetting>;
  detour: number;
  distanceMode: DistanceMode;
  /** Count 质汇驿站 that are still being set up (筹建) as well as operating ones. */
  includePlanned: boolean;
}

const metresPerMinute = (kmh: number) => (kmh * 1000) / 60;

export function bandSettingOf(band: Band): BandSetting {
  const mode = band.mode ?? 'walk';
  const speedKmh = ('speedKmh' in band && band.speedKmh) || DEFAULT_SPEED_KMH[mode];
  if ('metres' in band) {
    return { kind: 'distance', metres: band.metres, minutes: Math.round(band.metres / metresPerMinute(speedKmh)), mode, speedKmh };
  }
  return { kind: 'time', minutes: band.minutes, metres: Math.round(band.minutes * metresPerMinute(speedKmh)), mode, speedKmh };
}

/**
 * A category that has gained its first facilities since `had` was taken (a file imported) is
 * selected, one left with none unselected, as the defaults would; the others keep the planner's
 * choice. Returns which categories have facilities now, the next `had`.
 */
export function followFacilities(selected: Record<CoverageCategory, boolean>, had: Readonly<Record<string, boolean>>, counts: Readonly<Record<string, number>>): Record<string, boolean> {
  const now: Record<string, boolean> = {};
  for (const c of COVERAGE_CATEGORIES) {
    now[c] = (counts[c] ?? 0) > 0;
    if (c in had && had[c] !== now[c]) selected[c] = now[c];
  }
  return now;
}

/** Defaults: every category that has at least one facility is selected (an empty one would make
 *  every place a gap); pass no list to select all. */
export function defaultSettings(hasBarriers: boolean, available?: Readonly<Record<string, number>>): CoverageSettings {
  const selected = {} as Record<CoverageCategory, boolean>;
  const bands = {} as Record<CoverageCategory, BandSetting>;
  for (const c of COVERAGE_CATEGORIES) {
    selected[c] = available ? (available[c] ?? 0) > 0 : true;
    bands[c] = bandSettingOf(DEFAULT_BANDS[c]);
  }
  return { selected, bands, detour: DEFAULT_DETOUR, distanceMode: hasBarriers ? 'barrier' : 'straight', includePlanned: false };
}

/** The numbers a band may use (the form's min and max): 500 minutes is a typing slip, not a circle. */
const within = (x: number, lo: number, hi: number) => Number.isFinite(x) && x >= lo && x <= hi;
const okMinutes = (x: number) => within(x, 1, 120);

/** The default band a form value falls back to when a number in it is out of range, else null (the value is used). */
export function bandFallback(category: CoverageCategory, s: BandSetting): Band | null {
  const bad = s.kind === 'distance' ? !within(s.metres, 50, 10000) : !okMinutes(s.minutes) || !within(s.speedKmh, 0.5, 40);
  if (!bad) return null;
  return s.kind === 'time' && okMinutes(s.minutes) ? { minutes: s.minutes, mode: s.mode, speedKmh: DEFAULT_SPEED_KMH[s.mode] } : DEFAULT_BANDS[category];
}

/** The engine's band for a form value (its fallback when a number in it is not usable). */
export function toBand(category: CoverageCategory, s: BandSetting): Band {
  return bandFallback(category, s) ?? (s.kind === 'distance' ? { metres: s.metres, mode: s.mode } : { minutes: s.minutes, mode: s.mode, speedKmh: s.speedKmh });
}

/** A detour factor the engine can use (≥ 1); anything else falls back to DEFAULT_DETOUR. */
/** 1 (a straight road) to 3, the field's range: a factor of 5 was used without a word (review 10). */
export const usableDetour = (d: number): boolean => Number.isFinite(d) && d >= 1 && d <= 3;

export function selectedCategories(s: CoverageSettings): CoverageCategory[] {
  return COVERAGE_CATEGORIES.filter((c) => s.selected[c]);
}

/** Facilities of the pack plus its 质汇驿站 (as category '质汇驿站'). */
/** The stations the analysis counts: those operating, and those being set up with `includePlanned`. */
const usedStations = (pack: Pick<DataPack, 'stations'>, includePlanned: boolean) => pack.stations.filter((s) => includePlanned || s.status === '在运营');

/** The facilities a band is for: not the kinds NOT_IN_BANDS names (notInBands counts those). */
const banded = (pack: Pick<DataPack, 'facilities'>) => pack.facilities.filter((f) => !NOT_IN_BANDS.has(f.subtype));

export function facilityPoints(pack: Pick<DataPack, 'facilities' | 'stations'>, includePlanned: boolean): FacilityPoint[] {
  const points: FacilityPoint[] = banded(pack).map((f) => ({ id: f.id, lng: f.lng, lat: f.lat, category: f.category }));
  for (const s of usedStations(pack, includePlanned)) points.push({ id: s.id, lng: s.lng, lat: s.lat, category: '质汇驿站' });
  return points;
}

/** The facilities left out as no band's kind (NOT_IN_BANDS), counted by kind: [['高校', 2], ['体育场馆', 1]]. */
export function notInBands(pack: Pick<DataPack, 'facilities'>): [string, number][] {
  const n: Record<string, number> = {};
  for (const f of pack.facilities) if (NOT_IN_BANDS.has(f.subtype)) n[f.subtype] = (n[f.subtype] ?? 0) + 1;
  return Object.entries(n);
}

/** Facilities (and stations) per coverage category. */
export function categoryCounts(points: readonly FacilityPoint[]): Record<string, number> {
  const n: Record<string, number> = {};
  for (const p of points) n[p.category] = (n[p.category] ?? 0) + 1;
  return n;
}

/** The white paper's district total of a whole category (医疗's 各级各类医疗机构); the others are compared by subtype. */
const CATEGORY_TOTAL: Record<string, string> = { 医疗: '各级各类医疗机构' };

/**
 * How many facilities of each selected category the analysis has, with the district's total where
 * the white paper gives one: of the whole category ("医疗 18/625"), or else of each subtype the
 * facilities have ("公园 4" then "城市公园 3/55", a 郊野公园 not being one of the 55; "城市商业综合体 4/45";
 * an imported 长者照护之家 list against its 22). `all` every category, `short` those below their total.
 */
export function loadedCounts(
  counts: Record<string, number>, selected: readonly string[], pack: DataPack, name: (c: string) => string,
): { all: string[]; short: string[] } {
  const all: string[] = [], short: string[] = [];
  const add = (item: string, n: number, total?: number) => {
    all.push(item);
    if (total && n < total) short.push(item);
  };
  // the white paper's totals with the rows counted as 数据说明 counts them (a 长者食堂 is a 社区长者食堂: review 23)
  const rows = completeness(pack);
  for (const c of selected) {
    const n = counts[c] ?? 0;
    const whole = CATEGORY_TOTAL[c];
    const total = whole ? rows.find((t) => t.category === c && t.subtype === whole)?.total : undefined;
    add(`${name(c)} ${n}${total ? `/${total}` : ''}`, n, total);
    if (whole) continue;
    // (not 各类市场, the sum of three kinds listed too: a 菜市场 read as one of both it and 室内菜市场)
    for (const t of rows) if (t.category === c && t.subtype && t.loaded && t.subtype !== '各类市场') add(`${name(t.subtype)} ${t.loaded}/${t.total}`, t.loaded, t.total);
  }
  return { all, short };
}

/** Share of the pack's facility and station positions that are only approximate or town-level. */
/** Of the rows the analysis uses (stations being set up only with `includePlanned`, as the category counts: review 12 L3). */
export function approximateShare(pack: Pick<DataPack, 'facilities' | 'stations'>, includePlanned = true): { approximate: number; total: number } {
  const all = [...banded(pack), ...usedStations(pack, includePlanned)];
  return { approximate: all.filter((r) => r.precision !== 'exact').length, total: all.length };
}

/** The engine's input; `scopes` (categoryScopes) make a category's unreached cells in its towns without data no gap. */
export function buildInput(
  pack: Pick<DataPack, 'facilities' | 'stations' | 'outline' | 'boundaries' | 'barriers' | 'crossings' | 'population'>,
  s: CoverageSettings,
  extra: readonly FacilityPoint[] = [],
  scopes: Record<string, Set<string>> = {},
): CoverageInput {
  const categories = selectedCategories(s);
  const bands: Partial<Record<string, Band>> = {};
  for (const c of categories) bands[c] = toBand(c, s.bands[c]);
  return {
    district: { outline: pack.outline, towns: pack.boundaries },
    facilities: [...facilityPoints(pack, s.includePlanned), ...extra],
    categories,
    bands,
    detour: usableDetour(s.detour) ? s.detour : DEFAULT_DETOUR,
    distanceMode: s.distanceMode,
    barriers: pack.barriers.features.length > 0 ? pack.barriers : undefined,
    crossings: pack.crossings.map((c) => ({ id: c.id, name: c.name, lng: c.lng, lat: c.lat, modes: c.modes })),
    population: pack.population ? populationInput(pack.population.data) : undefined,
    scopes: Object.fromEntries(Object.entries(scopes).map(([c, t]) => [c, [...t]])),
  };
}
