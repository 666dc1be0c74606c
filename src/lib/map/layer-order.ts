// The explicit z-order of every layer the app draws, bottom to top. Adding a layer whose id is
// not listed here throws, so the order is decided in one place.
export const LAYER_ORDER = [
  'background',
  'towns-fill',
  'coverage-raster',
  'towns-dim',
  'town-lines',
  // the picked town's outline over the district's, whose line hid it along the border (review 12 M6)
  'district-line',
  'towns-highlight-line',
  'barriers-other',
  'barriers-river',
  'barriers-river-label',
  'facilities-circle',
  'institutions-circle',
  'stations-circle',
  // small rings above the stations' larger circles: town-precision enterprises share their town's spot
  // with its stations, and under them 70 of 72 were hidden (review 10 M1); off by default. A register
  // of thousands is moved under the facilities (addBaseLayers): its dots hid the stations (planner review)
  'enterprises-circle',
  'crossings-circle',
  'siting-unreached',
  'nearest-lines',
  'siting-sites',
  'coverage-hypothetical',
  'user-points',
  'analysis-labels',
  'selection-ring',
  'station-labels',
  'station-anchors',
  // town names last: symbol placement runs from the top layer down, so every label below makes way for them
  'town-labels',
  // 找服务's own position over everything, town names included (a name hid it, review 13 M6), but
  // its results, numbered: the nearest, in one's own town, was under it (review 25)
  'nearest-origin',
  'nearest-results',
  'nearest-ranks',
] as const;

export type LayerId = (typeof LAYER_ORDER)[number];

export function orderIndex(id: string): number {
  const i = (LAYER_ORDER as readonly string[]).indexOf(id);
  if (i < 0) throw new Error(`layer "${id}" is not in LAYER_ORDER`);
  return i;
}

/** The id of the lowest already-present layer that must sit above `id`, for map.addLayer(…, before). */
export function beforeIdFor(id: string, present: (id: string) => boolean): string | undefined {
  for (let i = orderIndex(id) + 1; i < LAYER_ORDER.length; i++) {
    if (present(LAYER_ORDER[i])) return LAYER_ORDER[i];
  }
  return undefined;
}
