// CSV downloads of the planner's results (UTF-8 BOM, formula-safe, via src/lib/data/export.ts), with
// headers and yes/no in the UI language and shares in per cent, as the coverage table's CSV. Pure.
import { csvText, neutralise } from '../../lib/data/export';
import { MESSAGES, precisionKey, type Locale } from '../../lib/i18n/messages';
import type { SiteResult } from '../../lib/analysis/siting/index';

// lng/lat are WGS-84 (the crs column says so: a planner pasting them into a GCJ-02 map must convert)
const SITE_HEAD: Record<Locale, string[]> = {
  en: ['rank', 'id', 'name', 'town', 'lng', 'lat', 'crs', 'locked', 'gain (demand weight)', 'gain %', 'newly covered demand points', 'coverage before %', 'coverage after %', 'settings'],
  zh: ['排名', '编号', '名称', '街镇', '经度', '纬度', '坐标系', '已锁定', '新增覆盖（需求权重和）', '新增覆盖占比%', '新覆盖需求点数', '选址前覆盖率%', '选址后覆盖率%', '计算设置'],
};
const UNREACHED_HEAD: Record<Locale, string[]> = {
  en: ['id', 'name', 'town', 'industry', 'lng', 'lat', 'crs', 'precision', 'weight', 'reached after new sites', 'settings'],
  zh: ['编号', '名称', '街镇', '产业', '经度', '纬度', '坐标系', '位置精度', '权重', '新站点建成后可达', '计算设置'],
};
const YES: Record<Locale, [string, string]> = { en: ['yes', 'no'], zh: ['是', '否'] };

const round = (v: number, d = 4) => String(Math.round(v * 10 ** d) / 10 ** d);
const pct = (share: number) => round(100 * share, 2);

export function sitesCsv(
  sites: readonly SiteResult[], names: ReadonlyMap<string, string>, before: number, after: number, settings: string,
  townOf: (lng: number, lat: number) => string = () => '', locale: Locale = 'en',
): string {
  return csvText(SITE_HEAD[locale], sites.map((s, i) => [
    String(i + 1), neutralise(s.id), neutralise(names.get(s.id) ?? s.id), neutralise(townOf(s.lng, s.lat)), round(s.lng, 6), round(s.lat, 6), 'WGS-84',
    YES[locale][s.locked ? 0 : 1], round(s.gain), pct(s.gainShare), String(s.newlyCovered), pct(before), pct(after), neutralise(settings),
  ]));
}

export interface UnreachedRow {
  id: string;
  name: string;
  /** shown in the English UI; the CSV keeps the name as written */
  name_en?: string;
  town: string;
  industry: string;
  lng: number;
  lat: number;
  precision: string;
  weight: number;
  reachedAfter: boolean;
}

/** The precision in the UI's words, as the details say it (it read 'approximate' in the Chinese CSV: planner review). */
export function unreachedCsv(rows: readonly UnreachedRow[], settings: string, locale: Locale = 'en'): string {
  return csvText(UNREACHED_HEAD[locale], rows.map((r) => [
    neutralise(r.id), neutralise(r.name), neutralise(r.town), neutralise(r.industry), round(r.lng, 6), round(r.lat, 6), 'WGS-84', MESSAGES[locale][precisionKey(r.precision)],
    String(r.weight), YES[locale][r.reachedAfter ? 0 : 1], neutralise(settings),
  ]));
}
