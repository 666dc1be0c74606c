// Adds every data layer of a loaded pack, and maps the layer panel's keys to MapLibre layer ids.
import type { Map as MlMap } from 'maplibre-gl';
import type { DataPack } from '../io/pack-types';
import type { Locale } from '../i18n/messages';
import type { LayerKey } from '../state/app.svelte';
import { pointsToFc, townsFc } from './features';
import { precisionLook } from './circle-look';
import {
  categoryColour,
  ENTERPRISE_COLOUR,
  INSTITUTION_COLOUR,
  STATION_COLOUR,
  industryColours,
} from './palette';
import { addDistrict } from './layers/district';
import { addTowns, setTownLabelLocale } from './layers/towns';
import { addPointLayer } from './layers/points';
import { addBarriers, setBarrierLocale } from './layers/barriers';
import { addSelection, addStationLabels, setStationLabelLocale } from './layers/selection';
import { setVisible } from './add-layer';

export const LAYER_GROUPS: Record<LayerKey, readonly string[]> = {
  district: ['district-line'],
  towns: ['towns-fill', 'town-lines'],
  townLabels: ['town-labels'],
  stations: ['stations-circle', 'station-labels'],
  institutions: ['institutions-circle'],
  enterprises: ['enterprises-circle'],
  facilities: ['facilities-circle'],
  barriers: ['barriers-other', 'barriers-river', 'barriers-river-label', 'crossings-circle'],
};

/** Layers whose features open the details panel when clicked, topmost first. */
export const CLICKABLE = ['stations-circle', 'institutions-circle', 'enterprises-circle', 'facilities-circle', 'towns-fill'];

export function townColours(pack: DataPack): Map<string, string> {
  return industryColours(pack.towns.map((t) => t.industry));
}

export function addBaseLayers(map: MlMap, pack: DataPack, locale: Locale): void {
  addTowns(map, townsFc(pack.boundaries, pack.towns), townColours(pack), locale);
  addDistrict(map, pack.outline);
  addBarriers(map, pack.barriers, pack.crossings, locale);
  addPointLayer(
    map,
    { id: 'facilities-circle', source: 'facilities', radius: 3.5 },
    pointsToFc(pack.facilities, (r) => ({
      category: r.category,
      subtype: r.subtype,
      ...precisionLook(categoryColour(r.category), r.precision),
    })),
  );
  addPointLayer(
    map,
    { id: 'enterprises-circle', source: 'enterprises', radius: 3.5 },
    pointsToFc(pack.enterprises, (r) => ({ industry: r.industry, role: r.role, ...precisionLook(ENTERPRISE_COLOUR, r.precision) })),
  );
  addPointLayer(
    map,
    { id: 'institutions-circle', source: 'institutions', radius: 5 },
    pointsToFc(pack.institutions, (r) => ({ services: r.services.join(';'), ...precisionLook(INSTITUTION_COLOUR, r.precision) })),
  );
  addPointLayer(
    map,
    { id: 'stations-circle', source: 'stations', radius: 6.5 },
    pointsToFc(pack.stations, (r) => ({
      services: r.services.join(';'),
      status: r.status,
      ...precisionLook(STATION_COLOUR, r.precision),
    })),
  );
  addSelection(map);
  addStationLabels(map, locale);
}

export function applyVisibility(map: MlMap, layers: Record<LayerKey, boolean>): void {
  for (const key of Object.keys(LAYER_GROUPS) as LayerKey[]) setVisible(map, LAYER_GROUPS[key], layers[key]);
}

export function applyCategoryFilter(map: MlMap, enabled: readonly string[]): void {
  if (map.getLayer('facilities-circle')) {
    map.setFilter('facilities-circle', ['in', ['get', 'category'], ['literal', [...enabled]]]);
  }
}

export function applyLocale(map: MlMap, locale: Locale): void {
  setTownLabelLocale(map, locale);
  setBarrierLocale(map, locale);
  setStationLabelLocale(map, locale);
}

/** Analysis modes draw their own surfaces: the industry fill fades to a neutral backdrop there. */
export function applyModeEmphasis(map: MlMap, mode: string): void {
  if (!map.getLayer('towns-fill')) return;
  const analysis = mode === 'coverage' || mode === 'nearest' || mode === 'siting';
  map.setPaintProperty('towns-fill', 'fill-opacity', analysis ? 0.18 : 0.72);
}
