// Holds the MapLibre map instance once it has loaded, handed down by context (never a global).
import { getContext, setContext } from 'svelte';
import type { Map as MlMap } from 'maplibre-gl';

export class MapState {
  map = $state.raw<MlMap | null>(null);
  /** Bumped when base layers have been added, so mode layers know they can be inserted. */
  layersReady = $state(false);
}

const KEY = Symbol('map-state');
export function provideMap(s: MapState): MapState {
  return setContext(KEY, s);
}
export function useMap(): MapState {
  return getContext<MapState>(KEY);
}
