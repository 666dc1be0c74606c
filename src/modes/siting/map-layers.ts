// The siting view's map layers: siting-unreached (demand not reached), siting-sites (suggested
// sites, locked ones ringed), user-points (the planner's own candidates). Removed on leaving.
import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { addOrdered, EMPTY_FC, removeLayers, setGeoJson } from '../../lib/map/add-layer';
import { CIRCLE_LOOK_PAINT } from '../../lib/map/circle-look';

const LAYERS = ['siting-unreached', 'siting-sites', 'user-points'] as const;
/** The layers' colours, which the key (key.svelte.ts) repeats. */
export const UNREACHED = '#e53935';
// a dark indigo no base layer uses: its orange was 养老's (palette.ts), and 7:1 on the faded town fills
export const AFTER = '#1a237e';
export const SITE = '#00897b';

export function addSitingLayers(map: MlMap): void {
  for (const id of LAYERS) setGeoJson(map, id, EMPTY_FC);
  addOrdered(map, {
    id: 'siting-unreached',
    type: 'circle',
    source: 'siting-unreached',
    paint: {
      'circle-radius': ['get', 'r'],
      'circle-color': ['case', ['get', 'reachedAfter'], AFTER, UNREACHED],
      'circle-opacity': 0.85,
      // a dark ring: 医疗 facilities are drawn in near the same red
      'circle-stroke-color': '#212121',
      'circle-stroke-width': ['case', ['<', ['get', 'r'], 6], 0, 1.5],
    },
  });
  addOrdered(map, {
    id: 'siting-sites',
    type: 'circle',
    source: 'siting-sites',
    paint: {
      'circle-radius': 11,
      'circle-color': SITE,
      'circle-stroke-color': ['case', ['get', 'locked'], '#212121', '#ffffff'],
      'circle-stroke-width': ['case', ['get', 'locked'], 4, 2.5],
    },
  });
  addOrdered(map, {
    id: 'user-points',
    type: 'circle',
    source: 'user-points',
    paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': SITE, 'circle-stroke-width': 2 },
  });
}

/** While siting, the base map's stations (with their names) and facilities the reach does not count (`counted`: the ids of those it does)
 * are faded: a station being set up or offering another service looked counted (review 25); all drawn again on leaving */
function fade(map: MlMap, counted?: string[]): void {
  const f: ExpressionSpecification | number = counted ? ['case', ['in', ['get', 'id'], ['literal', counted]], 1, 0.25] : 1;
  for (const l of ['stations-circle', 'facilities-circle']) {
    // (the base layers' own opacity, circle-look.ts, times the fade)
    map.setPaintProperty(l, 'circle-opacity', ['*', CIRCLE_LOOK_PAINT['circle-opacity'] as ExpressionSpecification, f]);
    map.setPaintProperty(l, 'circle-stroke-opacity', f);
  }
  // and their names, whose full strength still read as counted (review 26)
  map.setPaintProperty('station-labels', 'text-opacity', f);
}

export function setSitingData(map: MlMap, d: { unreached: FeatureCollection<Point>; sites: FeatureCollection<Point>; user: FeatureCollection<Point>; counted: string[] }): void {
  setGeoJson(map, 'siting-unreached', d.unreached);
  setGeoJson(map, 'siting-sites', d.sites);
  setGeoJson(map, 'user-points', d.user);
  fade(map, d.counted);
}

export function removeSitingLayers(map: MlMap): void {
  removeLayers(map, LAYERS);
  fade(map);
}
