// Turns typed records into map-ready GeoJSON (one place, so every layer reads the same properties).
import type { Feature, FeatureCollection, Point } from 'geojson';
import centroid from '@turf/centroid';
import pointOnFeature from '@turf/point-on-feature';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { PointRecord, TownRecord } from '../data/schema';
import type { AreaCollection } from '../io/pack-types';

export function pointsToFc<R extends PointRecord>(
  records: readonly R[],
  props: (r: R) => Record<string, string | number> = () => ({}),
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: records.map((r) => ({
      type: 'Feature',
      id: undefined,
      geometry: { type: 'Point', coordinates: [r.lng, r.lat] },
      properties: { id: r.id, name: r.name, name_en: r.name_en, town: r.town, precision: r.precision, ...props(r) },
    })),
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
          industry: t?.industry ?? String(f.properties?.industry ?? ''),
        },
      };
    }),
  };
}

/** One label point per town, inside its polygon (centroid when inside, else a point on the surface). */
export function townLabelPoints(towns: AreaCollection): FeatureCollection<Point> {
  const features: Feature<Point>[] = towns.features.map((f) => {
    let p = centroid(f);
    if (!booleanPointInPolygon(p, f)) p = pointOnFeature(f);
    return { type: 'Feature', geometry: p.geometry, properties: { ...f.properties } };
  });
  return { type: 'FeatureCollection', features };
}
