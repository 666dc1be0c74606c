// What the planner set in 生活圈覆盖 (settings, view, table order, what-if facilities), kept in
// localStorage so a reload opens the mode as it was left, as 驿站选址 keeps its work
// (siting/memory.ts). What is read back is checked field by field: a missing, corrupted or older
// value falls back to its default. The mode reads no URL parameter of its own (only ?mode=).
import { readPref, writePref } from '../../lib/state/prefs';
import { COVERAGE_CATEGORIES, DEFAULT_SPEED_KMH, type CoverageCategory, type FacilityPoint } from '../../lib/analysis/coverage/index';
import type { BandSetting, CoverageSettings } from './settings';
import type { SortState } from './town-table';
import type { ViewKind } from './view';

export interface CoverageSaved {
  settings: CoverageSettings;
  view: ViewKind;
  viewCategory: CoverageCategory;
  hypoCategory: CoverageCategory;
  hypothetical: FacilityPoint[];
  sort: SortState;
  /** which categories had facilities when last saved (settings.ts followFacilities) */
  had: Record<string, boolean>;
}

const KEY = 'zhihui.coverage';

export const storeCoverage = (s: CoverageSaved): void => writePref(KEY, JSON.stringify(s));

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj | undefined => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Obj) : undefined);
const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const oneOf = (...xs: unknown[]) => (x: unknown) => xs.includes(x);
const isCat = oneOf(...COVERAGE_CATEGORIES);
/** x when `ok`, else the default. */
const or = <T>(x: unknown, d: T, ok: (x: unknown) => boolean): T => (ok(x) ? (x as T) : d);
const isBand = (b: Obj | undefined) =>
  !!b && oneOf('time', 'distance')(b.kind) && num(b.minutes) && num(b.metres) && num(b.speedKmh) && Object.keys(DEFAULT_SPEED_KMH).includes(b.mode as string);

/** The saved state `raw` (as stored), every field of it checked; `d` supplies what is missing or unusable. */
export function restoreCoverage(raw: string | null | undefined, d: CoverageSaved): CoverageSaved {
  let o: Obj | undefined;
  try {
    o = obj(JSON.parse(raw ?? 'null'));
  } catch {
    /* corrupted: the defaults */
  }
  if (!o) return d;
  const s = obj(o.settings), sel = obj(s?.selected), bands = obj(s?.bands), sort = obj(o.sort), had = obj(o.had);
  const selected = { ...d.settings.selected }, band = { ...d.settings.bands };
  for (const c of COVERAGE_CATEGORIES) {
    selected[c] = or(sel?.[c], selected[c], oneOf(true, false));
    const b = obj(bands?.[c]);
    if (isBand(b)) band[c] = { kind: b!.kind, minutes: b!.minutes, metres: b!.metres, mode: b!.mode, speedKmh: b!.speedKmh } as BandSetting;
  }
  return {
    settings: {
      selected,
      bands: band,
      detour: or(s?.detour, d.settings.detour, num),
      // the barrier model only where the data has barriers (the default says so)
      distanceMode: or(s?.distanceMode, d.settings.distanceMode, oneOf('straight', d.settings.distanceMode)),
      includePlanned: or(s?.includePlanned, d.settings.includePlanned, oneOf(true, false)),
    },
    view: or(o.view, d.view, oneOf('gaps', 'gapsAll', 'composite', 'category')),
    viewCategory: or(o.viewCategory, d.viewCategory, isCat),
    hypoCategory: or(o.hypoCategory, d.hypoCategory, isCat),
    hypothetical: Array.isArray(o.hypothetical)
      ? o.hypothetical.map(obj).filter((p) => p && typeof p.id === 'string' && num(p.lng) && num(p.lat) && isCat(p.category))
        .map((p) => ({ id: p!.id, lng: p!.lng, lat: p!.lat, category: p!.category }) as FacilityPoint)
      : d.hypothetical,
    sort: sort && typeof sort.key === 'string' && oneOf(1, -1)(sort.dir) ? { key: sort.key, dir: sort.dir as 1 | -1 } : d.sort,
    had: Object.fromEntries(COVERAGE_CATEGORIES.filter((c) => oneOf(true, false)(had?.[c])).map((c) => [c, had![c] as boolean])),
  };
}

/** What was saved on this browser, checked (see restoreCoverage). */
export const recallCoverage = (d: CoverageSaved): CoverageSaved => restoreCoverage(readPref(KEY), d);
