// The 黄浦江 (approximate centreline) and the crossings where it can be passed.
import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import type { Locale } from '../../i18n/messages';
import { addOrdered, onPart } from '../add-layer';
import { RIVER_COLOUR } from '../palette';
import { CIRCLE_LOOK_PAINT, ringLook, type CircleLook } from '../circle-look';
import { FONT_STACK } from '../style';
import { labelExpr } from './label';

/** Crossing rings and the river's name. */
const CROSSING_COLOUR = '#1f5fa8';
export const CROSSING_LOOK: CircleLook = ringLook(CROSSING_COLOUR, 2);

/** River (and other barrier) lines and the crossings, over the base source. */
export function addBarriers(map: MlMap, locale: Locale): void {
  // One constant-paint layer per kind rather than data-driven paint: constant lines share one
  // shader program with the district and town lines (see circle-look.ts for why that matters).
  addOrdered(map, {
    id: 'barriers-other',
    type: 'line',
    ...onPart('barriers', ['!=', ['get', 'kind'], 'river']),
    paint: {
      'line-color': '#9e9e9e',
      'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1.5, 14, 3],
      'line-opacity': 0.85,
    },
  });
  addOrdered(map, {
    id: 'barriers-river',
    type: 'line',
    ...onPart('barriers', ['==', ['get', 'kind'], 'river']),
    paint: {
      'line-color': RIVER_COLOUR,
      'line-width': ['interpolate', ['linear'], ['zoom'], 9, 4, 14, 14],
      'line-opacity': 0.85,
    },
  });
  addOrdered(map, {
    id: 'barriers-river-label',
    type: 'symbol',
    ...onPart('barriers', ['==', ['get', 'kind'], 'river']),
    layout: {
      'symbol-placement': 'line',
      'text-field': labelExpr(locale),
      'symbol-spacing': riverLabelSpacing(locale),
      'text-font': FONT_STACK,
      'text-size': 12,
      // beside its line, not on it (the line hid half of it): half the line's width plus half a
      // line of text and a gap, in ems, above the line as the text reads
      'text-offset': ['interpolate', ['linear'], ['zoom'], 9, ['literal', [0, -1]], 14, ['literal', [0, -1.45]]],
    },
    paint: { 'text-color': CROSSING_COLOUR, 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
  });
  addOrdered(map, {
    id: 'crossings-circle',
    type: 'circle',
    ...onPart('crossings'),
    paint: { 'circle-radius': 4, ...CIRCLE_LOOK_PAINT },
  });
}

/**
 * The English name is three times as long as 黄浦江, and the long English town names beside the
 * river took every spot 250 px apart at the district's zoom: there (below 11) it is tried every 80 px.
 */
const riverLabelSpacing = (locale: Locale): ExpressionSpecification | number => (locale === 'en' ? ['step', ['zoom'], 80, 11, 250] : 250);

export function setBarrierLocale(map: MlMap, locale: Locale): void {
  if (!map.getLayer('barriers-river-label')) return;
  map.setLayoutProperty('barriers-river-label', 'text-field', labelExpr(locale));
  map.setLayoutProperty('barriers-river-label', 'symbol-spacing', riverLabelSpacing(locale));
}
