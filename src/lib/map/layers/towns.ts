// Town polygons filled by their "一镇一产业" industry, their borders, the highlighted town and labels.
import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import type { Locale } from '../../i18n/messages';
import { addOrdered, onPart } from '../add-layer';
import { FONT_STACK } from '../style';
import { labelExpr } from './label';
import { NO_INDUSTRY_COLOUR } from '../palette';

export function industryFill(colours: Map<string, string>): ExpressionSpecification | string {
  if (colours.size === 0) return NO_INDUSTRY_COLOUR;
  const pairs = [...colours].flat();
  return ['match', ['get', 'industry'], ...pairs, NO_INDUSTRY_COLOUR] as unknown as ExpressionSpecification;
}

/** The town names' size; scripts/lib/label-point.mjs keeps the names off the stations' rings with it. */
export const TOWN_TEXT_SIZE: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 9, 12, 12, 16];

/** Town layers over the base source's 'towns' and 'town-label' parts. */
export function addTowns(map: MlMap, colours: Map<string, string>, locale: Locale): void {
  addOrdered(map, {
    id: 'towns-fill',
    type: 'fill',
    ...onPart('towns'),
    // No anti-aliased outline: the town lines draw the borders, and the outline would be one
    // more shader program to compile at start-up (see circle-look.ts).
    paint: { 'fill-color': industryFill(colours), 'fill-opacity': 0.72, 'fill-antialias': false },
  });
  addOrdered(map, {
    id: 'town-lines',
    type: 'line',
    ...onPart('towns'),
    paint: { 'line-color': '#ffffff', 'line-width': 1.4, 'line-dasharray': [3, 2] },
  });
  // The highlighted town keeps its industry colour (as in the legend and on the slide's card);
  // a white veil over the other towns makes it stand out.
  addOrdered(map, {
    id: 'towns-dim',
    type: 'fill',
    ...othersFilter(null),
    paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.6, 'fill-antialias': false },
  });
  addOrdered(map, {
    id: 'towns-highlight-line',
    type: 'line',
    ...highlightFilter(null),
    paint: { 'line-color': '#e65100', 'line-width': 3.5 },
  });
  addOrdered(map, {
    id: 'town-labels',
    type: 'symbol',
    // (not the points a town's own slide writes its name at: tour-map.ts)
    ...onPart('town-label', ['!', ['has', 'slide']]),
    layout: {
      'text-field': townLabelExpr(locale),
      'text-font': FONT_STACK,
      'text-size': TOWN_TEXT_SIZE,
      // always drawn, and in the collision index: the labels below (the river's, a planner's
      // hypothetical facility) make way for town names instead of running into them
      'text-allow-overlap': true,
      'text-ignore-placement': false,
      'text-max-width': 8,
    },
    paint: { 'text-color': '#263238', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
  });
}

function highlightFilter(name: string | null) {
  return onPart('towns', ['==', ['get', 'name'], name ?? '']);
}

/** Every town but `name`; no town at all when nothing is highlighted. */
function othersFilter(name: string | null) {
  return onPart('towns', name === null ? ['==', ['get', 'name'], ''] : ['!=', ['get', 'name'], name]);
}

/**
 * Outlines town `name` (or none); with `veil`, the other towns are dimmed too (a town the user
 * focused on, as opposed to one merely clicked for its details).
 */
export function setTownHighlight(map: MlMap, name: string | null, veil = true): void {
  if (map.getLayer('towns-highlight-line')) map.setFilter('towns-highlight-line', highlightFilter(name).filter ?? null);
  if (map.getLayer('towns-dim')) map.setFilter('towns-dim', othersFilter(veil ? name : null).filter ?? null);
}

/** `slideTown`: in the tour or on its print page, the town of the slide ('' for the whole district). */
export function setTownLabelLocale(map: MlMap, locale: Locale, slideTown: string | null = null): void {
  if (map.getLayer('town-labels')) map.setLayoutProperty('town-labels', 'text-field', townLabelExpr(locale, slideTown));
}

/**
 * Town names; in English, below zoom 10 (the district on a phone) without "Town" / "Subdistrict"
 * (`name_en_short`, features.ts): the English names are two to four times as long as the Chinese
 * ones and ran into each other there. The tour's labels are half as large again, so there every
 * town but the slide's own has the short name, whatever the zoom (a label's text is chosen at its
 * tile's whole zoom, which a district slide at 1920 × 1080 and a large town's slide share). The
 * legend, the cards and the details give the full names.
 */
function townLabelExpr(locale: Locale, slideTown: string | null = null): ExpressionSpecification {
  const full = labelExpr(locale);
  if (locale !== 'en') return full;
  const short: ExpressionSpecification = ['coalesce', ['get', 'name_en_short'], full];
  return slideTown === null ? ['step', ['zoom'], short, 10, full] : ['case', ['==', ['get', 'name'], slideTown], full, short];
}
