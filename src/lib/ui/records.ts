// Looks up records of a loaded pack by layer and id (pure helper for panels and map glue).
import type { DataPack } from '../io/pack-types';
import type { PointRecord } from '../data/schema';
import type { PointLayerKey } from '../state/app.svelte';

export function findRecord(pack: DataPack, layer: PointLayerKey, id: string): PointRecord | undefined {
  const list: readonly PointRecord[] = pack[layer];
  return list.find((r) => r.id === id);
}

/** Counts records per subtype/category to compare against the white paper's district totals. */
export function completeness(pack: DataPack): { category: string; subtype: string; loaded: number; total: number; source: string }[] {
  return pack.categoryTotals.map((t) => {
    const loaded =
      t.subtype === '质汇驿站' || t.category === '质汇驿站'
        ? pack.stations.length
        : t.category === 'NQI服务机构' || t.subtype === '服务机构'
          ? pack.institutions.length
          : pack.facilities.filter((f) => (t.subtype ? f.subtype === t.subtype : f.category === t.category)).length;
    return { category: t.category, subtype: t.subtype, loaded, total: t.district_total, source: t.source };
  });
}
