// Turns typed records into map-ready GeoJSON (one place, so every layer reads the same properties).
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CrossingRecord, PointRecord, TownRecord } from '../data/schema';
import type { AreaCollection } from '../io/pack-types';
import { townLabelPoint } from '../data/areas';
import { pointsFc } from '../data/export';
import type { CircleLook } from './circle-look';
import { labelLines } from './layers/label';
import { shortEnglishName } from '../i18n/place-names';

export function pointsToFc<R extends PointRecord>(
  records: readonly R[],
  props: (r: R) => Record<string, string | number> = () => ({}),
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: records.map((r) => {
      const label = labelLines(r.name);
      return {
        type: 'Feature',
        id: undefined,
        geometry: { type: 'Point', coordinates: [r.lng, r.lat] },
        properties: {
          id: r.id,
          name: r.name,
          name_en: r.name_en,
          town: r.town,
          precision: r.precision,
          ...(label !== r.name ? { label } : {}),
          ...props(r),
        },
      };
    }),
  };
}

/** Town polygons joined with their town record (industry, English name) for styling. */
export function townsFc(boundaries: AreaCollection, towns: readonly TownRecord[]): AreaCollection {
  const byName = new Map(towns.map((t) => [t.name, t]));
  return {
    type: 'FeatureCollection',
    features: boundaries.features.map((f) => {
      const name = String(f.properties?.name ?? '');
      const t = byName.get(name);
      return {
        ...f,
        properties: {
          ...f.properties,
          name,
          name_en: t?.name_en ?? String(f.properties?.name_en ?? ''),
          ...(t?.name_en ? { name_en_short: shortEnglishName(t.name_en) } : {}),
          industry: t?.industry ?? String(f.properties?.industry ?? ''),
        },
      };
    }),
  };
}

/**
 * One label point per town (`townLabelPoint`: the data's, else a point inside the polygon); where
 * 演示's district slides write it, at their larger text (`district_lng`/`district_lat`, else the
 * same point), marked `slide: 0`; and where the town's own slide writes it when the data gives that
 * (`slide_lng`/`slide_lat`), marked `slide: 1`; and where another town's slide writes it, in the
 * part of it that slide shows (`on_slides`, by that town's name), marked with that name (the
 * town-labels layer leaves all these out; tour-map.ts shows a slide's own).
 */
export function townLabelPoints(towns: AreaCollection): FeatureCollection<Point> {
  const features = towns.features.flatMap((f): Feature<Point>[] => {
    const p = f.properties ?? {};
    const at = (coordinates: number[], slide?: number | string): Feature<Point> => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { ...p, slide } });
    const map = townLabelPoint(f);
    const out = [at(map), at(typeof p.district_lng === 'number' ? [p.district_lng, p.district_lat] : map, 0), ...Object.entries(p.on_slides ?? {}).map(([t, c]) => at(c as number[], t))];
    return typeof p.slide_lng === 'number' ? [...out, at([p.slide_lng, p.slide_lat], 1)] : out;
  });
  return { type: 'FeatureCollection', features };
}

/** Crossings of the river as points (name, kind, modes, precision) plus their look. */
export function crossingsFc(
  crossings: readonly CrossingRecord[],
  look: Partial<CircleLook> = {},
): FeatureCollection<Point> {
  return pointsFc(crossings, (c) => ({ id: c.id, name: c.name, name_en: c.name_en, kind: c.kind, modes: c.modes, precision: c.precision, ...look }));
}

/**
 * The parts the base map is drawn from, and the GeoJSON source each lives in. The small fixed
 * parts share ONE source (one tiling job and one set of tiles in MapLibre's worker, so the first
 * view is drawn in fewer, earlier frames); each layer picks its part with a filter on
 * PART_KEY. The point layers, which a planner's import can make large (100 000 rows), keep a
 * source each, so re-tiling one never re-tiles the others and no other layer filters its rows.
 */
export const BASE_PARTS = [
  'towns',
  'town-label',
  'district',
  'barriers',
  'crossings',
  'facilities',
  'enterprises',
  'institutions',
  'stations',
] as const;
export type BasePart = (typeof BASE_PARTS)[number];
export const SHARED_SOURCE = 'base';
export const PART_KEY = '_part';
const OWN_SOURCE: ReadonlySet<BasePart> = new Set(['facilities', 'enterprises', 'institutions', 'stations']);

export function sourceOf(part: BasePart): string {
  return OWN_SOURCE.has(part) ? part : SHARED_SOURCE;
}

/** Groups the parts into their sources, tagging features of the shared source with their part. */
export function baseSources(parts: Partial<Record<BasePart, FeatureCollection>>): Map<string, FeatureCollection> {
  const out = new Map<string, FeatureCollection>();
  for (const part of BASE_PARTS) {
    const id = sourceOf(part);
    const fc = out.get(id) ?? { type: 'FeatureCollection', features: [] };
    out.set(id, fc);
    for (const f of parts[part]?.features ?? []) {
      fc.features.push(id === SHARED_SOURCE ? { ...f, properties: { ...f.properties, [PART_KEY]: part } } : f);
    }
  }
  return out;
}
