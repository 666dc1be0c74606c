// Adds every data layer of a loaded pack, and maps the layer panel's keys to MapLibre layer ids.
import type { Map as MlMap } from 'maplibre-gl';
import type { DataPack } from '../io/pack-types';
import type { Locale } from '../i18n/messages';
import type { LayerKey } from '../state/app.svelte';
import type { FeatureCollection } from 'geojson';
import { baseSources, crossingsFc, pointsToFc, townLabelPoints, townsFc } from './features';
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
import { addPointLayer, pointRadius } from './layers/points';
import { addBarriers, CROSSING_LOOK, setBarrierLocale } from './layers/barriers';
import { addSelection, addStationLabels, setStationLabelLocale } from './layers/selection';
import { onPart, setGeoJson, setVisible } from './add-layer';

/** A station's circle at zoom 9, in px (points.ts); scripts/lib/label-point.mjs keeps the town names off it. */
export const STATION_RADIUS = 6.5;

export const LAYER_GROUPS: Record<LayerKey, readonly string[]> = {
  district: ['district-line'],
  towns: ['towns-fill', 'towns-dim', 'town-lines'],
  townLabels: ['town-labels'],
  stations: ['stations-circle', 'station-labels', 'station-anchors'],
  institutions: ['institutions-circle'],
  enterprises: ['enterprises-circle'],
  facilities: ['facilities-circle'],
  barriers: ['barriers-other', 'barriers-river', 'barriers-river-label', 'crossings-circle'],
};

/** Layers whose features open the details panel when clicked, topmost first. */
export const CLICKABLE = ['crossings-circle', 'enterprises-circle', 'stations-circle', 'institutions-circle', 'facilities-circle', 'towns-fill'];

export function townColours(pack: DataPack): Map<string, string> {
  return industryColours(pack.towns.map((t) => t.industry));
}

/** Every base layer's features, grouped into the sources that hold them. */
export function basePackSources(pack: DataPack): Map<string, FeatureCollection> {
  const towns = townsFc(pack.boundaries, pack.towns);
  return baseSources({
    towns,
    'town-label': townLabelPoints(towns),
    district: pack.outline,
    barriers: pack.barriers,
    crossings: crossingsFc(pack.crossings, CROSSING_LOOK),
    facilities: pointsToFc(pack.facilities, (r) => ({
      category: r.category,
      subtype: r.subtype,
      ...precisionLook(categoryColour(r.category), r.precision),
    })),
    // drawn above the stations (layer-order.ts): a town-precision ring lets the station under it show through;
    // a register's thousands faint and unringed (and small, under the stations: addBaseLayers), not a dark mass (planner review)
    enterprises: pointsToFc(pack.enterprises, (r) => ({ industry: r.industry, role: r.role, ...precisionLook(ENTERPRISE_COLOUR, r.precision), ...(r.precision === 'town' ? { _fillOpacity: 0 } : dense(pack) && { _fillOpacity: 0.45, _strokeWidth: 0 }) })),
    institutions: pointsToFc(pack.institutions, (r) => ({ services: r.services.join(';'), ...precisionLook(INSTITUTION_COLOUR, r.precision) })),
    stations: pointsToFc(pack.stations, (r) => ({
      services: r.services.join(';'),
      status: r.status,
      ...precisionLook(STATION_COLOUR, r.precision),
    })),
  });
}

/** Adds (or, for a changed pack, refreshes) the base source and every base layer. */
export function addBaseLayers(map: MlMap, pack: DataPack, locale: Locale): void {
  for (const [id, fc] of basePackSources(pack)) setGeoJson(map, id, fc);
  addTowns(map, townColours(pack), locale);
  addDistrict(map);
  addBarriers(map, locale);
  addPointLayer(map, { id: 'facilities-circle', part: 'facilities', radius: 3.5 });
  addPointLayer(map, { id: 'enterprises-circle', part: 'enterprises', radius: 3.5 });
  addPointLayer(map, { id: 'institutions-circle', part: 'institutions', radius: 5 });
  addPointLayer(map, { id: 'stations-circle', part: 'stations', radius: STATION_RADIUS });
  addSelection(map);
  addStationLabels(map, locale);
  // (set again for a changed pack, whose layers are already there)
  map.setPaintProperty('enterprises-circle', 'circle-radius', pointRadius(dense(pack) ? 1.5 : 3.5));
  map.moveLayer('enterprises-circle', dense(pack) ? 'facilities-circle' : 'crossings-circle');
}

/** More enterprises than this (a register of thousands rather than the pack's 72) are drawn as small dots, here and in 驿站选址. */
export const DENSE = 1000;
const dense = (pack: DataPack) => pack.enterprises.length > DENSE;

export function applyVisibility(map: MlMap, layers: Record<LayerKey, boolean>): void {
  for (const key of Object.keys(LAYER_GROUPS) as LayerKey[]) setVisible(map, LAYER_GROUPS[key], layers[key]);
}

export function applyCategoryFilter(map: MlMap, enabled: readonly string[]): void {
  if (map.getLayer('facilities-circle')) {
    map.setFilter('facilities-circle', onPart('facilities', ['in', ['get', 'category'], ['literal', [...enabled]]]).filter ?? null);
  }
}

/** `slideTown`: in the tour or on its print page, the town of the slide ('' for the whole district). */
export function applyLocale(map: MlMap, locale: Locale, slideTown: string | null = null): void {
  setTownLabelLocale(map, locale, slideTown);
  setBarrierLocale(map, locale);
  setStationLabelLocale(map, locale);
}

/** Analysis modes draw their own surfaces: the industry fill fades to a neutral backdrop there. */
export function applyModeEmphasis(map: MlMap, mode: string): void {
  if (!map.getLayer('towns-fill')) return;
  const analysis = mode === 'coverage' || mode === 'nearest' || mode === 'siting';
  map.setPaintProperty('towns-fill', 'fill-opacity', analysis ? 0.18 : 0.72);
}
