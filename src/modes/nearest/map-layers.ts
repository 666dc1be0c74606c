// The enterprise view's map layers: nearest-lines (paths to the results), nearest-results with
// nearest-ranks (each result's number in the list on its circle), nearest-origin. Added on entering
// the mode, removed on leaving it.
import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { addOrdered, EMPTY_FC, removeLayers, setGeoJson } from '../../lib/map/add-layer';
import { INSTITUTION_COLOUR, STATION_COLOUR } from '../../lib/map/palette';
import { FONT_STACK } from '../../lib/map/style';

const COLOUR: ExpressionSpecification = ['match', ['get', 'layer'], 'stations', STATION_COLOUR, INSTITUTION_COLOUR];
const LAYERS = ['nearest-lines', 'nearest-results', 'nearest-origin'] as const;
/** A number on its point, else beside it on the first side that meets nothing placed before. */
const ANCHORS: ('center' | 'top' | 'bottom' | 'right' | 'left')[] = ['center', 'top', 'bottom', 'right', 'left'];

export function addNearestLayers(map: MlMap): void {
  for (const id of LAYERS) setGeoJson(map, id, EMPTY_FC);
  addOrdered(map, {
    id: 'nearest-lines',
    type: 'line',
    source: 'nearest-lines',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['case', ['get', 'selected'], '#ff6f00', '#37474f'],
      'line-width': ['case', ['get', 'selected'], 4, 2],
      'line-dasharray': [2, 1.5],
      // lighter to a place known only by its town: the line ends at its town's representative point
      'line-opacity': ['case', ['get', 'town'], 0.45, 0.85],
    },
  });
  addOrdered(map, {
    id: 'nearest-results',
    type: 'circle',
    source: 'nearest-results',
    // as in 地图浏览 (circle-look.ts): a place known only by its town is a hollow ring
    paint: {
      'circle-radius': ['case', ['get', 'selected'], 11, 8],
      'circle-color': ['case', ['get', 'town'], '#ffffff', COLOUR],
      'circle-opacity': ['case', ['get', 'reachable'], 1, 0.45],
      'circle-stroke-color': ['case', ['get', 'selected'], '#ff6f00', ['get', 'town'], COLOUR, '#ffffff'],
      'circle-stroke-width': 3,
    },
  });
  // the number the list gives it, so a circle can be told from its card (review 24); drawn over the
  // town and station names (layer-order.ts) and placed before them, always drawn: on its circle, or
  // beside it where it would meet another circle or number, as a number shared by results at one spot
  // (2·3) does (review 26: at the district's zoom these lay over their circles, each other and town names)
  addOrdered(map, {
    id: 'nearest-ranks',
    type: 'symbol',
    source: 'nearest-results',
    layout: {
      'text-field': ['step', ['zoom'], ['get', 'label'], 13, ['to-string', ['get', 'rank']]],
      'text-variable-anchor': ANCHORS,
      'text-radial-offset': 1.2,
      'text-font': FONT_STACK,
      'text-size': 11,
      'text-allow-overlap': true,
      // each circle an obstacle (the stations' blank 20 px anchor: radius 8 and a 2 px stroke), those
      // without a number first, then those with one, then the shared numbers
      'icon-image': 'station-anchor',
      'icon-allow-overlap': true,
      'symbol-sort-key': ['length', ['get', 'label']],
    },
    // (a dark halo: white digits read on any circle, line or town colour; on a town-only place's white ring,
    // dark digits, which stand out from 地图浏览's own rings around it)
    paint: { 'text-color': ['case', ['get', 'town'], '#000', '#fff'], 'text-halo-color': ['case', ['get', 'town'], '#fff', '#37474f'], 'text-halo-width': 1.5 },
  });
  // while the mode is open a town name steps aside from the numbers too, but only just below or above its point:
  // sideways, "Hongqiao Town" stepped past its border (review 27); with no room there it stays, under the number
  map.setLayoutProperty('town-labels', 'text-variable-anchor-offset', ['center', [0, 0], 'top', [0, 0], 'bottom', [0, 0], 'top', [0, 1], 'bottom', [0, -1]]);
  addOrdered(map, {
    id: 'nearest-origin',
    type: 'circle',
    source: 'nearest-origin',
    paint: {
      'circle-radius': 9,
      // black, as beside 当前位置 in the panel: no other layer uses it (the red was 医疗's)
      'circle-color': '#111',
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 3,
    },
  });
}

export function setNearestData(map: MlMap, d: { lines: FeatureCollection; points: FeatureCollection; origin: FeatureCollection }): void {
  setGeoJson(map, 'nearest-lines', d.lines);
  setGeoJson(map, 'nearest-results', d.points);
  setGeoJson(map, 'nearest-origin', d.origin);
}

export function removeNearestLayers(map: MlMap): void {
  removeLayers(map, [...LAYERS, 'nearest-ranks'], LAYERS);
  if (map.getLayer('town-labels')) map.setLayoutProperty('town-labels', 'text-variable-anchor-offset', undefined);
}
