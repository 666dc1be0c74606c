// Joins nearest-search rows with their records, formats them and draws them as GeoJSON
// (lines from the enterprise through the crossings used, result points, the origin). Pure.
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { NearestRow } from '../../lib/analysis/nearest/index';
import type { CrossingRecord, InstitutionRecord, StationRecord } from '../../lib/data/schema';

export type ResultLayer = 'stations' | 'institutions';

export interface ResultItem {
  rank: number;
  layer: ResultLayer;
  record: StationRecord | InstitutionRecord;
  row: NearestRow;
  /** known only by the start's own town: its distance (to the town's representative point) says nothing */
  same?: boolean;
}

/** A result's key: a station and an institution may share an id (both files numbered 1, 2 …). */
export const itemKey = (layer: string, id: string) => `${layer}:${id}`;

/**
 * The rows with their records, numbered. Those known only by `town`, the start's own, are marked `same`: listed, as
 * every row, by the town's representative point (a town's points lie within ~900 m of it, so they come together).
 */
export function joinRows(
  rows: readonly NearestRow[], stations: readonly StationRecord[], institutions: readonly InstitutionRecord[], town = '',
): ResultItem[] {
  const st = new Map(stations.map((s) => [s.id, s]));
  const ins = new Map(institutions.map((s) => [s.id, s]));
  const out: ResultItem[] = [];
  for (const row of rows) {
    const layer: ResultLayer = row.kind === 'institution' ? 'institutions' : 'stations'; // 'planned' is a station too
    const record = layer === 'stations' ? st.get(row.id) : ins.get(row.id);
    if (record) out.push({ rank: out.length + 1, layer, record, row, same: record.precision === 'town' && record.town === town });
  }
  return out;
}

/** "850 m" / "3.4 km"; "—" when unreachable. */
export function formatDistance(m: number): string {
  if (!Number.isFinite(m)) return '—';
  return m < 1000 ? `${Math.round(m / 10) * 10} m` : `${(m / 1000).toFixed(1)} km`;
}

/** Whole minutes, at least 1; "—" when unreachable. */
export function formatMinutes(min: number, locale: 'zh' | 'en'): string {
  if (!Number.isFinite(min)) return '—';
  // under half a minute (standing on it: 0 m) is not "1 分钟"
  if (min < 0.5) return locale === 'zh' ? '不到 1 分钟' : '< 1 min';
  const v = Math.round(min);
  if (v >= 90) return locale === 'zh' ? `${(v / 60).toFixed(1)} 小时` : `${(v / 60).toFixed(1)} h`;
  return locale === 'zh' ? `${v} 分钟` : `${v} min`;
}

/** The drawn path: origin → crossings named in `via` (in order) → result. */
export function pathCoords(
  origin: [number, number], item: ResultItem, crossings: readonly CrossingRecord[],
): [number, number][] {
  const byName = new Map(crossings.map((c) => [c.name, c]));
  const mid = item.row.via.flatMap((n) => {
    const c = byName.get(n);
    return c ? [[c.lng, c.lat] as [number, number]] : [];
  });
  return [origin, ...mid, [item.record.lng, item.record.lat]];
}

export function resultFeatures(
  origin: [number, number] | null, items: readonly ResultItem[], crossings: readonly CrossingRecord[], selected: string | null,
): { lines: FeatureCollection<LineString>; points: FeatureCollection<Point>; origin: FeatureCollection<Point> } {
  const lines: Feature<LineString>[] = [];
  const points: Feature<Point>[] = [];
  // a result within 600 m of a better one (a town's station and institution at their town points) has its
  // number written with that one's, 2·3, not drawn over it unreadably (review 24); map-layers.ts shows each
  // its own from zoom 13, where they stand apart (degrees: longitude × cos 31°; 0.0054° ≈ 600 m)
  const labels = items.map((it) => String(it.rank));
  items.forEach((it, i) => {
    const j = items.findIndex((o, k) => k < i && labels[k] && Math.hypot((o.record.lng - it.record.lng) * 0.857, o.record.lat - it.record.lat) < 0.0054);
    if (j >= 0) [labels[j], labels[i]] = [`${labels[j]}·${it.rank}`, ''];
  });
  for (const [i, it] of items.entries()) {
    const props = { id: it.record.id, layer: it.layer, rank: it.rank, reachable: it.row.reachable, selected: itemKey(it.layer, it.record.id) === selected, town: it.record.precision === 'town' };
    if (origin && it.row.reachable) {
      lines.push({ type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates: pathCoords(origin, it, crossings) } });
    }
    points.push({ type: 'Feature', properties: { ...props, label: labels[i] }, geometry: { type: 'Point', coordinates: [it.record.lng, it.record.lat] } });
  }
  return {
    lines: { type: 'FeatureCollection', features: lines },
    points: { type: 'FeatureCollection', features: points },
    origin: {
      type: 'FeatureCollection',
      features: origin ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: origin } }] : [],
    },
  };
}
