// Point layers (stations, institutions, enterprises, facilities) drawn so that position precision
// is visible: exact = solid, approximate = lighter fill, town-only = hollow ring.
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { addOrdered, setGeoJson } from '../add-layer';
import type { LayerId } from '../layer-order';

export interface PointLayerSpec {
  id: LayerId;
  source: string;
  colour: DataDrivenPropertyValueSpecification<string>;
  radius: number;
}

export function addPointLayer(map: MlMap, spec: PointLayerSpec, data: FeatureCollection<Point>): void {
  setGeoJson(map, spec.source, data);
  const isTown: ExpressionSpecification = ['==', ['get', 'precision'], 'town'];
  addOrdered(map, {
    id: spec.id,
    type: 'circle',
    source: spec.source,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, spec.radius, 14, spec.radius * 2],
      'circle-color': ['case', isTown, '#ffffff', spec.colour] as unknown as ExpressionSpecification,
      'circle-opacity': ['match', ['get', 'precision'], 'approximate', 0.75, 'town', 0.9, 1],
      'circle-stroke-color': spec.colour,
      'circle-stroke-width': ['case', isTown, 2.2, 1],
    },
  });
}
