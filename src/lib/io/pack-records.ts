// Looks up records of a loaded pack by layer and id, a town's points, and the pack's counts against
// the white paper's (pure, no DOM: for the panels, the map's clicks and the modes alike).
import type { DataPack } from './pack-types';
import type { PointLayer, PointRecord, TownRecord } from '../data/schema';
import { districtBounds, insideBounds } from '../data/coords';
import { townMatcher } from '../data/population';
import { shortEnglishName } from '../i18n/place-names';

export type PointLayerKey = PointLayer;
/** The point layers, in the order a town's details list them. */
export const POINT_LAYER_KEYS: readonly PointLayerKey[] = ['stations', 'institutions', 'facilities', 'enterprises'];
export interface PointRef {
  layer: PointLayerKey;
  id: string;
}

export function findRecord(pack: DataPack, layer: PointLayerKey, id: string): PointRecord | undefined {
  const list: readonly PointRecord[] = pack[layer];
  return list.find((r) => r.id === id);
}

export interface TownPointGroup {
  layer: PointLayerKey;
  records: PointRecord[];
  /** true: points whose source names no town (or an unknown one), listed because they lie inside the town's approximate area */
  inArea: boolean;
}

/**
 * A town's points by layer (stations, institutions, facilities, enterprises; empty groups left out),
 * each sorted by name. After each layer's own points come that layer's points with no town, or a
 * town that names none of the areas (a planner's "莘庄"), that lie inside the town's (approximate)
 * polygon in `areas`, as a group of their own: where they are, not what a source says.
 */
export function townPoints(
  pack: Pick<DataPack, PointLayerKey>,
  town: string,
  areas?: DataPack['boundaries'],
): TownPointGroup[] {
  const area = areas?.features.find((f) => f.properties?.name === town);
  const bounds = area ? districtBounds({ features: [area] }) : null;
  const named = new Set(areas?.features.map((f) => String(f.properties?.name ?? '')));
  const byName = (a: PointRecord, b: PointRecord) => a.name.localeCompare(b.name, 'zh');
  return POINT_LAYER_KEYS.flatMap((layer) => {
    const all = pack[layer] as readonly PointRecord[];
    const own = all.filter((r) => r.town === town).sort(byName);
    const inArea = bounds ? all.filter((r) => !named.has(r.town) && insideBounds(bounds, r.lng, r.lat)).sort(byName) : [];
    return [
      { layer, records: own, inArea: false },
      { layer, records: inArea, inArea: true },
    ];
  }).filter((g) => g.records.length > 0);
}

export { areaTownOf } from '../data/areas';

/**
 * The towns with their English names as more aliases (Pujiang Town, and the map's short Pujiang), and
 * as a message names them in English (`en`), for the import's matchers.
 */
export const townsWithEnglish = (towns: readonly Pick<TownRecord, 'name' | 'name_en' | 'alias' | 'code'>[]) =>
  towns.map((t) => ({ ...t, alias: [t.alias, ...(t.name_en ? [t.name_en, shortEnglishName(t.name_en)] : [])].join(';'), en: t.name_en }));

/**
 * The pack's name of a town written as its name, an alias or its code (浦江), its English name
 * (Pujiang Town) or the map's short English name (Pujiang), in any case; null when none fits.
 */
export function townNamed(towns: readonly Pick<TownRecord, 'name' | 'name_en' | 'alias' | 'code'>[], given: string): string | null {
  return townMatcher(townsWithEnglish(towns))(given) ?? null;
}

/** Other points at exactly the same position as `ref` (what a click on it would also hit). */
export function sameSpot(pack: DataPack, ref: PointRef): PointRef[] {
  const r = findRecord(pack, ref.layer, ref.id);
  if (!r) return [];
  return POINT_LAYER_KEYS.flatMap((layer) =>
    (pack[layer] as readonly PointRecord[]).filter((o) => o.lng === r.lng && o.lat === r.lat && !(layer === ref.layer && o.id === ref.id)).map((o) => ({ layer, id: o.id })),
  );
}

/** The points under a click, topmost first, each once (a feature can be drawn in several tiles); towns left out. */
export function pointRefs(hits: readonly { layer: { id: string }; properties: Record<string, unknown> }[]): PointRef[] {
  const out: PointRef[] = [];
  for (const h of hits) {
    const layer = h.layer.id.replace(/-circle$/, '') as PointLayerKey;
    if (!POINT_LAYER_KEYS.includes(layer)) continue;
    const id = String(h.properties.id);
    if (!out.some((r) => r.layer === layer && r.id === id)) out.push({ layer, id });
  }
  return out;
}

/** Totals that are not one facility subtype: how the pack's own rows are counted for them. */
const NQI_COUNTS: Record<string, (pack: DataPack) => number> = {
  各级各类医疗机构: (p) => p.facilities.filter((f) => f.category === '医疗').length,
  各类市场: (p) => p.facilities.filter((f) => ['各类专业市场', '农副产品批发市场', '室内菜市场'].some((t) => sameType(f.subtype, t))).length,
  设立质汇驿站的街镇: (p) => p.towns.filter((t) => p.stations.some((s) => s.town === t.name)).length,
  质乎手册收录服务机构: (p) => p.institutions.length,
  // testing bodies, not every place offering tests (a cluster, a pilot platform); by service when a list has no kinds
  检验检测机构: (p) => p.institutions.filter((i) => (i.kind ? i.kind === '检验检测机构' : i.services.includes('检验检测'))).length,
  认证机构: (p) => p.institutions.filter((i) => i.services.includes('认证')).length,
  新型标准化技术组织: (p) => p.institutions.filter((i) => i.kind === '新型标准化技术组织').length,
};

export interface CompletenessRow {
  category: string;
  subtype: string;
  /** rows of the loaded data that count towards the total; null = the data has no comparable rows */
  loaded: number | null;
  total: number;
  source: string;
}

/**
 * A facility's type as one the white paper counts: the same, or one ending the other (a planner's
 * 社区卫生服务站 is a 卫生服务站, 长者食堂 a 社区长者食堂; review 22) when it is four characters or
 * more and over half of it (服务中心 is no 社区卫生服务中心), and the longer is no rating (旅游景区
 * is not known to be 4A or 3A). 菜场, 菜市场 and 室内菜场 are its 室内菜市场 (planner review).
 */
function sameType(a: string, b: string): boolean {
  [a, b] = [a, b].map((s) => (/^(室内)?菜市?场$/.test(s) ? '室内菜市场' : s)); // a 菜场 or 菜市场 is the white paper's 室内菜市场
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return a === b || (short.length > 3 && short.length * 2 > long.length && long.endsWith(short) && !/\dA/.test(long));
}

/** Counts records per subtype/category to compare against the white paper's district totals. */
export function completeness(pack: DataPack): CompletenessRow[] {
  return pack.categoryTotals.map((t) => {
    const nqi = NQI_COUNTS[t.subtype];
    const loaded = nqi
      ? nqi(pack)
      : t.category === '质量基础设施'
        ? null
        : pack.facilities.filter((f) => (t.subtype ? sameType(f.subtype, t.subtype) : f.category === t.category)).length;
    return { category: t.category, subtype: t.subtype, loaded, total: t.district_total, source: t.source };
  });
}
