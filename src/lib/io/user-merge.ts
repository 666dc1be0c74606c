// The data the app shows: the embedded pack with a planner's saved layers merged in (pure).
// Point layers: 'replace' stands in for the embedded rows of the towns the file covers
// (facilities: only of the entry's category), so one town office's file leaves the other towns'
// rows alone and a district-wide file replaces them all; 'add' shows both. Town boundaries always
// replace the approximate ones.
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { FacilityRecord, PointLayer, PointRecord } from '../data/schema';
import type { DataPack, FileReport } from './pack-types';
import type { UserEntry } from './user-store';
import { populationSources } from '../data/population';
import { areaTownOf, joinByName } from '../data/areas';

const POINT_LAYERS: readonly PointLayer[] = ['stations', 'institutions', 'enterprises', 'facilities'];

// a planner's file is named with its layer (and category) in the UI language by 数据说明; a facility file's
// problems are counted under its first category only (saved before that, each category held them all)
function report(e: UserEntry, i: number, all: readonly UserEntry[]): FileReport {
  const file = { file: e.fileName, layer: e.layer, category: e.category, issues: all.findIndex((x) => x.layer === e.layer && x.fileName === e.fileName) < i ? [] : e.issues };
  if (e.population) return { ...file, rows: e.population.rows.length, sources: populationSources(e.population) };
  const src = e.records.length ? e.records.map((r) => r.source) : e.shapes.map((s) => String(s.properties?.source ?? e.fileName));
  return { ...file, rows: e.records.length || e.shapes.length, sources: [...new Set(src.filter(Boolean))].sort() };
}

/** Multi-lines are split so the barrier source stays FeatureCollection<LineString>. */
function asLines(shapes: UserEntry['shapes']): Feature<LineString>[] {
  const out: Feature<LineString>[] = [];
  for (const s of shapes) {
    const g = s.geometry as { type: string; coordinates: unknown };
    if (g.type === 'LineString') out.push(s as Feature<LineString>);
    else if (g.type === 'MultiLineString')
      for (const c of g.coordinates as number[][][]) out.push({ type: 'Feature', properties: s.properties, geometry: { type: 'LineString', coordinates: c } });
  }
  return out;
}

/**
 * The towns a file's rows lie in: the town a row names, else the town area holding its point.
 * Stops once every town is in (a district-wide file of 100,000 rows needs a few hundred).
 */
export function coveredTowns(records: readonly PointRecord[], pack: Pick<DataPack, 'towns' | 'boundaries'>): Set<string> {
  const names = new Set(pack.towns.map((t) => t.name));
  const out = new Set<string>();
  for (const r of records) {
    if (names.size > 0 && out.size >= names.size) break;
    const town = names.has(r.town) ? r.town : areaTownOf(pack.boundaries, r.lng, r.lat);
    if (town) out.add(town);
  }
  return out;
}

/** The embedded rows an entry in 'replace' mode stands in for: its category's, in its towns. */
export function replacedBy(e: UserEntry, base: readonly PointRecord[], pack: Pick<DataPack, 'towns' | 'boundaries'>): PointRecord[] {
  if (e.mode !== 'replace') return [];
  const towns = coveredTowns(e.records, pack);
  return base.filter((r) => (!e.category || (r as FacilityRecord).category === e.category) && towns.has(r.town));
}

/**
 * Ids unique within a layer: a repeated one (two town files both numbered 1, 2 …; a column of
 * codes read as ids) becomes "1~2", "1~3" … in merge order (stable across reloads), so a click,
 * the details, the highlight and a ?place= link all find the row meant.
 */
export function uniqueIds<T extends { id: string }>(records: T[]): T[] {
  const seen = new Map<string, number>();
  return records.map((r) => {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    if (n === 1) return r;
    let id = `${r.id}~${n}`;
    while (seen.has(id)) id += '~';
    seen.set(id, 1);
    return { ...r, id };
  });
}

export function mergePack(embedded: DataPack, entries: readonly UserEntry[]): DataPack {
  if (entries.length === 0) return embedded;
  const pack: DataPack = { ...embedded, files: [...embedded.files, ...entries.map(report)] };
  const towns = entries.filter((e) => e.layer === 'boundaries');
  if (towns.length) {
    // (parts with one name are joined at import; entries saved before that may still hold them)
    const features = joinByName(towns.flatMap((e) => e.shapes) as Feature<Polygon | MultiPolygon>[], (f) => String(f.properties?.name ?? ''));
    pack.boundaries = { type: 'FeatureCollection', features };
  }
  for (const layer of POINT_LAYERS) {
    const mine = entries.filter((e) => e.layer === layer);
    if (mine.length === 0) continue;
    let base: PointRecord[] = embedded[layer];
    for (const e of mine) {
      const gone = new Set(replacedBy(e, base, pack));
      base = base.filter((r) => !gone.has(r));
    }
    (pack as unknown as Record<PointLayer, PointRecord[]>)[layer] = uniqueIds([...base, ...mine.flatMap((e) => e.records)]);
  }
  const barriers = entries.filter((e) => e.layer === 'barriers');
  if (barriers.length) {
    const replace = barriers.some((e) => e.mode === 'replace');
    const features = [...(replace ? [] : embedded.barriers.features), ...barriers.flatMap((e) => asLines(e.shapes))];
    pack.barriers = { type: 'FeatureCollection', features } as FeatureCollection<LineString>;
  }
  const population = entries.find((e) => e.layer === 'population' && e.population);
  if (population?.population) pack.population = { fileName: population.fileName, data: population.population };
  return pack;
}

/** Default merge mode a planner expects for a newly imported layer. */
export function defaultMode(layer: UserEntry['layer']): UserEntry['mode'] {
  return layer === 'barriers' ? 'add' : 'replace';
}
