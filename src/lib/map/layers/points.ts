// Point layers (stations, institutions, enterprises, facilities) drawn so that position precision
// is visible (exact = solid, approximate or estimated = lighter fill, town-only = hollow ring; circle-look.ts).
import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import { addOrdered, onPart } from '../add-layer';
import type { BasePart } from '../features';
import type { LayerId } from '../layer-order';
import { CIRCLE_LOOK_PAINT } from '../circle-look';

export interface PointLayerSpec {
  id: LayerId;
  part: BasePart;
  radius: number;
}

/** A point layer's radius by zoom: `radius` px at zoom 9, twice that from 14. */
export function pointRadius(radius: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 9, radius, 14, radius * 2];
}

/** Adds a point layer; each feature carries its own look (see circle-look.ts: one shader for all). */
export function addPointLayer(map: MlMap, spec: PointLayerSpec): void {
  addOrdered(map, {
    id: spec.id,
    type: 'circle',
    ...onPart(spec.part),
    paint: {
      'circle-radius': pointRadius(spec.radius),
      ...CIRCLE_LOOK_PAINT,
    },
  });
}
