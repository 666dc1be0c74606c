// CSV downloads of the planner's results (UTF-8 BOM, formula-safe, via src/lib/data/export.ts). Pure.
import type { FieldDef } from '../../lib/data/schema';
import { recordsToCsv } from '../../lib/data/export';
import type { SiteResult } from '../../lib/analysis/siting/index';

const f = (key: string, type: FieldDef['type'] = 'string'): FieldDef => ({ key, type, required: false, aliases: [] });

// lng/lat are WGS-84 (the crs column says so: a planner pasting them into a GCJ-02 map must convert)
export const SITE_FIELDS: FieldDef[] = [f('rank', 'number'), f('id'), f('name'), f('town'), f('lng', 'lng'), f('lat', 'lat'), f('crs'), f('locked'), f('gain', 'number'), f('gain_share', 'number'), f('newly_covered', 'number'), f('coverage_before', 'number'), f('coverage_after', 'number'), f('settings')];
export const UNREACHED_FIELDS: FieldDef[] = [f('id'), f('name'), f('town'), f('industry'), f('lng', 'lng'), f('lat', 'lat'), f('crs'), f('precision'), f('weight', 'number'), f('reached_after_new_sites'), f('settings')];

const round = (v: number, d = 4) => Math.round(v * 10 ** d) / 10 ** d;

export function sitesCsv(
  sites: readonly SiteResult[], names: ReadonlyMap<string, string>, before: number, after: number, settings: string, townOf: (lng: number, lat: number) => string = () => '',
): string {
  return recordsToCsv(SITE_FIELDS, sites.map((s, i) => ({
    rank: i + 1, id: s.id, name: names.get(s.id) ?? s.id, town: townOf(s.lng, s.lat), lng: round(s.lng, 6), lat: round(s.lat, 6), crs: 'WGS-84', locked: s.locked ? 'yes' : 'no',
    gain: round(s.gain), gain_share: round(s.gainShare), newly_covered: s.newlyCovered, coverage_before: round(before), coverage_after: round(after), settings,
  })));
}

export interface UnreachedRow {
  id: string;
  name: string;
  town: string;
  industry: string;
  lng: number;
  lat: number;
  precision: string;
  weight: number;
  reachedAfter: boolean;
}

export function unreachedCsv(rows: readonly UnreachedRow[], settings: string): string {
  return recordsToCsv(UNREACHED_FIELDS, rows.map((r) => ({
    id: r.id, name: r.name, town: r.town, industry: r.industry, lng: round(r.lng, 6), lat: round(r.lat, 6), crs: 'WGS-84', precision: r.precision,
    weight: r.weight, reached_after_new_sites: r.reachedAfter ? 'yes' : 'no', settings,
  })));
}
