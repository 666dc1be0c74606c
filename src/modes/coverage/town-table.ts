// The per-town table: sorting (全区 stays last) and CSV export (UTF-8 BOM, formula-safe cells).
import { csvText, neutralise } from '../../lib/data/export';
import { townInLocale } from '../../lib/i18n/place-names';
import type { Locale } from '../../lib/i18n/messages';
import type { CategoryResult, CategoryTownStats, GapInfo, TownStats, WhatIfRow } from '../../lib/analysis/coverage/index';

export const DISTRICT_ROW = '全区';

/** A town's row as the table shows it: a share is null where the town has no data for it (scopedRows). */
export type TableRow = Omit<TownStats, 'categories' | 'allShare' | 'completeness'> & {
  categories: (Omit<CategoryTownStats, 'coveredShare'> & { coveredShare: number | null })[];
  completeness: number | null;
  allShare: number | null;
};

/**
 * The rows with each category's scope (the result's, from settings.ts's categoryScopes; `names`: the grid's
 * towns it is indexed by): in a town a category has no data for, its cells are blank, as is 全区's (as for a
 * population file's missing towns); the row's 平均覆盖率 is the mean over the categories it has data for, as
 * its 全部可达 is the engine's (stats.ts), both blank with none.
 */
export function scopedRows(towns: readonly TownStats[], cats: readonly Pick<CategoryResult, 'scope'>[], names: readonly string[]): TableRow[] {
  return towns.map((t) => {
    // (全区, in no town, is blank too; the gaps are the engine's, none where there is no data)
    const categories = t.categories.map((c, k, _, s = cats[k].scope) => (s && !s[names.indexOf(t.name)] ? { ...c, coveredShare: null, populationShare: null } : c));
    const known = categories.filter((c) => c.coveredShare !== null);
    return known.length === categories.length ? t : { ...t, categories, completeness: known.length ? known.reduce((n, c) => n + c.coveredShare!, 0) / known.length : null, allShare: known.length ? t.allShare : null };
  });
}

/** A row's town in the UI language (the 全区 row too; unknown names stay as they are). */
export function rowTown(towns: Parameters<typeof townInLocale>[0], name: string, locale: Locale): string {
  return locale === 'en' && name === DISTRICT_ROW ? 'Minhang (all)' : townInLocale(towns, name, locale);
}

/** 'name', 'completeness', 'allShare', 'gap', or 'cat:<category>' / 'pop:<category>'. */
export type SortKey = string;
export interface SortState { key: SortKey; dir: 1 | -1 }

/**
 * The gap the table shows, following the map: a category's name (its single-category view), 'any'
 * (the 缺口 view: missing at least one) or 'blind' (no category reached; the default, because with
 * one or two rows in a category every cell misses one and the 'any' gap is the whole town).
 */
export function gapOf(t: TableRow, pick: string): GapInfo | null {
  if (pick === 'any') return t.largestGapAny;
  if (pick === 'blind') return t.largestBlind;
  return t.categories.find((c) => c.category === pick)?.largestGap ?? null;
}

/** Whether the town has data for the gap's categories: with none its gap is –, with no gap 0 (古美街道's – read as 无数据: planner review). */
export function gapKnown(t: TableRow, pick: string): boolean {
  return (pick === 'any' || pick === 'blind' ? t.completeness : t.categories.find((c) => c.category === pick)?.coveredShare) != null;
}

export function sortValue(t: TableRow, key: SortKey, pick = 'any', nameOf: (name: string) => string = (n) => n): number | string {
  if (key === 'name') return nameOf(t.name);
  if (key === 'completeness') return t.completeness ?? -1;
  if (key === 'allShare') return t.allShare ?? -1;
  if (key === 'gap') return gapOf(t, pick)?.areaKm2 ?? 0;
  const cat = t.categories.find((c) => c.category === key.slice(4));
  if (!cat) return 0;
  return (key.startsWith('pop:') ? cat.populationShare : cat.coveredShare) ?? -1;
}

/**
 * Towns sorted by key and direction; the district row (全区) always comes last. Names sort by `nameOf`
 * (the table passes the English names in both languages, as ICU's Chinese order reads 莘 as shen).
 */
export function sortTowns<T extends TableRow>(towns: readonly T[], s: SortState, pick = 'any', nameOf?: (name: string) => string, locale = 'zh-CN'): T[] {
  // a town with no cell in the district (an imported 徐汇区) is no row: its 0.0 % would read as a total gap
  const rows = towns.filter((t) => t.name !== DISTRICT_ROW && t.areaKm2 > 0);
  rows.sort((a, b) => {
    const x = sortValue(a, s.key, pick, nameOf), y = sortValue(b, s.key, pick, nameOf);
    // a blank (no data, -1) last either way
    if ((x === -1) !== (y === -1)) return x === -1 ? 1 : -1;
    const d = typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y), locale) : x - y;
    return d * s.dir || a.name.localeCompare(b.name, 'zh-CN');
  });
  return [...rows, ...towns.filter((t) => t.name === DISTRICT_ROW)];
}

export const hasPopulation = (towns: readonly TableRow[]) => towns.some((t) => t.population !== null);

/** A share as the panel's tables show it: a percentage with one decimal, – where there is no figure. */
export const shownPct = (x: number | null) => (x === null ? '–' : (x * 100).toFixed(1));

const pct = (x: number | null) => (x === null ? '' : (x * 100).toFixed(2));
const km2 = (x: number) => x.toFixed(3);

export interface CsvLabels {
  town: string; area: string; covered: string; population: string;
  completeness: string; allShare: string; gap: string; gapLng: string; gapLat: string;
  /** header of the last column, which repeats `settings` (describe.ts) on every row */
  settings?: string;
  /** the what-if columns' headers: 假设设施 <category> 之前% / 之后% / 增加 km² */
  hypothetical?: string; before?: string; after?: string; gain?: string;
}

/**
 * CSV of the table (rows in the given order): UTF-8 BOM, CRLF, one row per town plus 全区; with `whatIf` (the
 * what-if's rows), each of its categories' share before and after the hypothetical facilities and the area they
 * add (as the panel's what-if table and its print); with `settings`, the run's settings in a last column.
 */
export function townsCsv(
  towns: readonly TableRow[], labels: CsvLabels, categoryName: (c: string) => string = (c) => c, settings?: string, pick = 'any', nameOf: (name: string) => string = (n) => n, whatIf: readonly WhatIfRow[] = [],
): string {
  const last = settings === undefined ? [] : [settings];
  const cats = towns[0]?.categories.map((c) => c.category) ?? [];
  // (the what-if has a row per town and category, in the same order in each town)
  const added = (name = whatIf[0]?.town) => whatIf.filter((r) => r.town === name);
  const pop = hasPopulation(towns);
  const fields = [
    labels.town, labels.area,
    ...cats.map((c) => `${categoryName(c)} ${labels.covered}`),
    ...(pop ? cats.map((c) => `${categoryName(c)} ${labels.population}`) : []),
    labels.completeness, labels.allShare, labels.gap, labels.gapLng, labels.gapLat,
    ...added().flatMap((r) => [labels.before, labels.after, labels.gain].map((l) => `${labels.hypothetical} ${categoryName(r.category)} ${l}`)),
    ...(settings === undefined ? [] : [labels.settings ?? 'settings']),
  ].map(neutralise);
  const data = towns.map((t) => {
    const g = gapOf(t, pick);
    return [
      // (to 0.1 km²: the towns' areas are approximate, as the settings cell says, review 28)
      neutralise(nameOf(t.name)), t.areaKm2.toFixed(1),
      ...t.categories.map((c) => pct(c.coveredShare)),
      ...(pop ? t.categories.map((c) => pct(c.populationShare)) : []),
      pct(t.completeness), pct(t.allShare),
      // no gap where the town has data is 0, as the table shows it (review 28: the file left it blank)
      g ? km2(g.areaKm2) : gapKnown(t, pick) ? km2(0) : '',
      g ? g.point[0].toFixed(6) : '',
      g ? g.point[1].toFixed(6) : '',
      ...added(t.name).flatMap((r) => [pct(r.beforeShare), pct(r.afterShare), km2(r.gainKm2)]),
      ...last.map(neutralise),
    ];
  });
  return csvText(fields, data);
}
