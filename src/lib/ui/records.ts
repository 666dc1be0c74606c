// Looks up records of a loaded pack by layer and id (pure helper for panels and map glue).
import type { DataPack } from '../io/pack-types';
import type { PointRecord } from '../data/schema';
import type { PointLayerKey } from '../state/app.svelte';

export function findRecord(pack: DataPack, layer: PointLayerKey, id: string): PointRecord | undefined {
  const list: readonly PointRecord[] = pack[layer];
  return list.find((r) => r.id === id);
}

/** How the pack's own rows are counted for the white paper's quality-infrastructure totals. */
const NQI_COUNTS: Record<string, (pack: DataPack) => number> = {
  设立质汇驿站的街镇: (p) => new Set(p.stations.map((s) => s.town).filter(Boolean)).size,
  质乎手册收录服务机构: (p) => p.institutions.length,
  检验检测机构: (p) => p.institutions.filter((i) => i.services.includes('检验检测')).length,
  认证机构: (p) => p.institutions.filter((i) => i.services.includes('认证')).length,
};

export interface CompletenessRow {
  category: string;
  subtype: string;
  /** rows of the loaded data that count towards the total; null = the data has no comparable rows */
  loaded: number | null;
  total: number;
  source: string;
}

/** Counts records per subtype/category to compare against the white paper's district totals. */
export function completeness(pack: DataPack): CompletenessRow[] {
  return pack.categoryTotals.map((t) => {
    const nqi = NQI_COUNTS[t.subtype];
    const loaded = nqi
      ? nqi(pack)
      : t.category === '质量基础设施'
        ? null
        : pack.facilities.filter((f) => (t.subtype ? f.subtype === t.subtype : f.category === t.category)).length;
    return { category: t.category, subtype: t.subtype, loaded, total: t.district_total, source: t.source };
  });
}
