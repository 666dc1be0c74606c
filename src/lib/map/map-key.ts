// The base layers' symbols for a map picture's key (map-png.ts): the point layers shown, and each
// facility category shown, in the colours the map draws them.
import { CATEGORIES } from '../data/schema';
import type { AppState } from '../state/app.svelte';
import type { KeyItem } from './map-png';
import { categoryColour, ENTERPRISE_COLOUR, INSTITUTION_COLOUR, STATION_COLOUR } from './palette';

export function baseKey(app: AppState): KeyItem[] {
  const key: KeyItem[] = [];
  const add = (on: boolean, colour: string, label: string) => on && key.push({ colour, label, ring: '#fff' });
  add(app.layers.stations, STATION_COLOUR, app.t('layerStations'));
  add(app.layers.institutions, INSTITUTION_COLOUR, app.t('layerInstitutions'));
  add(app.layers.enterprises, ENTERPRISE_COLOUR, app.t('layerEnterprises'));
  for (const c of CATEGORIES) add(app.layers.facilities && app.categories[c], categoryColour(c), app.v(c));
  return key;
}

/** The picture's footer: the map's sources line, the coordinate system, today's date. */
export const pictureFoot = (app: AppState): string => app.t('mapPngFoot').replace('{src}', app.t('mapAttribution')).replace('{date}', new Date().toLocaleDateString('sv'));
