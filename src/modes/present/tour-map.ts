// What the tour does to the shared map: larger labels for a projector, the town highlight, and
// framing a town (or the district) in the part of the screen the card leaves free. Every style
// change is recorded and undone when the tour ends.
import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import { bboxOf } from '../../lib/data/areas';
import type { DataPack } from '../../lib/io/pack-types';
import { setTownHighlight } from '../../lib/map/layers/towns';
import { onPart } from '../../lib/map/add-layer';
import { townLabelPoints, townsFc } from '../../lib/map/features';
import type { Rect } from '../../lib/map/camera';
import type { Locale } from '../../lib/i18n/messages';
import { crowdedLabels, labelsOutside, sizeAtZoom, type PlacedLabel } from './label-fit';

export interface Pad {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Property access by runtime name (MapLibre types it per property key). */
interface LooseStyle {
  getLayoutProperty(layer: string, prop: string): unknown;
  getPaintProperty(layer: string, prop: string): unknown;
  setLayoutProperty(layer: string, prop: string, value: unknown): unknown;
  setPaintProperty(layer: string, prop: string, value: unknown): unknown;
}

/**
 * The tour's label and symbol sizes: layer, property, whether a paint property, its value on the
 * projector and on paper (~19 cm wide and read from arm's length, and a phone's slide is smaller
 * still: the app's usual sizes).
 */
type Style = [layer: string, prop: string, paint: boolean, projector: unknown, print: unknown];
const ANCHORS = ['top', 'bottom', 'right', 'left', 'top-right', 'bottom-left'];
const TOUR_STYLE: Style[] = [
  ['town-labels', 'text-size', false, ['interpolate', ['linear'], ['zoom'], 9, 17, 12, 24], ['interpolate', ['linear'], ['zoom'], 9, 12, 12, 15]],
  ['station-labels', 'text-size', false, 18, 11],
  ['stations-circle', 'circle-radius', true, 9, 5],
  ['station-anchors', 'icon-size', false, 0.9, 0.5],
  ['enterprises-circle', 'circle-radius', true, 4.5, 3],
  ['station-labels', 'text-variable-anchor', false, ANCHORS, ANCHORS],
  ['station-labels', 'text-radial-offset', false, 1.1, 1.1],
];

/** Sets a property of the tour's style (one that exists) to `value`. */
const set = (map: MlMap, [layer, prop, paint]: Style, value: unknown) =>
  (map as unknown as LooseStyle)[paint ? 'setPaintProperty' : 'setLayoutProperty'](layer, prop, value);

export type Medium = 'projector' | 'print';

/** Sets the tour's label and symbol sizes for `medium` (the tour's undo restores the map's own). */
export function setTourMedium(map: MlMap, medium: Medium): void {
  for (const s of TOUR_STYLE) if (map.getLayer(s[0])) set(map, s, s[medium === 'print' ? 4 : 3]);
}

/**
 * Applies the projector style (or, for 'print', the same label rules at paper sizes); returns a
 * function that restores the previous one.
 */
export function applyTourStyle(map: MlMap, medium: Medium = 'projector'): () => void {
  const m = map as unknown as LooseStyle;
  const saved = TOUR_STYLE.filter((s) => map.getLayer(s[0])).map((s) => [s, (s[2] ? m.getPaintProperty : m.getLayoutProperty).call(m, s[0], s[1])] as const);
  setTourMedium(map, medium);
  // (station names sit below town names in LAYER_ORDER, so town names win label collisions)
  const label = map.getLayer('station-labels');
  const minzoom = label?.minzoom;
  const filter = label ? map.getFilter('station-labels') : undefined;
  const townFilter = map.getLayer('town-labels') ? map.getFilter('town-labels') : undefined;
  return () => {
    if (map.getLayer('town-labels')) map.setFilter('town-labels', townFilter ?? null);
    if (label && map.getLayer('station-labels')) {
      for (const id of NAMED) if (map.getLayer(id)) map.setLayerZoomRange(id, minzoom ?? 0, label.maxzoom ?? 24);
      map.setFilter('station-labels', filter ?? null);
    }
    for (const [s, value] of saved) if (map.getLayer(s[0])) set(map, s, value);
  };
}

/** Station names and the dots they avoid (selection.ts) show from the same zoom. */
const NAMED = ['station-labels', 'station-anchors'];

/**
 * Where a slide's town names must fit: `keepIn`, the map the slide leaves free (beside the card,
 * above the footer), and off `keepOut` (the scale bar), in the map container's pixels; `small`: a
 * stage so small (a phone) that the district's names would run into each other.
 */
export interface LabelRoom {
  locale: Locale;
  keepIn: Rect;
  keepOut: Rect[];
  small?: boolean;
}

let framing = 0;

/**
 * Highlights `town` (or nothing) and fits it (or the whole district) inside `padding`; with `room`,
 * on a town's slide, the neighbouring towns whose names would not fit wholly in it are not named,
 * and on a small stage's district slide the names that would run into each other (from the end of
 * the flight when `animate`).
 */
export function frameSlide(map: MlMap, pack: DataPack, town: string | null, padding: Pad, animate: boolean, room?: LabelRoom): void {
  setTownHighlight(map, town);
  // Station names only on a town's slide, and only that town's (the card lists the same ones;
  // neighbours' names would crowd the edges and the space under the card).
  const label = map.getLayer('station-labels');
  if (label) {
    for (const id of NAMED) if (map.getLayer(id)) map.setLayerZoomRange(id, town ? 10 : 24, label.maxzoom ?? 24);
    map.setFilter('station-labels', onPart('stations', town ? ['==', ['get', 'town'], town] : undefined).filter ?? null);
  }
  const at = ++framing;
  // the town's own name at its slide's point, where the data gives one (an imported boundary file does not)
  const own = town && pack.boundaries.features.some((f) => f.properties?.name === town && f.properties.slide_lng != null) ? town : null;
  const place = () => {
    // (a wide district slide names every town: nothing to project)
    if (at === framing) hideTownLabels(map, pack, room && (town || room.small) ? townLabelsLeftOut(map, pack, town, room, own) : [], town, own);
  };
  fitArea(map, pack, town, padding, animate);
  // once the camera has arrived. A new flight first ends the one under way, moveend included, inside
  // fitBounds (a presenter stepping on: the names were placed at the slide before's camera, review
  // 19); with reduced motion MapLibre jumps, moveend included, inside it too (code review 17)
  if (map.isMoving()) map.once('moveend', place);
  else place();
}

/**
 * At the camera as it is now: the neighbours of `town` whose names would not fit in `room`; on a
 * district slide (no `town`) of a small stage, the names that would run into each other.
 */
function townLabelsLeftOut(map: MlMap, pack: DataPack, town: string | null, room: LabelRoom, own: string | null): string[] {
  const placed: PlacedLabel[] = ownSlideLabels(townLabelPoints(townsFc(pack.boundaries, pack.towns)).features, town, own).map(({ geometry, properties: t }) => {
    const p = map.project(geometry.coordinates as [number, number]);
    // the text the layer draws (towns.ts: in English the slide's town in full, the others short)
    const text = room.locale === 'en' ? (t?.name !== town && t?.name_en_short) || t?.name_en || t?.name : t?.name;
    return { name: t?.name, text, x: p.x, y: p.y };
  });
  const size = sizeAtZoom(map.getLayoutProperty('town-labels', 'text-size'), map.getZoom());
  return town ? labelsOutside(placed, size, town, room.keepIn, room.keepOut) : crowdedLabels(placed, size);
}

/**
 * The label points a slide of `town` (null: the district's) writes: `own` town's at the point its
 * data gives for its slide (the map's could lie on its edge: 虹桥镇's name hung below its southern
 * tip, review 21), the others' at the map's; on a district slide each at its district slide's point,
 * where the tour's larger names lie inside their towns (虹桥镇's hung over 七宝镇 and 古美街道) —
 * features.ts townLabelPoints: `slide` 1, absent, 0.
 */
export const ownSlideLabels = <F extends { properties: { name?: unknown; slide?: unknown; on_slides?: Record<string, unknown> } | null }>(points: F[], town: string | null, own: string | null): F[] =>
  points.filter((f) => (f.properties?.slide ?? -1) === (f.properties?.name === own ? 1 : town ? (f.properties?.on_slides?.[town] ? town : -1) : 0));

function hideTownLabels(map: MlMap, pack: DataPack, names: string[], town: string | null, own: string | null): void {
  if (!map.getLayer('town-labels')) return;
  // (a neighbour with a point on this slide, in the part of it shown: features.ts on_slides)
  const moved = pack.boundaries.features.filter((f) => town && f.properties?.on_slides?.[town]).map((f) => f.properties?.name);
  const mine: ExpressionSpecification = ['==', ['to-string', ['coalesce', ['get', 'slide'], -1]], ['case', ['==', ['get', 'name'], own ?? ''], '1', ['in', ['get', 'name'], ['literal', moved]], town ?? '', town ? '-1' : '0']];
  map.setFilter('town-labels', onPart('town-label', names.length ? ['all', mine, ['!', ['in', ['get', 'name'], ['literal', names]]]] : mine).filter ?? null);
}

/** Moves the camera to the town (or the whole district) inside `padding`. */
export function fitArea(map: MlMap, pack: DataPack, town: string | null, padding: Pad, animate = false): void {
  const f = town ? pack.boundaries.features.find((x) => x.properties?.name === town) : null;
  const b = bboxOf(f ?? pack.outline);
  const c = map.getContainer();
  // Never ask for more padding than the map has room for (MapLibre would refuse to fit).
  const safe: Pad = {
    left: Math.min(padding.left, c.clientWidth * 0.7),
    right: Math.min(padding.right, c.clientWidth * 0.2),
    top: Math.min(padding.top, c.clientHeight * 0.3),
    bottom: Math.min(padding.bottom, c.clientHeight * 0.3),
  };
  map.fitBounds(
    [
      [b[0], b[1]],
      [b[2], b[3]],
    ],
    { padding: safe, duration: animate ? 1400 : 0, maxZoom: 14 },
  );
}

/** MapLibre's scale bar in the map's pixels, as wide as it may grow (its maxWidth, 120 px). */
export function scaleBarOnScreen(map: MlMap) {
  const el = map.getContainer().querySelector('.maplibregl-ctrl-scale');
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const c = map.getContainer().getBoundingClientRect();
  return { left: r.right - c.left - 120, top: r.top - c.top, right: r.right - c.left, bottom: r.bottom - c.top };
}
