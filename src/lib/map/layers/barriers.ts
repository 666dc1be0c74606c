// The 黄浦江 (approximate centreline) and the crossings where it can be passed.
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection, LineString } from 'geojson';
import type { CrossingRecord } from '../../data/schema';
import type { Locale } from '../../i18n/messages';
import { addOrdered, setGeoJson } from '../add-layer';
import { RIVER_COLOUR } from '../palette';
import { FONT_STACK } from '../style';
import { labelExpr } from './label';

export const BARRIER_IDS = ['barriers-river', 'barriers-river-label', 'crossings-circle'] as const;

export function addBarriers(
  map: MlMap,
  barriers: FeatureCollection<LineString>,
  crossings: readonly CrossingRecord[],
  locale: Locale,
): void {
  setGeoJson(map, 'barriers', barriers);
  setGeoJson(map, 'crossings', {
    type: 'FeatureCollection',
    features: crossings.map((c) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [c.lng, c.lat] },
      properties: { id: c.id, name: c.name, name_en: c.name_en, kind: c.kind, modes: c.modes, precision: c.precision },
    })),
  });
  addOrdered(map, {
    id: 'barriers-river',
    type: 'line',
    source: 'barriers',
    paint: {
      'line-color': ['match', ['get', 'kind'], 'river', RIVER_COLOUR, '#9e9e9e'],
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        9,
        ['match', ['get', 'kind'], 'river', 4, 1.5],
        14,
        ['match', ['get', 'kind'], 'river', 14, 3],
      ],
      'line-opacity': 0.85,
    },
  });
  addOrdered(map, {
    id: 'barriers-river-label',
    type: 'symbol',
    source: 'barriers',
    filter: ['==', ['get', 'kind'], 'river'],
    layout: {
      'symbol-placement': 'line',
      'text-field': labelExpr(locale),
      'text-font': FONT_STACK,
      'text-size': 12,
    },
    paint: { 'text-color': '#1f5fa8', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
  });
  addOrdered(map, {
    id: 'crossings-circle',
    type: 'circle',
    source: 'crossings',
    paint: {
      'circle-radius': 4,
      'circle-color': '#ffffff',
      'circle-stroke-color': '#1f5fa8',
      'circle-stroke-width': 2,
    },
  });
}

export function setBarrierLocale(map: MlMap, locale: Locale): void {
  if (map.getLayer('barriers-river-label')) map.setLayoutProperty('barriers-river-label', 'text-field', labelExpr(locale));
}
