// A ring around the selected point, and station name labels.
import type { Map as MlMap } from 'maplibre-gl';
import type { Locale } from '../../i18n/messages';
import { addOrdered, EMPTY_FC, onPart, setGeoJson } from '../add-layer';
import { FONT_STACK } from '../style';
import { labelExpr } from './label';
import { CIRCLE_LOOK_PAINT, ringLook } from '../circle-look';

const SELECTION_LOOK = ringLook('#ff6f00', 3, '#ffffff', 0);

export function addSelection(map: MlMap): void {
  setGeoJson(map, 'selection', EMPTY_FC);
  addOrdered(map, {
    id: 'selection-ring',
    type: 'circle',
    source: 'selection',
    paint: { 'circle-radius': 13, ...CIRCLE_LOOK_PAINT },
  });
}

export function setSelection(map: MlMap, lngLat: [number, number] | null): void {
  setGeoJson(
    map,
    'selection',
    lngLat
      ? { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: lngLat }, properties: { ...SELECTION_LOOK } }] }
      : EMPTY_FC,
  );
}

/** A station dot's size as a share of the 20 px blank anchor image, by zoom (stations-circle's radius 6.5 → 13). */
const ANCHOR_SIZE = ['interpolate', ['linear'], ['zoom'], 9, 0.65, 14, 1.3];
/** A name's distance from its dot in ems, growing with the dot: at 12 px a name 2 px (its padding) clear of the anchor (radius 6.5 → 13 px)
 *  above or below it too, where MapLibre takes 7/24 em off for the baseline: with 0.9 → 1.4 every name met its own dot there and
 *  went beside it, and 古美's two park stations' names lay in one row (review 27) */
const NAME_OFFSET = ['interpolate', ['linear'], ['zoom'], 9, 1.2, 14, 1.7];

export function addStationLabels(map: MlMap, locale: Locale): void {
  // Station dots as obstacles for station names: a symbol with a blank icon the size of the dot,
  // always drawn and placed before the names (layers above are placed first), so a name never
  // lies on a neighbouring station's dot. From the zoom at which names show (the tour sets both).
  if (!map.hasImage('station-anchor')) map.addImage('station-anchor', { width: 20, height: 20, data: new Uint8Array(20 * 20 * 4) });
  addOrdered(map, {
    id: 'station-anchors',
    type: 'symbol',
    ...onPart('stations'),
    minzoom: 11.5,
    layout: { 'icon-image': 'station-anchor', 'icon-size': ANCHOR_SIZE as unknown as number, 'icon-allow-overlap': true },
  });
  addOrdered(map, {
    id: 'station-labels',
    type: 'symbol',
    ...onPart('stations'),
    minzoom: 11.5,
    layout: {
      'text-field': labelExpr(locale),
      'text-font': FONT_STACK,
      'text-size': 12,
      'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
      'text-radial-offset': NAME_OFFSET as unknown as number,
      'text-max-width': nameWidth(locale),
      'text-optional': true,
    },
    paint: { 'text-color': '#880e4f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
  });
}

export function setStationLabelLocale(map: MlMap, locale: Locale): void {
  if (!map.getLayer('station-labels')) return;
  map.setLayoutProperty('station-labels', 'text-field', labelExpr(locale));
  map.setLayoutProperty('station-labels', 'text-max-width', nameWidth(locale));
}

/**
 * A Chinese name already cut into lines (`label`, labelLines) is not cut again: MapLibre aims every
 * line at the label's average width, which split 品汇工作站 / “丝路食品”质量提升站点 a third time, inside the quote.
 */
function nameWidth(locale: Locale): number {
  return (locale === 'zh' ? ['case', ['has', 'label'], 40, 10] : 10) as unknown as number;
}
