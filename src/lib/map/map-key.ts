// A mode's map picture (map-png.ts) with what every picture has: the base layers' symbols in the
// key (the point layers shown, and each facility category shown, in the colours the map draws
// them), the sources and the date, and a file name in the UI language.
import type { Map as MlMap } from 'maplibre-gl';
import { CATEGORIES } from '../data/schema';
import type { AppState } from '../state/app.svelte';
import { downloadMapPng, type KeyItem } from './map-png';
import { categoryColour, ENTERPRISE_COLOUR, INSTITUTION_COLOUR, STATION_COLOUR } from './palette';

function baseKey(app: AppState): KeyItem[] {
  const key: KeyItem[] = [];
  const add = (on: boolean, colour: string, label: string) => on && key.push({ colour, label, ring: '#fff' });
  add(app.layers.stations, STATION_COLOUR, app.t('layerStations'));
  add(app.layers.institutions, INSTITUTION_COLOUR, app.t('layerInstitutions'));
  add(app.layers.enterprises, ENTERPRISE_COLOUR, app.t('layerEnterprises'));
  for (const c of CATEGORIES) add(app.layers.facilities && app.categories[c], categoryColour(c), app.v(c));
  return key;
}

/**
 * Downloads the map as shown under `title` and the non-empty `lines`, with the mode's `key` and the
 * base layers', and a footer of the map's sources line, the coordinate system and today's date:
 * `闵行-<zh>.png`, or `minhang-<en>-map.png` in English.
 */
export function downloadMap(map: MlMap, app: AppState, title: string, lines: string[], key: KeyItem[], zh: string, en: string): Promise<void> {
  const footer = app.t('mapPngFoot').replace('{src}', app.t('mapAttribution')).replace('{date}', new Date().toLocaleDateString('sv'));
  return downloadMapPng(map, { title, lines: lines.filter(Boolean), key: [...key, ...baseKey(app)], footer }, app.locale === 'en' ? `minhang-${en}-map.png` : `闵行-${zh}.png`);
}
