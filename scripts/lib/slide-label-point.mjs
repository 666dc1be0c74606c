// Where a town's own name goes on its 演示 slide, where the map frames that town alone: its whole
// box inside the town at the slide's text size, clear of the town's station dots and the names
// written beside them, and near the middle. The district view's point (label-point.mjs) keeps off
// station rings that are large beside a small town; at a slide's zoom they are small, and that
// point could lie on the town's edge (虹桥镇's name hung below its southern tip: review 21).
// Cartography only: the point is not a place.
import * as turf from '@turf/turf';
import { better, boxOutline, gridInside, mainPart, ringClearance, round6 } from './label-point.mjs';

/** The town names' text size on a slide, [zoom, px] stops (tour-map.ts TOUR_VALUES 'town-labels/text-size'). */
export const SLIDE_TEXT_STOPS = [[9, 17], [12, 24]];
/**
 * The map a slide frames its town in at 1280 × 720, the smallest wide screen measured (beside the
 * card, above the footer), in px: a larger screen frames the town closer, where the same name
 * covers less of it.
 */
/** @type {[number, number]} */
export const SLIDE_MAP = [700, 600];
/** Px between a name's box and a station's centre: its 9 px dot and its 18 px name beside it. */
export const STATION_GAP = 40;

const M_PER_DEG_LAT = 111_320;
const mercY = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);

/** The zoom at which a map of `size` px frames `feature` (MapLibre's fitBounds over its box, 512 px tiles). */
export function fitZoom(feature, [width, height]) {
  const [w, s, e, n] = turf.bbox(feature);
  return Math.log2(Math.min(width / (((e - w) / 360) * 512), height / ((mercY(n) - mercY(s)) * 512)));
}

/** The zoom at which the slide frames `town`. */
export const slideZoom = (town) => fitZoom(town, SLIDE_MAP);

/**
 * @param town the town's feature (its largest part is used)
 * @param stations every station as [lng, lat]
 * @param texts the name as a slide writes it: Chinese, and English in full
 * @returns {[number, number]} [lng, lat], rounded to 6 decimals
 *
 * Of the places whose boxes (in every text) lie inside the town at least 4 px from its edge, one
 * STATION_GAP from every station wins; then the one farthest from edge and stations, less a tenth
 * of its distance from the middle.
 */
export function slideLabelPoint(town, stations, texts) {
  const main = mainPart(town);
  const zoom = slideZoom(town);
  const pxPerDeg = (512 * 2 ** zoom) / 360;
  const mPerPx = M_PER_DEG_LAT / pxPerDeg;
  const centre = turf.centroid(main).geometry.coordinates;
  // (a MultiLineString for a town with a hole: pointToLineDistance walks its segments, though its types say LineString)
  const line = /** @type {GeoJSON.Feature<GeoJSON.LineString>} */ (turf.polygonToLine(main));
  const toEdgePx = (p) => (turf.booleanPointInPolygon(p, main) ? 1 : -1) * (turf.pointToLineDistance(p, line, { units: 'meters' }) / mPerPx);
  /** @type {{ rank: (number | boolean)[], c: GeoJSON.Position } | null} */
  let best = null;
  for (const c of gridInside(main, 32)) {
    const edge = Math.min(toEdgePx(c), ...texts.flatMap((t) => boxOutline(c, t, zoom, SLIDE_TEXT_STOPS).map(toEdgePx)));
    const clear = Math.min(...texts.map((t) => ringClearance(c, t, stations, zoom, true, SLIDE_TEXT_STOPS))) - STATION_GAP;
    const toCentre = Math.hypot((c[0] - centre[0]) * Math.cos((c[1] * Math.PI) / 180), c[1] - centre[1]) * pxPerDeg;
    const rank = [edge >= 4, clear >= 0, Math.min(edge, clear) - 0.1 * toCentre];
    if (!best || better(rank, best.rank)) best = { rank, c };
  }
  if (!best) throw new Error(`no point inside ${town.properties?.name}`);
  return /** @type {[number, number]} */ (best.c.map(round6));
}
