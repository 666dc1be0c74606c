// The 闵行区 outline.
import type { Map as MlMap } from 'maplibre-gl';
import type { AreaCollection } from '../../io/pack-types';
import { addOrdered, setGeoJson } from '../add-layer';

export const DISTRICT_IDS = ['district-line'] as const;

export function addDistrict(map: MlMap, outline: AreaCollection): void {
  setGeoJson(map, 'district', outline);
  addOrdered(map, {
    id: 'district-line',
    type: 'line',
    source: 'district',
    paint: { 'line-color': '#37474f', 'line-width': 2.5 },
  });
}
