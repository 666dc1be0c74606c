// Population data a planner imports: residents per town (spread over the town by the analysis)
// or counted points. The two shapes, their columns, which one a file is, town-name matching
// against the official names and aliases, and the analysis input. Pure TypeScript.
import type { FieldDef } from './schema';
import { suggestFieldMapping, type Mapping } from './headers';
import { halfWidth } from './text';
import type { Bounds } from './coords';

/** Residents of one town as a source states them. */
export interface TownPopulation {
  /** Official town name (国家统计局), matched from the file's name, alias or code. */
  town: string;
  population: number;
  /** Year of the figure, null when the file does not say. */
  year: number | null;
  source: string;
}

/** A counted place (e.g. a residential compound or a grid cell centre), WGS-84. */
export interface PopulationPoint {
  name: string;
  lng: number;
  lat: number;
  count: number;
  source: string;
}

export type PopulationShape = 'towns' | 'points';

export type PopulationData = { kind: 'towns'; rows: TownPopulation[] } | { kind: 'points'; rows: PopulationPoint[] };

/** A town as the data pack knows it: official name, ';'-separated aliases, optional code. */
export interface OfficialTown {
  name: string;
  alias: string;
  code?: string;
  /** How an English message names it: Pujiang Town (浦江镇); the official name when not given. */
  en?: string;
  /** Its area, for checking that a row's point lies near the town it names. */
  area?: Bounds;
}

const SOURCE: FieldDef = { key: 'source', type: 'string', required: true, aliases: ['来源', '数据来源'] };

export const POPULATION_TOWN_FIELDS: readonly FieldDef[] = [
  { key: 'town', type: 'string', required: true, aliases: ['街镇', '街道', '镇', '所属街镇', '街镇名称', '街道镇', '名称', 'name'] },
  { key: 'population', type: 'number', required: true, aliases: ['常住人口', '人口', '人口数', '常住人口数', '人数'] },
  { key: 'year', type: 'number', aliases: ['年份', '年度'] },
  SOURCE,
];

export const POPULATION_POINT_FIELDS: readonly FieldDef[] = [
  { key: 'name', type: 'string', aliases: ['名称', '地点', '小区', '居住区'] },
  { key: 'lng', type: 'lng', required: true, aliases: ['lon', 'long', 'longitude', 'x', '经度'] },
  { key: 'lat', type: 'lat', required: true, aliases: ['latitude', 'y', '纬度'] },
  { key: 'count', type: 'number', required: true, aliases: ['人数', '人口', 'population', '常住人口', '人口数'] },
  SOURCE,
];

export function populationFields(shape: PopulationShape): readonly FieldDef[] {
  return shape === 'points' ? POPULATION_POINT_FIELDS : POPULATION_TOWN_FIELDS;
}

/**
 * Which shape a file is: points when longitude and latitude columns are found (or mapped by
 * the user), per-town rows otherwise.
 */
export function detectPopulationShape(headers: readonly string[], mapping?: Mapping): PopulationShape {
  if (mapping) return mapping.lng !== undefined && mapping.lat !== undefined ? 'points' : 'towns';
  const m = suggestFieldMapping(POPULATION_POINT_FIELDS, headers);
  return m.lng !== undefined && m.lat !== undefined ? 'points' : 'towns';
}

// (pinyin's tone marks aside: Pǔjiāng)
const norm = (s: string) => halfWidth(s).normalize('NFD').replace(/[\s\u0300-\u036f]/g, '').toLowerCase();

/** A town's official name and its other names (towns.csv's alias column: 古美路街道;古美). */
export const townNamesOf = (t: Pick<OfficialTown, 'name' | 'alias'>): string[] => [t.name, ...t.alias.split(/[;；]/).filter(Boolean)];

/** How an English message names the official town `name`: its `en` (Pujiang Town (浦江镇)), else the name. */
export const townEn = (towns: readonly OfficialTown[] | undefined, name: string): string => towns?.find((t) => t.name === name)?.en ?? name;

/** name, every alias and the code (full-width, spaces and letter case aside) → official name. */
export function townMatcher(towns: readonly OfficialTown[]): (cell: string) => string | undefined {
  const index = new Map<string, string>();
  for (const t of towns) {
    for (const n of [...townNamesOf(t), t.code ?? '']) {
      // (an English name also without its Town / Subdistrict: Pujiang)
      for (const k of [norm(n), norm(n).replace(/(town|subdistrict)$/, '')]) if (k !== '' && !index.has(k)) index.set(k, t.name);
    }
  }
  // as government lists write it: 上海市闵行区浦江镇人民政府, 江川路街道办事处, 莘庄工业区管委会 (review 16)
  return (cell) => {
    const k = norm(cell);
    return index.get(k) ?? index.get(k.replace(/^(上海市)?闵行区|(人民政府|政府|办事处|管委会|管理委员会)$/g, ''));
  };
}

/**
 * The official towns a cell names with one slip — a character wrong, missing or extra (梅龙镇 for 梅陇镇,
 * Pujian for Pujiang, with or without Town / Subdistrict; an/ang, en/eng, in/ing alike, so Pujian is Pujiang,
 * not Pujin) —, the nearest only: none, one, or those equally near (浦X镇: 浦江镇 and 浦锦镇).
 */
export function townLike<T extends OfficialTown>(towns: readonly T[], cell: string): T[] {
  const bare = (s: string) => norm(s).replace(/(town|subdistrict)$/, '');
  const c = bare(cell).replace(/ng/g, 'n');
  // each town's fewest slips: 0 (Pujian for Pujiang), 1, or 2 for more (or a name under two characters)
  const slips = towns.map((t) =>
    Math.min(
      // (a name with and without its Town / Subdistrict: Pujiang Towm is one letter off too)
      ...townNamesOf(t).flatMap((n) => [norm(n), bare(n)]).map((n) => {
        const k = n.replace(/ng/g, 'n');
        let i = 0;
        while (k[i] && k[i] === c[i]) i++;
        return k === c ? 0 : k[1] && c[1] && [k.slice(i + 1), k.slice(i)].some((x) => [c.slice(i + 1), c.slice(i)].includes(x)) ? 1 : 2;
      }),
    ),
  );
  const best = Math.min(...slips);
  return towns.filter((_, i) => slips[i] === best && best < 2);
}

/** The towns townLike found, as a message names them: 浦江镇或浦锦镇; in English (`en`) by their `en`, Pujiang Town (浦江镇) or …. */
export const likeNames = (like: readonly OfficialTown[], en?: boolean): string => like.map((t) => (en && t.en) || t.name).join(en ? ' or ' : '或');

export function populationTotal(d: PopulationData): number {
  let sum = 0;
  if (d.kind === 'towns') for (const r of d.rows) sum += r.population;
  else for (const r of d.rows) sum += r.count;
  return sum;
}

/** Distinct sources named by the rows. */
export function populationSources(d: PopulationData): string[] {
  return [...new Set((d.rows as { source: string }[]).map((r) => r.source).filter(Boolean))].sort();
}

/** The coverage analysis input (structurally its PopulationInput). */
export function populationInput(d: PopulationData):
  | { kind: 'towns'; counts: Record<string, number> }
  | { kind: 'points'; points: { lng: number; lat: number; count: number }[] } {
  if (d.kind === 'towns') return { kind: 'towns', counts: Object.fromEntries(d.rows.map((r) => [r.town, r.population])) };
  return { kind: 'points', points: d.rows.map((r) => ({ lng: r.lng, lat: r.lat, count: r.count })) };
}

/**
 * A sanity hint comparing an imported total with a reference total (e.g. a census figure):
 * ratio = total / reference; `far` when it is off by more than `tolerance` (default 10 %).
 */
export function compareTotal(total: number, reference: number, tolerance = 0.1): { ratio: number; far: boolean } {
  const ratio = reference > 0 ? total / reference : NaN;
  return { ratio, far: !(Math.abs(ratio - 1) <= tolerance) };
}
