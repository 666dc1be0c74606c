// Point layers (stations, institutions, enterprises, facilities) drawn so that position precision
// is visible (exact = solid, approximate = lighter fill, town-only = hollow ring; circle-look.ts).
import type { Map as MlMap } from 'maplibre-gl';
import { addOrdered, onPart } from '../add-layer';
import type { BasePart } from '../features';
import type { LayerId } from '../layer-order';
import { CIRCLE_LOOK_PAINT } from '../circle-look';

export interface PointLayerSpec {
  id: LayerId;
  part: BasePart;
  radius: number;
}

/** Adds a point layer; each feature carries its own look (see circle-look.ts: one shader for all). */
export function addPointLayer(map: MlMap, spec: PointLayerSpec): void {
  addOrdered(map, {
    id: spec.id,
    type: 'circle',
    ...onPart(spec.part),
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, spec.radius, 14, spec.radius * 2],
      ...CIRCLE_LOOK_PAINT,
    },
  });
}
