// The 闵行区 outline.
import type { Map as MlMap } from 'maplibre-gl';
import { addOrdered, onPart } from '../add-layer';

export function addDistrict(map: MlMap): void {
  addOrdered(map, {
    id: 'district-line',
    type: 'line',
    ...onPart('district'),
    paint: { 'line-color': '#37474f', 'line-width': 2.5 },
  });
}
